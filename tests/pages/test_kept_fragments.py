"""What uncached rendering keeps between requests (pages/page_cache/memo.py, docs/page-cache.md
"Kept for everyone"): the request's site and home page, the page an address leads to, the
sections of the home, hub and node pages, an article's related articles, the bank's data.
With the page cache off, as in development: a repeat costs no query for them, a change shows
on the very next request, time passing is seen, and editors, previews and CSRF tokens are
never kept for anyone else."""

from datetime import timedelta

import pytest
import time_machine

from django.db import connection
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page

from examplebank.models import Example
from news.models import Event, EventOccurrence, NewsArticlePage, NewsIndexPage
from nodes.models import Node, NodeHomePage
from pages.page_cache import memo
from pages.page_cache.tags import bump
from pages.sections import NODE, Section
from tests.factories.examples import make_many_examples

pytestmark = pytest.mark.django_db


def get(url, client=None):
    response = (client or Client()).get(url)
    return response.status_code, response.content.decode()


def queries_of(url):
    with CaptureQueriesContext(connection) as queries:
        status, _body = get(url)
    assert status == 200, url
    return [query["sql"] for query in queries]


# --- the home page's sections --------------------------------------------------------------
def test_a_repeat_of_the_home_page_reads_none_of_what_its_sections_show(uncached):
    shown = ('"news_event', '"news_newsarticlepage"', '"examplebank_example"', '"nodes_node"')
    first = queries_of("/")
    assert any(table in sql for sql in first for table in shown)  # the first one reads them
    repeat = queries_of("/")
    assert [sql for sql in repeat if any(table in sql for table in shown)] == []
    # the site, the page, the menu and the sections all kept: what is left is the page's own
    # content (the hero image, its renditions, the pages its body links to)
    assert len(repeat) <= 3


def test_a_published_article_shows_in_the_home_sections_on_the_next_request(uncached):
    get("/")
    newest = NewsArticlePage.objects.live().order_by("-date").first()
    newest.title = "Den allra senaste nyheten"
    newest.save_revision().publish()
    assert "Den allra senaste nyheten" in get("/")[1]


def test_an_event_that_ends_leaves_the_home_page_by_itself(uncached):
    now = timezone.now().replace(microsecond=0)
    Event.objects.visible().update(live=False)  # only the new one is upcoming
    bump("table:news_event")
    event = Event.objects.create(title="Snart slut", slug="snart-slut", live=True, sequence=1)
    EventOccurrence.objects.create(
        event=event, start=now - timedelta(minutes=5), end=now + timedelta(seconds=90)
    )
    assert "Snart slut" in get("/")[1]
    with time_machine.travel(now + timedelta(seconds=91)):
        assert "Snart slut" not in get("/")[1]  # PAGE_CACHE_SECONDS (600) would still keep it


def test_a_section_with_a_csrf_token_is_rendered_for_each_visitor(uncached):
    """A kept fragment with a token would hand one visitor's token to the next."""
    calls = {"plain": 0, "token": 0}

    def context_with(kind):
        def get_context(page, request, place):
            calls[kind] += 1
            if kind == "token":
                get_token(request)  # what {% csrf_token %} does
            return {"ways": [], "heading": kind, "heading_id": kind}

        return get_context

    page = Page.objects.get(depth=2).specific
    sections = {
        kind: Section(f"test.{kind}", kind, "components/ways_in.html", context_with(kind))
        for kind in calls
    }
    for _visitor in range(2):
        for section in sections.values():
            section.render(page, RequestFactory().get("/"), NODE)
    assert calls == {"plain": 1, "token": 2}


def test_a_preview_or_an_editor_sees_the_draft_and_nobody_else_does(uncached):
    node_home = Node.objects.get(slug="malmo").root_page.specific
    section = Section("test.news", "Nyheter", "components/latest_news.html", latest_news_context())
    live_title = node_home.title
    node_home.title = "Utkastets namn"  # a draft, never saved

    preview = RequestFactory().get("/")
    preview.is_preview = True
    editor = RequestFactory().get("/", HTTP_COOKIE="sessionid=editor")
    for request in (preview, editor):
        assert "Utkastets namn" in section.render(node_home, request, NODE)

    node_home.title = live_title
    visitor = section.render(node_home, RequestFactory().get("/"), NODE)
    assert "Utkastets namn" not in visitor and live_title in visitor

    node_home.title = "Ett senare utkast"  # now that the visitor's fragment is kept
    assert "Ett senare utkast" in section.render(node_home, preview, NODE)


