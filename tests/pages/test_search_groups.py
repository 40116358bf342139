"""Search results grouped by type: the groups apps register through SEARCH_GROUPS_HOOK."""

import datetime
import re
from dataclasses import dataclass

import pytest

from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail import hooks
from wagtail.search.backends import get_search_backend

from news.models import national_news_index, publication_index
from pages.models import Theme
from pages.search_groups import (
    PAGES_GROUP,
    SEARCH_GROUPS_HOOK,
    SearchGroup,
    SearchHit,
    registered_search_groups,
    search_group_for_slug,
)
from tests.factories import (
    NewsArticlePageFactory,
    PublicationPageFactory,
    StandardPageFactory,
    ThemeFactory,
)

WORD = "kvasirflöde"  # in no demo page
UNKNOWN_TYPE = "Det finns ingen sådan typ av innehåll. Visar alla träffar."


def add_content(home, articles=0, publications=0, pages=0, word=WORD):
    news, publication_list = national_news_index(), publication_index()
    for number in range(articles):
        NewsArticlePageFactory(parent=news, title=f"Nyhet {number} om {word}")
    for number in range(publications):
        PublicationPageFactory(parent=publication_list, title=f"Rapport {number} om {word}")
    for number in range(pages):
        StandardPageFactory(parent=home, title=f"Sida {number} om {word}")


def search(client, **params):
    response = client.get("/sok/", {"q": WORD, **params})
    assert response.status_code == 200
    return response.content.decode()


def sections(html):
    """{slug: the HTML of that group's section}, in the order of the page."""
    found = re.findall(
        r'<section class="search-group" aria-labelledby="search-group-([^"]+)">(.*?)</section>',
        html,
        re.S,
    )
    return dict(found)


def hit_titles(section_html):
    return re.findall(r'<a class="card__link" href="[^"]*">([^<]+)</a>', section_html)


def nav(html):
    """(label with count, href, current?) of each link in the group navigation."""
    match = re.search(r'<nav class="choice-nav"[^>]*>(.*?)</nav>', html, re.S)
    assert match, "no group navigation"
    links = re.findall(r'<a class="choice-nav__link" href="([^"]+)"([^>]*)>([^<]+)</a>', match[1])
    return [(label, href, "aria-current" in rest) for href, rest, label in links]


# --- the registry ------------------------------------------------------------------------


def test_news_and_pages_groups_are_registered_in_order():
    groups = registered_search_groups()
    keys = [group.key for group in groups]
    assert (
        keys.index("news.articles") < keys.index("news.publications") < keys.index("pages.pages")
    )
    assert [group.order for group in groups] == sorted(group.order for group in groups)
    slugs = [group.slug for group in groups]
    assert len(slugs) == len(set(slugs)), "two groups share a slug"
    assert {"nyheter", "publikationer", "sidor"} <= set(slugs)


def test_a_slug_finds_its_group_and_nothing_else_does():
    assert search_group_for_slug("sidor") is PAGES_GROUP
    assert search_group_for_slug("nyheter").key == "news.articles"
    for slug in ["", "Sidor", "okänd", "x" * 1000, None]:
        assert search_group_for_slug(slug) is None


def test_the_pages_group_leaves_out_every_claimed_page_model(home):
    add_content(home, articles=1, publications=1, pages=1)
    titles = {page.title for page in PAGES_GROUP.search(WORD)}
    assert titles == {f"Sida 0 om {WORD}"}


# --- the grouped page ----------------------------------------------------------------------


def test_hits_are_grouped_by_type_and_only_a_chosen_type_is_counted(client, home):
    add_content(home, articles=7, publications=2, pages=3)
    html = search(client)
    assert f"Träffar för ”{WORD}”" in html
    assert "träffar för" not in html  # no count of every hit in the overview
    found = sections(html)
    assert list(found) == ["nyheter", "publikationer", "sidor"]
    assert ">Nyheter</h2>" in found["nyheter"]
    assert ">Publikationer</h2>" in found["publikationer"]
    assert ">Sidor</h2>" in found["sidor"]
    assert [label for label, _href, _current in nav(html)] == ["Nyheter", "Publikationer", "Sidor"]
    assert ("Nyheter", "/sok/?q=kvasirfl%C3%B6de&amp;typ=nyheter", False) in nav(html)
    chosen = search(client, typ="nyheter")
    assert f"7 träffar bland Nyheter för ”{WORD}”" in chosen
    assert ">Nyheter (7)</h2>" in sections(chosen)["nyheter"]
    assert ("Nyheter (7)", "/sok/?q=kvasirfl%C3%B6de&amp;typ=nyheter", True) in nav(chosen)
    assert [label for label, _href, _current in nav(chosen)] == [
        "Nyheter (7)",
        "Publikationer",
        "Sidor",
    ]


