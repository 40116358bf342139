"""The example bank's pages as a visitor gets them: the listing, its filters and their bad
input, an example's page."""

import json
import re
from html import unescape

import pytest

from examplebank.models import Example
from pages.models import ProcessStage, Region, Sector, SustainableDevelopmentGoal, Theme
from tests.factories import make_example, make_many_examples


def card_links(html):
    return re.findall(r'class="example-card__link" href="([^"]+)"', html)


@pytest.fixture
def three(bank):
    theme = Theme.objects.get(slug="digital-inkludering")
    sector = Sector.objects.get(slug="civilsamhalle")
    goal = SustainableDevelopmentGoal.objects.get(number=10)
    stage = ProcessStage.objects.order_by("sort_order").first()
    return {
        "first": make_example(
            "Alfa", themes=[theme], sectors=[sector], goals=[goal], stages=[stage]
        ),
        "second": make_example("Beta", themes=[theme], goals=[goal]),
        "third": make_example("Gamma", sectors=[sector], region=Region.objects.get(code="12")),
        "draft": make_example("Utkast", themes=[theme], live=False),
        "theme": theme,
        "sector": sector,
    }


def test_empty_bank_says_so_and_offers_the_form(client, bank):
    html = client.get(bank.url).content.decode()
    assert "Här finns inga exempel ännu." in html
    assert 'href="/exempelbanken/foresla/"' in html


def test_listing_shows_live_examples_only_by_name(client, three):
    html = client.get("/exempelbanken/").content.decode()
    assert card_links(html) == [
        "/exempelbanken/alfa/",
        "/exempelbanken/beta/",
        "/exempelbanken/gamma/",
    ]
    assert "Utkast" not in html


def test_filters_narrow_and_values_widen(client, three):
    html = client.get("/exempelbanken/", {"tema": "digital-inkludering"}).content.decode()
    assert card_links(html) == ["/exempelbanken/alfa/", "/exempelbanken/beta/"]
    html = client.get(
        "/exempelbanken/", {"tema": "digital-inkludering", "sektor": "civilsamhalle"}
    ).content.decode()
    assert card_links(html) == ["/exempelbanken/alfa/"]
    html = client.get("/exempelbanken/?lan=skane-lan&tema=digital-inkludering").content.decode()
    assert card_links(html) == []
    assert "Inga exempel matchar." in html


def test_each_active_filter_has_a_link_that_removes_only_it(client, three):
    html = unescape(
        client.get(
            "/exempelbanken/", {"tema": "digital-inkludering", "sektor": "civilsamhalle"}
        ).content.decode()
    )
    removals = {
        re.sub(r"<[^>]+>", "", label).replace("×", "").strip(): href
        for href, label in re.findall(
            r'class="active-filters__remove" href="([^"]+)">(.*?)</a>', html
        )
    }
    assert removals == {
        "Ta bort Tema: Digital inkludering": "/exempelbanken/?sektor=civilsamhalle",
        "Ta bort Sektor: Civilsamhälle": "/exempelbanken/?tema=digital-inkludering",
    }


def test_a_value_nobody_has_is_disabled_not_a_dead_end(client, three):
    html = client.get("/exempelbanken/", {"tema": "digital-inkludering"}).content.decode()
    skane = re.search(r'<input[^>]*id="facet-lan-skane-lan"[^>]*>', html).group(0)
    assert "disabled" in skane  # Gamma is in Skåne but has no digital inclusion
    beta_goal = re.search(r'<input[^>]*id="facet-mal-10"[^>]*>', html).group(0)
    assert "disabled" not in beta_goal


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("mal=18", "Agenda 2030 har 17 globala mål."),
        ("tema=finns-inte", "Det finns inget sådant tema."),
        ("status=%3Cscript%3Ealert(1)%3C/script%3E", "Det finns ingen sådan status."),
        ("ordning=baklanges", "Den sorteringen finns inte."),
        ("q=" + "a" * 5000, "Sökningen var för lång"),
    ],
)
def test_bad_input_gives_the_bank_with_a_swedish_message(client, three, query, message):
    response = client.get(f"/exempelbanken/?{query}")
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "<script>alert" not in html


@pytest.mark.parametrize("page", ["0", "-3", "abc", "99999999999999999999", ""])
def test_any_page_number_gives_a_page(client, bank, page):
    make_many_examples(30)
    response = client.get("/exempelbanken/", {"sida": page})
    assert response.status_code == 200
    assert len(card_links(response.content.decode())) in {12, 6}


def test_pagination_keeps_the_filters(client, bank):
    make_many_examples(60, seed=3)
    total = Example.objects.filter(live=True, sectors__slug="civilsamhalle").count()
    assert total > 12
    html = unescape(client.get("/exempelbanken/", {"sektor": "civilsamhalle"}).content.decode())
    assert 'href="?sektor=civilsamhalle&sida=2"' in html
    second = client.get("/exempelbanken/", {"sektor": "civilsamhalle", "sida": 2})
    assert len(card_links(second.content.decode())) == min(12, total - 12)


def test_repeated_parameters_count_once(client, three):
    html = client.get("/exempelbanken/?tema=digital-inkludering&tema=digital-inkludering")
    assert card_links(html.content.decode()) == ["/exempelbanken/alfa/", "/exempelbanken/beta/"]


def test_sorting_by_newest(client, bank):
    make_example("Äldst")
    make_example("Nyast")
    html = client.get("/exempelbanken/", {"ordning": "nyast"}).content.decode()
    assert card_links(html) == ["/exempelbanken/nyast/", "/exempelbanken/aldst/"]
    html = client.get("/exempelbanken/").content.decode()
    assert card_links(html) == ["/exempelbanken/nyast/", "/exempelbanken/aldst/"]  # N < Ä


def test_example_page(client, three):
    response = client.get("/exempelbanken/alfa/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Alfa" in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Project"
    assert data["url"] == "http://localhost/exempelbanken/alfa/"
    related = re.search(r'id="related-heading".*?</section>', html, re.S).group(0)
    # Beta shares a theme and a goal; Gamma only a sector, which does not make it related
    assert card_links(related) == ["/exempelbanken/beta/"]
    assert 'href="/exempelbanken/?tema=digital-inkludering"' in html


@pytest.mark.parametrize("slug", ["utkast", "finns-inte"])
def test_drafts_and_unknown_examples_are_not_found(client, three, slug):
    assert client.get(f"/exempelbanken/{slug}/").status_code == 404