def latest_news_context():
    from news.sections import latest_news_context

    return latest_news_context


# --- routing and the site ------------------------------------------------------------------
def test_a_new_address_and_an_unpublished_page_are_seen_on_the_next_request(uncached):
    article = NewsArticlePage.objects.live().order_by("-date").first()
    old = article.url
    assert get(old)[0] == 200
    assert get(old)[0] == 200  # kept
    article.slug = "en-ny-adress"
    article.save_revision().publish()
    assert get(old)[0] == 404
    new = Page.objects.get(pk=article.pk).url
    assert new.endswith("/en-ny-adress/") and get(new)[0] == 200
    article.unpublish()
    assert get(new)[0] == 404


def test_a_moved_index_moves_the_addresses_below_it(uncached):
    index = NewsIndexPage.objects.live().order_by("depth").first()
    article = index.get_children().live().first()
    old = article.url
    assert get(old)[0] == 200
    index.slug = "nyheter-har"
    index.save_revision().publish()
    assert get(old)[0] == 404
    assert get(Page.objects.get(pk=article.pk).url)[0] == 200


def test_reordered_pages_keep_their_own_tree_paths(uncached):
    """A reorder renumbers the tree paths of the siblings after the moved page and of all
    below them. A node home kept with its old path would, once its sections are rendered
    again, show the news of the node that now has that path."""
    homes = list(NodeHomePage.objects.live().order_by("path"))
    urls = {home.slug: home.url for home in homes}
    for url in urls.values():
        assert get(url)[0] == 200
    homes[-1].move(homes[0], pos="left")  # the admin's drag to reorder: every path shifts

    first = homes[0]  # its news is what the second node would show with the old path
    article = NewsArticlePage.objects.live().descendant_of(first).first()
    article.title = "Nytt från den första noden"
    article.save_revision().publish()  # the nodes' news sections are rendered again
    for home in homes:
        body = get(urls[home.slug])[1]
        assert ("Nytt från den första noden" in body) == (home.pk == first.pk), home.slug


def test_a_made_up_address_below_a_routable_page_is_not_kept(uncached):
    from examplebank.models.bank import example_bank

    bank = example_bank()
    made_up = f"{bank.url}finns-inte-{'x' * 20}/"
    assert get(made_up)[0] == 404
    assert not [key for key in memo._held if "finns-inte" in key]
    assert get(bank.url)[0] == 200
    assert any(":route:" in key and key.endswith(":exempelbanken") for key in memo._held)


def page_tree_queries(url):
    return [sql for sql in queries_of(url) if 'FROM "wagtailcore_page"' in sql]


def test_an_example_and_an_event_are_routed_through_the_kept_walk_to_their_page(uncached):
    from examplebank.models.bank import example_bank
    from news.models.event_index import event_url

    example = Example.objects.filter(live=True).order_by("pk").first()
    event = Event.objects.filter(live=True).order_by("pk").first()
    for url in (example_bank().example_url(example), event_url(event)):
        assert page_tree_queries(url)  # the first walks the tree
        assert page_tree_queries(url) == [], url  # the walk to the bank or index is kept
    # and another example under the same bank needs no walk either
    other = Example.objects.filter(live=True).order_by("-pk").first()
    assert page_tree_queries(example_bank().example_url(other)) == []


def test_a_route_of_its_own_on_the_way_still_wins(uncached):
    index = NewsIndexPage.objects.live().order_by("depth").first()
    feed = f"{index.url}feed/"
    for _ in range(2):
        response = Client().get(feed)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/rss+xml")
    article = index.get_children().live().first()
    assert get(article.url)[0] == 200  # a child page, not a route: the usual kept walk


def test_an_unpublished_or_renamed_bank_takes_its_examples_with_it(uncached):
    from examplebank.models.bank import example_bank

    bank = example_bank()
    example = Example.objects.filter(live=True).order_by("pk").first()
    old = f"{bank.url}{example.slug}/"
    assert get(old)[0] == 200
    assert get(old)[0] == 200  # kept
    bank.slug = "exempel-har"
    bank.save_revision().publish()
    assert get(old)[0] == 404
    new = f"{Page.objects.get(pk=bank.pk).url}{example.slug}/"
    assert get(new)[0] == 200
    bank.unpublish()
    assert get(new)[0] == 404