def test_a_group_shows_its_first_five_hits_and_links_to_the_rest(client, home):
    add_content(home, articles=12, pages=2)
    found = sections(search(client))
    assert len(hit_titles(found["nyheter"])) == 5
    assert "Visa fler träffar bland Nyheter" in found["nyheter"]
    assert 'href="/sok/?q=kvasirfl%C3%B6de&amp;typ=nyheter"' in found["nyheter"]
    assert len(hit_titles(found["sidor"])) == 2
    assert "Visa fler" not in found["sidor"]


def test_groups_without_hits_are_left_out(client, home):
    add_content(home, publications=1)
    html = search(client)
    assert list(sections(html)) == ["publikationer"]
    assert [label for label, _href, _current in nav(html)] == ["Publikationer"]


def test_a_news_article_is_found_under_news_not_under_pages(client, home):
    add_content(home, articles=1, pages=1)
    found = sections(search(client))
    assert hit_titles(found["nyheter"]) == [f"Nyhet 0 om {WORD}"]
    assert hit_titles(found["sidor"]) == [f"Sida 0 om {WORD}"]
    only_pages = sections(search(client, typ="sidor"))
    assert hit_titles(only_pages["sidor"]) == [f"Sida 0 om {WORD}"]


def test_a_news_hit_shows_the_article_date(client, home):
    news = national_news_index()
    NewsArticlePageFactory(parent=news, title=f"Daterad {WORD}", date=datetime.date(2025, 3, 7))
    found = sections(search(client))
    assert '<time datetime="2025-03-07">7 mars 2025</time>' in found["nyheter"]


def test_nothing_found_at_all_says_so_without_groups(client, home):
    html = search(client, q="xyzzyplugh")
    assert "Inga träffar för ”xyzzyplugh”" in html
    assert sections(html) == {}
    assert 'class="choice-nav"' not in html


# --- one group: ?typ= ------------------------------------------------------------------------


def test_a_type_shows_only_that_group_paginated(client, home):
    add_content(home, articles=23, pages=2)
    html = search(client, typ="nyheter")
    found = sections(html)
    assert list(found) == ["nyheter"]
    assert ">Nyheter (23)</h2>" in found["nyheter"]
    assert len(hit_titles(found["nyheter"])) == 10
    assert "Sida 1 av 3" in found["nyheter"]
    assert "typ=nyheter&amp;page=2" in found["nyheter"]
    assert "Visa fler" not in html
    assert "Visa träffar av alla typer" in html
    assert 'href="/sok/?q=kvasirfl%C3%B6de">Visa träffar av alla typer' in html
    assert [(label, current) for label, _href, current in nav(html)] == [
        ("Nyheter (23)", True),
        ("Sidor", False),
    ]
    last = sections(search(client, typ="nyheter", page="3"))["nyheter"]
    assert len(hit_titles(last)) == 3
    assert "Sida 3 av 3" in last
    assert UNKNOWN_TYPE not in html


@pytest.mark.parametrize(("page", "shown"), [("abc", 1), ("-1", 1), ("0", 1), ("", 1), ("999", 3)])
def test_bad_page_numbers_in_a_group_never_fail(client, home, page, shown):
    add_content(home, articles=23)
    html = search(client, typ="nyheter", page=page)
    assert f"Sida {shown} av 3" in html


def test_a_page_number_without_a_type_is_ignored(client, home):
    add_content(home, articles=12)
    found = sections(search(client, page="2"))
    assert len(hit_titles(found["nyheter"])) == 5


def test_a_type_without_hits_of_its_own_says_so(client, home):
    add_content(home, pages=1)
    html = search(client, typ="publikationer")
    found = sections(html)
    assert list(found) == ["publikationer"]
    assert "Inga träffar bland Publikationer." in found["publikationer"]
    assert ("Publikationer (0)", True) in [(label, cur) for label, _h, cur in nav(html)]
    assert "Visa träffar av alla typer" in html


@pytest.mark.parametrize(
    "typ", ["okand", "Nyheter", "nyheterna", "x" * 10_000, "sidor\x00x", "🤖", "'; --"]
)
def test_an_unknown_type_shows_every_group_with_a_notice(client, home, typ):
    add_content(home, articles=1, pages=1)
    html = search(client, typ=typ)
    assert UNKNOWN_TYPE in html
    assert list(sections(html)) == ["nyheter", "sidor"]


