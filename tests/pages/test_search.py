import re

import pytest
from bs4 import BeautifulSoup

from django.db import connection

from tests.conftest import require
from tests.factories import StandardPageFactory


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 10_000,
        "\x00",
        "inno\x00vation",
        "🤖 social ☃ innovation",
        "Ω≈ç√∫˜µ≤≥÷ 田中さん ﷽",
        "' OR 1=1 --",
        "\u202eevil",
        "a & b | !c",
        '"',
        '"social',
        'social"',
        'a"b"c"',
        '"""',
        '\\"',
    ],
)
def test_odd_queries_give_a_normal_page(client, demo, query):
    response = client.get("/sok/", {"q": query})
    assert response.status_code == 200
    assert "Sök på webbplatsen" in response.content.decode()


@pytest.mark.parametrize(
    "raw", ["q=%ED%A0%80", "q=%FF%FE", "q=%00", "q=a&q=b", "q[]=x", "page=%00"]
)
def test_broken_query_strings_give_a_normal_page(client, demo, raw):
    response = client.get(f"/sok/?{raw}")
    assert response.status_code == 200


def test_long_query_is_capped_and_the_visitor_is_told(client, demo, settings):
    response = client.get("/sok/", {"q": "innovation " * 1000})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"kortats till {settings.SEARCH_QUERY_MAX_LENGTH} tecken" in html


def test_search_finds_a_demo_page_and_paginates_bad_page_numbers(client, demo):
    response = client.get("/sok/", {"q": "verksamhetsplan"})
    html = response.content.decode()
    assert 'href="/om-msi/verksamhetsplan/"' in html
    for page in ["abc", "-1", "99999", ""]:
        assert client.get("/sok/", {"q": "verksamhetsplan", "page": page}).status_code == 200


def test_quoted_words_are_searched_as_a_phrase(client, home):
    StandardPageFactory(parent=home, title="Barnets rättigheter i kommunen")
    StandardPageFactory(parent=home, title="Rättigheter och barnets röst")
    html = client.get("/sok/", {"q": '"barnets rättigheter"'}).content.decode()
    results = html.split('id="results-heading"')[1]  # the menu lists both pages
    assert "Barnets rättigheter i kommunen" in results
    assert "Rättigheter och barnets röst" not in results


def test_a_stray_quote_still_searches_the_words(client, home):
    StandardPageFactory(parent=home, title="Barnets rättigheter i kommunen")
    html = client.get("/sok/", {"q": 'kommunen"'}).content.decode()
    assert "Barnets rättigheter i kommunen" in html.split('id="results-heading"')[1]


def test_search_with_nothing_found_says_so(client, demo):
    html = client.get("/sok/", {"q": "xyzzyplugh"}).content.decode()
    assert "Inga träffar för ”xyzzyplugh”" in html


def test_draft_pages_are_not_found(client, home):
    page = StandardPageFactory(parent=home, title="Hemlig utkastsida om zebror", live=False)
    assert not page.live
    html = client.get("/sok/", {"q": "zebror"}).content.decode()
    assert "Hemlig utkastsida" not in html


@pytest.mark.postgres
def test_swedish_stemming_on_postgresql(client, home):
    require(connection.vendor == "postgresql", "needs PostgreSQL: set DATABASE_URL")
    StandardPageFactory(parent=home, title="Sociala innovationer i Skåne")
    html = client.get("/sok/", {"q": "innovation"}).content.decode()
    assert "Sociala innovationer i Skåne" in html


def test_demo_hits_come_grouped_by_type(client, demo):
    html = client.get("/sok/", {"q": "verksamhetsplan"}).content.decode()
    headings = re.findall(r'<h2 class="search-group__heading" id="search-group-(\w+)">', html)
    assert headings == ["nyheter", "publikationer", "sidor"]
    pages = html.split('id="search-group-sidor"')[1]
    assert 'href="/om-msi/verksamhetsplan/"' in pages
    assert 'href="/aktuellt/publikationer/verksamhetsplan-2026-2028/"' not in pages


def test_the_search_page_has_a_breadcrumb_trail_home(client, demo):
    page = BeautifulSoup(client.get("/sok/", {"q": "social"}).content.decode(), "html.parser")
    trail = page.select(".breadcrumbs__item")
    assert [item.get_text(strip=True) for item in trail] == ["Startsida", "Sök"]
    assert trail[0].a["href"] == "/"
    assert trail[1].select_one("[aria-current=page]") is not None
