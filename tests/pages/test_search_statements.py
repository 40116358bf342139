"""The search overview's first hits of every group from one held statement
(pages/search_statements.py), and the "Sidor" group's intros in one query
(pages/page_intros.py)."""

import re

import pytest

from django.db import connection
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail.search.query import And, Phrase, PlainText

from news.models import NewsArticlePage
from pages import search_statements
from pages.forms import SearchForm
from pages.page_intros import with_intros
from pages.search_groups import SearchGroup, registered_search_groups
from tests.conftest import require
from tests.factories import StandardPageFactory

WORD = "kvasirflöde"  # in no demo content

# Queries on the demo content: plain words, Swedish letters, digits, phrases, both.
QUERIES = [
    "innovation",
    "social innovation",
    "Malmö",
    "agenda 2030",
    '"social innovation"',
    'samverkan "Malmö universitet"',
    "exempel på social innovation i kommuner",
    WORD,
]


def search_query(text):
    return SearchForm({"q": text}).search_query()


def each_group_alone(search_query, limit):
    """What the ordinary way finds: each group's own search, one query each."""
    return {
        group.key: [obj.pk for obj in group.search(search_query)[:limit]]
        for group in registered_search_groups()
    }


@pytest.fixture
def postgresql():
    require(connection.vendor == "postgresql", "needs PostgreSQL: set DATABASE_URL")


@pytest.mark.parametrize("text", QUERIES)
def test_one_statement_finds_what_each_group_finds_alone(home, postgresql, text):
    groups = registered_search_groups()
    query = search_query(text)
    found = search_statements.first_ids(groups, query, 6)
    assert set(found) == {group.key for group in groups}, "every group served by the statement"
    assert found == each_group_alone(query, 6)


def test_the_demo_queries_find_something_in_several_groups(home, postgresql):
    found = search_statements.first_ids(registered_search_groups(), search_query("innovation"), 6)
    assert sum(bool(ids) for ids in found.values()) >= 3
    assert max(len(ids) for ids in found.values()) == 6  # the limit is the statement's


@pytest.mark.parametrize(
    "text", ["social-innovation", "barn' OR 1=1", "Malmö, Lund", 'innovation "o\'hara"']
)
def test_other_words_take_the_ordinary_way_to_the_same_page(client, home, postgresql, text):
    assert search_statements.first_ids(registered_search_groups(), search_query(text), 6) == {}
    response = client.get("/sok/", {"q": text})
    assert response.status_code == 200


def test_a_search_of_the_same_shape_compiles_nothing(home, postgresql, monkeypatch):
    groups = registered_search_groups()
    search_statements.first_ids(groups, search_query("innovation"), 6)
    calls = []
    real = search_statements.compiled
    monkeypatch.setattr(
        search_statements, "compiled", lambda *args: calls.append(args) or real(*args)
    )
    found = search_statements.first_ids(groups, search_query("Malmö"), 6)
    assert calls == []
    assert found == each_group_alone(search_query("Malmö"), 6)
    search_statements.first_ids(groups, search_query("Malmö stad"), 6)  # another shape
    assert len(calls) == 3 * len(groups)  # a first compilation and two compared


def test_a_statement_that_differs_between_compilations_is_not_used(home, postgresql):
    def search_recent(search_query):
        recent = NewsArticlePage.objects.filter(first_published_at__lte=timezone.now())
        return recent.search(search_query)

    group = SearchGroup(key="test.recent", label="Nya", slug="nya", search=search_recent)
    shape = search_statements.shape_of(PlainText("innovation"))
    assert search_statements.statement(group, shape, 6) is None
    assert search_statements.first_ids([group], PlainText("innovation"), 6) == {}


def test_a_group_of_plain_lists_is_not_served(home, postgresql):
    group = SearchGroup(key="test.list", label="Lista", slug="lista", search=lambda q: [])
    assert search_statements.first_ids([group], PlainText("innovation"), 6) == {}


def test_shapes_count_words_and_phrases_but_not_the_words_themselves():
    shape_of = search_statements.shape_of
    assert shape_of(PlainText("social innovation")) == shape_of(PlainText("Malmö stad"))
    assert shape_of(PlainText("social innovation")) != shape_of(PlainText("innovation"))
    assert shape_of(PlainText("a b")) != shape_of(Phrase("a b"))
    assert shape_of(PlainText("a b")) != shape_of(And([PlainText("a b")]))
    assert shape_of(PlainText("a b", operator="or")) != shape_of(PlainText("a b"))
    assert shape_of(PlainText("a  b")) is None  # the form folds white space; others don't
    assert shape_of(PlainText("a-b")) is None


def hit_titles(html, slug):
    section = re.search(rf'aria-labelledby="search-group-{slug}">(.*?)</section>', html, re.S)
    if section is None:
        return []
    return re.findall(r'<a class="card__link" href="[^"]*">([^<]+)</a>', section[1])


def test_a_page_restricted_after_a_search_is_not_found_again(client, home, settings):
    """The held statement read the view restrictions (there were none) while compiling: a
    new restriction throws it away, so the restricted page is not among the ids either."""
    settings.PAGE_CACHE_ENABLED = False
    page = StandardPageFactory(parent=home, title=f"Sida om {WORD}")
    groups = registered_search_groups()
    assert hit_titles(client.get("/sok/", {"q": WORD}).content.decode(), "sidor") == [page.title]
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    assert hit_titles(client.get("/sok/", {"q": WORD}).content.decode(), "sidor") == []
    if connection.vendor == "postgresql":
        found = search_statements.first_ids(groups, search_query(WORD), 6)
        assert found["pages.pages"] == []


def test_the_pages_group_shows_each_page_s_own_intro(client, home, settings):
    settings.PAGE_CACHE_ENABLED = False
    StandardPageFactory(parent=home, title=f"Sida om {WORD}", intro="Så här gör vi i Kalmar.")
    html = client.get("/sok/", {"q": WORD}).content.decode()
    assert "Så här gör vi i Kalmar." in html


def test_intros_come_in_one_query_whatever_the_types(home, django_assert_num_queries):
    pages = list(Page.objects.filter(depth__gte=2, live=True).order_by("path")[:8])
    kinds = {page.specific_class for page in pages}
    assert len(kinds) >= 3
    with django_assert_num_queries(1):
        with_intros(pages)
    for page in pages:
        assert page.intro == (getattr(page.specific, "intro", "") or "")


def test_a_type_without_an_intro_gets_an_empty_one(db):
    root = Page.objects.get(depth=1)  # wagtailcore's Page itself has no intro
    assert with_intros([root])[0].intro == ""
