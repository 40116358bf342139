"""Values every page needs, shared by every process (pages/page_cache/memo.py), with the page
cache off as in development: they cost no query once remembered, and a change shows on the
very next request. Private pages stay private although "are there any?" is remembered."""

from unittest import mock

import pytest

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from news.models import NewsArticlePage, NewsIndexPage
from nodes.models import Node
from pages.models import SiteSettings
from pages.page_cache import memo
from pages.page_cache.tags import bump

pytestmark = pytest.mark.django_db


def html(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_remembered_value_costs_no_query_and_is_computed_once(demo):
    calls = []

    def compute():
        calls.append(1)
        return list(Page.objects.filter(depth=2).values_list("title", flat=True))

    first = memo.remembered("test-titles", compute)
    with CaptureQueriesContext(connection) as queries:
        again = memo.remembered("test-titles", compute)
    assert again == first and len(calls) == 1 and len(queries) == 0


def test_a_bump_of_a_table_it_read_throws_it_away(demo):
    def compute():
        return Node.objects.count()

    assert memo.remembered("test-nodes", compute) == Node.objects.count()
    bump("table:pages_theme")  # a table it did not read
    with CaptureQueriesContext(connection) as queries:
        memo.remembered("test-nodes", compute)
    assert len(queries) == 0
    Node.objects.create(name="Ny nod", slug="ny-nod")
    assert memo.remembered("test-nodes", compute) == Node.objects.count()


def test_a_value_computed_while_something_was_bumped_is_not_kept(demo):
    def compute():
        bump("table:pages_theme")  # another process publishing meanwhile
        return Node.objects.count()

    memo.remembered("test-racing", compute)
    assert caches["pages"].get(memo.full_key("test-racing")) is None


def test_a_failing_cache_computes_instead_of_failing(client, demo):
    with mock.patch.object(memo.versions, "cache", side_effect=ConnectionError("cache down")):
        assert memo.remembered("test-down", lambda: 42) == 42
        assert "Mötesplats" in html(client)


def test_the_menu_footer_and_settings_cost_no_query_on_a_repeat(client, demo):
    html(client, "/om-msi/")
    with CaptureQueriesContext(connection) as queries:
        html(client, "/om-msi/")
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    for table in ("pages_sitesettings", "pages_sociallink", "nodes_node"):
        assert table not in tables


def test_a_footer_change_shows_on_the_next_request(client, demo):
    html(client)
    settings = SiteSettings.objects.get()
    settings.footer_text = "En helt ny mening i sidfoten."
    settings.save()
    assert "En helt ny mening i sidfoten." in html(client)


def test_a_renamed_menu_page_shows_on_the_next_request(client, demo):
    html(client)
    about = Page.objects.get(slug="om-msi").specific
    about.title = "Om oss på MSI"
    about.save_revision().publish()
    assert ">Om oss på MSI</a>" in html(client, "/aktuellt/")


def test_a_moved_news_index_gets_its_new_address_in_the_feed_links(client, demo):
    article = NewsArticlePage.objects.live().order_by("path").first()
    html(client, article.url)
    index = article.get_parent().specific
    index.slug = "nytt-nyhetsarkiv"
    index.save_revision().publish()
    article.refresh_from_db()
    assert "/nytt-nyhetsarkiv/feed/" in html(client, article.url)


def test_a_new_view_restriction_hides_the_page_and_its_listing_entry(client, demo):
    article = NewsArticlePage.objects.live().order_by("-date", "-pk").first()
    index = NewsIndexPage.objects.get(pk=article.get_parent().pk)
    assert article.title in html(client, index.url)
    html(client, article.url)  # remembers that no page is restricted
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    response = client.get(article.url)
    assert 'name="password"' in response.content.decode()  # Wagtail's password form
    assert f">{article.title}<" not in html(client, index.url)