@pytest.mark.parametrize(
    ("raw", "notice", "shown"),
    [
        ("typ=okand&typ=ingen", True, ["nyheter", "sidor"]),
        ("typ=okand&typ=sidor", False, ["sidor"]),  # the last one counts, as in QueryDict.get
        ("typ=%FF%FE", True, ["nyheter", "sidor"]),
        ("typ=%ED%A0%80", True, ["nyheter", "sidor"]),
        ("typ[]=nyheter", False, ["nyheter", "sidor"]),
        ("typ=", False, ["nyheter", "sidor"]),
        ("typ=%00", False, ["nyheter", "sidor"]),  # nothing left once cleaned: no type
    ],
)
def test_odd_and_repeated_types_give_a_normal_page(client, home, raw, notice, shown):
    add_content(home, articles=1, pages=1)
    response = client.get(f"/sok/?q={WORD}&{raw}")
    assert response.status_code == 200
    html = response.content.decode()
    assert (UNKNOWN_TYPE in html) is notice
    assert list(sections(html)) == shown


def test_a_type_without_a_query_asks_for_words(client, home):
    html = client.get("/sok/", {"typ": "okand"}).content.decode()
    assert "Skriv ett eller flera ord" in html
    assert UNKNOWN_TYPE not in html


# --- groups that are not pages ---------------------------------------------------------------


@dataclass
class Thing:
    name: str


def thing_hit(thing):
    return SearchHit(title=thing.name, url=f"/saker/{thing.name}/", summary="En sak.")


def theme_hit(theme):
    return SearchHit(title=theme.name, url=f"/teman/{theme.slug}/", summary=theme.description)


@pytest.fixture
def registered():
    """Register search groups for one test."""
    contexts = []

    def _register(*groups):
        context = hooks.register_temporarily(SEARCH_GROUPS_HOOK, lambda: list(groups))
        context.__enter__()
        contexts.append(context)

    yield _register
    for context in reversed(contexts):
        context.__exit__(None, None, None)


def test_a_group_of_snippets_is_searched_and_shown(client, home, registered):
    registered(
        SearchGroup(
            key="test.themes",
            label="Teman",
            slug="teman",
            search=lambda search_query: get_search_backend().search(search_query, Theme),
            order=20,
            hit=theme_hit,
        )
    )
    for number in range(7):
        ThemeFactory(name=f"Tema {number} {WORD}", description="Om temat.")
    add_content(home, articles=1)
    html = search(client)
    found = sections(html)
    assert list(found) == ["nyheter", "teman"]
    assert ">Teman</h2>" in found["teman"]
    assert len(hit_titles(found["teman"])) == 5
    assert 'href="/teman/' in found["teman"]
    assert "Visa fler träffar bland Teman" in found["teman"]
    one = sections(search(client, typ="teman"))
    assert list(one) == ["teman"]
    assert len(hit_titles(one["teman"])) == 7


def test_a_group_can_return_a_plain_list(client, home, registered):
    things = [Thing(f"sak-{number}") for number in range(14)]
    registered(
        SearchGroup(
            key="test.things",
            label="Saker",
            slug="saker",
            search=lambda search_query: things,
            order=20,
            hit=thing_hit,
        )
    )
    html = search(client)
    found = sections(html)
    assert list(found) == ["saker"]
    assert hit_titles(found["saker"]) == [f"sak-{number}" for number in range(5)]
    assert "Visa fler träffar bland Saker" in found["saker"]
    second = sections(search(client, typ="saker", page="2"))["saker"]
    assert hit_titles(second) == [f"sak-{number}" for number in range(10, 14)]


def test_a_later_registration_with_the_same_key_replaces_a_group(client, home, registered):
    registered(
        SearchGroup(
            key="news.publications",
            label="Skrifter",
            slug="skrifter",
            search=lambda search_query: [Thing("skrift")],
            hit=thing_hit,
        )
    )
    keys = [group.key for group in registered_search_groups()]
    assert keys.count("news.publications") == 1
    assert "skrifter" in sections(search(client))


# --- cost ----------------------------------------------------------------------------------


def queries_of(client, **params):
    """A search's queries with nothing kept: a `hit` that queries per result shows here."""
    search(client, **params)  # once to fill caches the site keeps between requests
    cache.clear()
    caches["pages"].clear()  # and the kept values: the hits (pages/search_hits.py) among them
    with CaptureQueriesContext(connection) as queries:
        search(client, **params)
    return len(queries)


@pytest.mark.parametrize("params", [{}, {"typ": "nyheter"}, {"typ": "sidor"}])
def test_the_number_of_queries_does_not_grow_with_the_hits(client, home, params):
    add_content(home, articles=2, publications=2, pages=2)
    few = queries_of(client, **params)
    add_content(home, articles=30, publications=30, pages=30, word=f"{WORD} mer")
    many = queries_of(client, **params)
    assert many <= few, f"{few} queries for 2 hits per group, {many} for 32"