def test_a_forged_host_gets_no_kept_site(uncached, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    from pages.site_lookup import SiteLookupMiddleware

    forged = RequestFactory().get("/", HTTP_HOST="forged.example")
    SiteLookupMiddleware(lambda request: None)(forged)
    assert not hasattr(forged, "_wagtail_site")
    assert not [key for key in memo._held if "forged.example" in key]


def test_a_published_home_page_shows_at_once(uncached):
    home = Page.objects.get(depth=2).specific
    get("/")
    home.seo_title = "En ny titel på startsidan"
    home.save_revision().publish()
    assert "<title>En ny titel på startsidan" in get("/")[1]


def test_an_editor_gets_wagtails_own_site_lookup(uncached):
    request = RequestFactory().get("/", HTTP_COOKIE="sessionid=editor")
    from pages.site_lookup import SiteLookupMiddleware

    SiteLookupMiddleware(lambda request: None)(request)
    assert not hasattr(request, "_wagtail_site")
    anonymous = RequestFactory().get("/")
    SiteLookupMiddleware(lambda request: None)(anonymous)
    assert anonymous._wagtail_site.root_page.pk == Page.objects.get(depth=2).pk


# --- what one process holds ----------------------------------------------------------------
def test_a_held_value_is_not_used_past_its_moment(uncached):
    now = timezone.now()
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    soon = lambda: now + timedelta(seconds=60)  # noqa: E731
    assert memo.remembered("test-until", compute, until=soon) == 1
    assert memo.remembered("test-until", compute, until=soon) == 1
    with time_machine.travel(now + timedelta(seconds=61)):
        assert memo.remembered("test-until", compute, until=soon) == 2


def test_a_held_value_sees_a_bump_made_elsewhere(uncached):
    """Another process bumps through the shared cache only: the clock moves, so this process
    checks the tags of what it holds."""
    calls = []

    def compute():
        calls.append(1)
        return Node.objects.count()

    memo.remembered("test-elsewhere", compute)
    memo.remembered("test-elsewhere", compute)
    assert len(calls) == 1
    bump("table:pages_theme")  # not read: still held, after one check of its tags
    memo.remembered("test-elsewhere", compute)
    assert len(calls) == 1
    bump("table:nodes_node")
    memo.remembered("test-elsewhere", compute)
    assert len(calls) == 2


def test_a_read_only_value_is_one_object_and_a_pickled_one_a_copy(uncached):
    first = memo.remembered("test-shared", lambda: {"rows": [1, 2]}, read_only=True)
    assert memo.remembered("test-shared", lambda: {"rows": []}, read_only=True) is first
    copy = memo.remembered("test-copy", lambda: {"rows": [1, 2]})
    copy["rows"].append(3)
    assert memo.remembered("test-copy", dict) == {"rows": [1, 2]}


def test_generated_examples_show_in_the_bank_at_once(uncached):
    from examplebank.models.bank import example_bank

    bank = example_bank().url
    before = Example.objects.visible().count()
    assert f"{before} exempel" in get(bank)[1]
    make_many_examples(5, seed=3)  # bulk-made: no signal, so they bump themselves
    assert f"{before + 5} exempel" in get(bank)[1]


# --- a listing's filter form ---------------------------------------------------------------
def test_the_kept_filter_form_follows_new_choices_and_each_visitors_values(uncached):
    from pages.models import Theme

    url = NewsIndexPage.objects.live().order_by("depth").first().url
    get(url)
    assert "Ett helt nytt tema" not in get(url)[1]  # kept by now
    Theme.objects.create(name="Ett helt nytt tema", slug="ett-helt-nytt-tema")
    assert '<option value="ett-helt-nytt-tema">Ett helt nytt tema</option>' in get(url)[1]

    chosen = get(f"{url}?tema=ett-helt-nytt-tema")[1]
    assert '<option value="ett-helt-nytt-tema" selected>' in chosen
    assert '<option value="ett-helt-nytt-tema" selected>' not in get(url)[1]


def test_a_refused_filter_value_is_explained_to_its_visitor_only(uncached):
    url = NewsIndexPage.objects.live().order_by("depth").first().url
    refused = get(f"{url}?tema=finns-inte")[1]
    assert "filter-form__error" in refused
    assert not [key for key in memo._held if "finns-inte" in key]  # never kept
    assert "filter-form__error" not in get(url)[1]
