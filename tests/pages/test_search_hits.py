"""Search hits kept for everyone (pages/search_hits.py, docs/search.md "Kept hits"): a repeat
search fetches no hit, a changed title, address or date shows on the very next search, an
object gone since is not shown, and editors get their hits built. With the page cache off, as
in development; the held statement that gives the ids needs PostgreSQL. Also the shared
values' `remembered_each` (pages/page_cache/memo.py) that keeps them."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.formats import date_format

from news.models import Event, EventOccurrence, NewsArticlePage, national_news_index
from pages.page_cache import memo
from pages.page_cache import tags as versions
from pages.page_cache.tags import bump
from tests.conftest import require

pytestmark = pytest.mark.django_db

WORD = "kvasirflöde"  # in no demo content


@pytest.fixture
def postgresql(uncached):
    require(connection.vendor == "postgresql", "needs PostgreSQL: set DATABASE_URL")


@pytest.fixture
def article(postgresql):
    index = national_news_index()
    page = index.add_child(
        instance=NewsArticlePage(
            title=f"Nyhet om {WORD}", slug="nyhet-om-ordet", date=timezone.localdate()
        )
    )
    page.save_revision().publish()
    return page


def search(client=None, q=WORD):
    response = (client or Client()).get("/sok/", {"q": q})
    assert response.status_code == 200
    return response.content.decode()


def group_html(html, slug):
    section = re.search(rf'aria-labelledby="search-group-{slug}">(.*?)</section>', html, re.S)
    return "" if section is None else section[1]


def hits(html, slug):
    """(address, title) of each hit in the group `slug`."""
    return re.findall(r'<a class="card__link" href="([^"]*)">([^<]+)</a>', group_html(html, slug))


def queries(client=None, q="innovation"):
    with CaptureQueriesContext(connection) as captured:
        search(client, q)
    return [query["sql"] for query in captured]


def fetches(client=None, q="innovation"):
    """The queries of a search that fetch objects by id, as a group's hits are fetched."""
    return [sql for sql in queries(client, q) if re.search(r'"(?:id|page_ptr_id)" IN \(', sql)]


def test_a_repeat_search_fetches_no_hit(postgresql):
    first = search(q="innovation")
    assert sum(len(hits(first, slug)) for slug in ("nyheter", "exempel", "sidor")) >= 10
    repeat = queries(q="innovation")
    assert len(repeat) == 1 and "UNION ALL" in repeat[0]  # only every group's first ids
    assert search(q="innovation") == first


def test_another_search_fetches_only_the_hits_no_search_has_shown(article):
    search()
    assert fetches(q="innovation") != []  # hits never shown before
    assert fetches(q=WORD) == []


def test_a_renamed_article_shows_its_new_title_on_the_next_search(article):
    search()
    article.title = f"Ny rubrik om {WORD}"
    article.save_revision().publish()
    assert hits(search(), "nyheter") == [(article.url, article.title)]


def test_a_renamed_news_index_gives_its_articles_hits_their_new_address(article):
    old_address = article.url
    search()
    index = article.get_parent().specific
    index.slug = "notiser"
    index.save_revision().publish()
    article.refresh_from_db()
    assert article.url != old_address and "/notiser/" in article.url
    assert hits(search(), "nyheter") == [(article.url, article.title)]


def test_an_unpublished_article_is_not_found_though_its_hit_was_kept(article):
    search()
    article.unpublish()
    assert hits(search(), "nyheter") == []


def test_an_event_s_hit_shows_its_next_day_once_a_day_has_passed(postgresql):
    now = timezone.now().replace(microsecond=0)
    event = Event.objects.create(title=f"Möte om {WORD}", slug="mote-om-ordet", live=True)
    first = now - timedelta(minutes=5)
    second = now + timedelta(days=3)
    EventOccurrence.objects.create(event=event, start=first, end=now + timedelta(seconds=90))
    EventOccurrence.objects.create(event=event, start=second, end=second + timedelta(hours=2))
    bump("table:news_event")

    def shown_dates():
        shown = group_html(search(), "evenemang")
        return re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', shown)

    def as_shown(moment):
        day = timezone.localtime(moment).date()
        return (day.isoformat(), date_format(day, "j F Y"))

    assert shown_dates() == [as_shown(first)]
    with time_machine.travel(now + timedelta(seconds=91)):
        # PAGE_CACHE_SECONDS (600) would still keep the first day
        assert shown_dates() == [as_shown(second)]


def test_an_editor_gets_every_hit_built(article, admin_client):
    search()
    assert fetches(q=WORD) == []
    assert fetches(admin_client, q=WORD) != []
    assert hits(search(admin_client), "nyheter") == [(article.url, article.title)]


# --- remembered_each -----------------------------------------------------------------------


def counting(values, asked):
    def compute(keys):
        asked.append(sorted(keys))
        return {key: (values[key], [f"test:{key}"]) for key in keys if key in values}

    return compute


def test_only_the_missing_values_are_computed_and_all_of_them_at_once(uncached):
    asked = []
    compute = counting({"a": 1, "b": 2, "c": 3}, asked)
    assert memo.remembered_each(["a", "b"], compute) == {"a": 1, "b": 2}
    assert memo.remembered_each(["a", "b", "c"], compute) == {"a": 1, "b": 2, "c": 3}
    assert memo.remembered_each(["c", "a"], compute) == {"a": 1, "c": 3}
    assert asked == [["a", "b"], ["c"]]


def test_a_value_compute_does_not_give_is_left_out_and_asked_for_again(uncached):
    asked = []
    compute = counting({"a": 1}, asked)
    assert memo.remembered_each(["a", "gone"], compute) == {"a": 1}
    assert memo.remembered_each(["a", "gone"], compute) == {"a": 1}
    assert asked == [["a", "gone"], ["gone"]]


def test_a_value_s_own_tag_throws_away_that_value_only(uncached):
    asked = []
    compute = counting({"a": 1, "b": 2}, asked)
    memo.remembered_each(["a", "b"], compute)
    bump("test:b")
    memo.remembered_each(["a", "b"], compute)
    assert asked == [["a", "b"], ["b"]]


def test_what_computing_them_read_throws_away_all_of_them(uncached):
    asked = []

    def compute(keys):
        asked.append(sorted(keys))
        count = Event.objects.count()
        return {key: (count, []) for key in keys}

    memo.remembered_each(["a", "b"], compute)
    memo.remembered_each(["a", "b"], compute)
    bump("table:news_event")
    memo.remembered_each(["a", "b"], compute)
    assert asked == [["a", "b"], ["a", "b"]]


def test_read_only_values_stay_in_this_process_as_one_object(uncached):
    asked = []
    compute = counting({"a": ["rows"]}, asked)
    first = memo.remembered_each(["a"], compute, read_only=True)["a"]
    assert memo.remembered_each(["a"], compute, read_only=True)["a"] is first
    assert asked == [["a"]]
    assert versions.cache().get(memo.full_key("a")) is None  # never written to be shared
    memo.remembered_each(["b"], counting({"b": 2}, asked))
    assert versions.cache().get(memo.full_key("b")) is not None
