"""The shared page cache (pages/page_cache/, docs/page-cache.md) on the demo site: repeat
anonymous requests are hits with no SQL at all; publishing purges exactly the answers that show
what changed; editors, previews, sessions and CSRF tokens never meet the cache; time expires
answers when their content changes by itself."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client
from django.utils import timezone

from wagtail.models import Page

from news.models import Event, EventIndexPage, NewsArticlePage
from news.models.event_index import event_url
from nodes.models import Node
from pages.page_cache.timing import seconds_to_keep

pytestmark = pytest.mark.django_db

HIT = "hit"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def cached(settings, demo):
    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def state(url, client=None):
    """(X-Page-Cache, body) of an anonymous GET."""
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    return response.get("X-Page-Cache"), response.content.decode()


def warm(*urls):
    for url in urls:
        state(url)
        assert state(url)[0] == HIT, url


def next_event():
    return Event.objects.visible().upcoming().first()


def test_a_repeat_anonymous_request_is_a_hit_without_sql(cached, django_assert_num_queries):
    first, body = state("/")
    assert first == "miss"
    with django_assert_num_queries(0):
        hit, again = state("/")
    assert hit == HIT and again == body


def test_a_hit_answers_if_none_match_with_304(cached):
    warm("/")
    response = Client().get("/")
    assert response["ETag"]
    revalidated = Client().get("/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert revalidated.status_code == 304


def test_publishing_an_event_purges_the_pages_that_show_it_and_no_other(cached):
    event = next_event()
    node_home = event.node.root_page.url if event.node else "/"
    index = EventIndexPage.objects.live().order_by("depth").first().url
    article = NewsArticlePage.objects.live().first().url
    showing = ["/", index, node_home, event_url(event)]
    warm(*showing, article)

    event.title = "Ett nytt namn på evenemanget"
    event.save_revision().publish()

    for url in showing:
        status, body = state(url)
        assert status == "miss", url
        assert "Ett nytt namn på evenemanget" in body, url
    assert state(article)[0] == HIT  # an article shows no event


def test_a_draft_purges_nothing(cached):
    event = next_event()
    warm("/", event_url(event))
    event.title = "Bara ett utkast"
    event.save_revision()  # not published
    assert state("/") == (HIT, state("/")[1])
    assert "Bara ett utkast" not in state(event_url(event))[1]


def test_publishing_an_article_purges_its_page_its_listings_and_its_subtree_only(cached):
    article = NewsArticlePage.objects.live().order_by("-date").first()
    parent = article.get_parent().specific
    other_event = event_url(next_event())
    warm(article.url, parent.url, "/", other_event)

    article.title = "En ny rubrik på nyheten"
    article.save_revision().publish()

    for url in (article.url, parent.url, "/"):
        assert state(url)[0] == "miss", url
    assert "En ny rubrik på nyheten" in state(article.url)[1]
    assert state(other_event)[0] == HIT


def test_a_menu_change_reaches_every_cached_page(cached):
    home = Page.objects.get(depth=2)
    in_menu = home.get_children().live().in_menu().first().specific
    event = next_event()
    pages = ["/", in_menu.url, event_url(event), NewsArticlePage.objects.live().first().url]
    warm(*pages)

    in_menu.title = "Ett nytt menyval"
    in_menu.save_revision().publish()

    for url in pages:
        status, body = state(url)
        assert status == "miss", url
        nav = re.search(r"<nav[^>]*>.*?</nav>", body, re.DOTALL).group()
        assert "Ett nytt menyval" in nav, url


def test_a_saved_setting_or_taxonomy_purges_what_reads_it(cached):
    from pages.models import SiteSettings, Theme

    themed = Event.objects.visible().upcoming().filter(themes__isnull=False).first()
    event = event_url(themed)
    warm("/", event)
    theme = Theme.objects.get(pk=themed.themes.first().pk)
    theme.name = "Ett ändrat tema"
    theme.save()
    assert state(event)[0] == "miss"  # the event shows its themes
    assert state("/")[0] == HIT  # the home page shows none

    settings = SiteSettings.objects.first()
    settings.save()  # the footer of every page
    assert state("/")[0] == "miss"


def test_logged_in_editors_are_never_served_from_or_stored_in_the_cache(cached):
    editor = get_user_model().objects.create_superuser("redaktor", "r@example.org", "pw")
    client = Client()
    client.force_login(editor)
    for _ in range(2):
        response = client.get("/")
        assert "X-Page-Cache" not in response
    assert state("/")[0] == "miss"  # the editor's page was not kept for visitors
    warm("/")
    assert "X-Page-Cache" not in client.get("/")  # nor a visitor's page given to the editor


def test_a_preview_is_never_cached(cached):
    editor = get_user_model().objects.create_superuser("redaktor", "r@example.org", "pw")
    client = Client()
    client.force_login(editor)
    article = NewsArticlePage.objects.live().first()
    article.title = "Förhandsvisad rubrik"
    article.save_revision()
    preview = client.get(f"/admin/pages/{article.pk}/edit/preview/")
    assert "X-Page-Cache" not in preview
    assert "Förhandsvisad rubrik" not in state(article.url)[1]


def test_a_page_with_a_csrf_form_is_never_kept(cached):
    url = "/kontakt/"
    tokens = set()
    for _ in range(2):
        response = Client().get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        tokens.update(
            re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
        )
    assert len(tokens) == 2  # each visitor their own token


def test_a_visitor_with_a_session_gets_a_fresh_page(cached):
    warm("/")
    client = Client()
    client.cookies["sessionid"] = "x"
    assert "X-Page-Cache" not in client.get("/")


def test_an_answer_lives_no_longer_than_the_next_event_change(cached):
    from news.models import EventOccurrence

    now = timezone.now().replace(microsecond=0)
    soon = Event.objects.create(
        title="Snart", slug="snart", summary="Börjar snart.", live=True, sequence=1
    )
    EventOccurrence.objects.create(
        event=soon, start=now + timedelta(seconds=120), end=now + timedelta(hours=1)
    )
    assert seconds_to_keep(now) <= 120
    warm("/")
    with time_machine.travel(now + timedelta(seconds=121)):
        assert state("/")[0] == "miss"  # PAGE_CACHE_SECONDS (600) would still keep it


def test_the_cache_is_off_unless_enabled(settings, demo):
    settings.PAGE_CACHE_ENABLED = False
    Client().get("/")
    assert "X-Page-Cache" not in Client().get("/")


def test_a_node_page_lists_its_events_and_is_purged_with_them(cached):
    node = Node.objects.get(slug="malmo")
    event = Event.objects.visible().upcoming().filter(node=node).first()
    warm(node.root_page.url)
    event.title = "Malmös nya evenemang"
    event.save_revision().publish()
    assert "Malmös nya evenemang" in state(node.root_page.url)[1]


def test_publishing_or_unpublishing_a_snippet_bumps_its_tables(cached):
    """The receiver itself: a snippet whose publishing writes no other row (no occurrences, no
    relations) is purged by it alone."""
    from wagtail.signals import published, unpublished

    from pages.page_cache.tags import current_versions

    event = next_event()
    for signal in (published, unpublished):
        before = current_versions(["table:news_event"])
        signal.send(sender=Event, instance=event)
        assert current_versions(["table:news_event"]) != before


def test_an_answer_rendered_while_something_changed_is_not_kept(cached, monkeypatch):
    from pages.page_cache import middleware
    from pages.page_cache.tags import bump

    real = middleware.recording

    class BumpedMeanwhile:
        def __enter__(self):
            self.inner = real()
            return self.inner.__enter__()

        def __exit__(self, *exc):
            bump("table:news_event")  # a publish in another process, mid-render
            return self.inner.__exit__(*exc)

    monkeypatch.setattr(middleware, "recording", BumpedMeanwhile)
    state("/")
    monkeypatch.setattr(middleware, "recording", real)
    assert state("/")[0] == "miss"


def test_a_hit_is_compressed_once_when_kept_and_served_as_stored(cached):
    import gzip

    warm("/")
    plain = Client().get("/")
    zipped = Client().get("/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert zipped["X-Page-Cache"] == HIT and zipped["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped["Vary"]
    assert int(zipped["Content-Length"]) == len(zipped.content) < len(plain.content) / 3
    assert gzip.decompress(zipped.content) == plain.content
    again = Client().get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert again.content == zipped.content  # compressed when kept, not on every hit
    assert "Content-Encoding" not in plain


def test_campaign_parameters_share_the_plain_addresss_entry(cached):
    warm("/aktuellt/nyheter/")
    assert state("/aktuellt/nyheter/?utm_source=nyhetsbrev&utm_medium=e-post")[0] == HIT
    assert state("/aktuellt/nyheter/?fbclid=abc123")[0] == HIT
    assert state("/aktuellt/nyheter/?page=2")[0] == "miss"  # a parameter the page reads


def test_quiet_tables_keep_fast_deletes_and_content_tables_are_watched(demo):
    from django.contrib.sessions.models import Session
    from django.db.models.deletion import Collector

    from pages.models import Theme

    collector = Collector(using="default")
    assert collector.can_fast_delete(Session.objects.all())  # clearsessions stays one DELETE
    assert not collector.can_fast_delete(Theme.objects.all())  # each theme bumps its table
