"""Site search finds published examples, grouped under "Exempel" (examplebank/search.py)."""

import re

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import require
from tests.factories import make_example

WORD = "kvasirflöde"  # in no demo content


def search(client, query=WORD, **params):
    response = client.get("/sok/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


def groups(html):
    """{slug: the HTML of that group's section}, in the order of the page."""
    found = re.findall(
        r'<section class="search-group" aria-labelledby="search-group-([^"]+)">(.*?)</section>',
        html,
        re.S,
    )
    return dict(found)


def hits(group_html):
    """(href, title) of each linked hit."""
    return re.findall(r'<a class="card__link" href="([^"]*)">([^<]+)</a>', group_html)


def test_a_published_example_is_found_under_exempel_with_its_page(client, bank):
    example = make_example(f"Läxhjälp med {WORD}", summary="Unga hjälper yngre med läxorna.")
    found = groups(search(client))
    assert ">Exempel</h2>" in found["exempel"]
    assert hits(found["exempel"]) == [(f"/exempelbanken/{example.slug}/", example.name)]
    assert "Unga hjälper yngre med läxorna." in found["exempel"]
    assert "sidor" not in found


def test_a_draft_example_is_not_found(client, bank):
    make_example(f"Hemligt utkast om {WORD}", live=False)
    html = search(client)
    assert "Hemligt utkast" not in html
    assert "exempel" not in groups(html)


def test_the_exempel_type_shows_examples_alone_paginated(client, bank):
    for number in range(12):
        make_example(f"Exempel {number:02} om {WORD}")
    found = groups(search(client, typ="exempel"))
    assert list(found) == ["exempel"]
    assert ">Exempel (12)</h2>" in found["exempel"]
    assert len(hits(found["exempel"])) == 10
    assert "Sida 1 av 2" in found["exempel"]
    last = groups(search(client, typ="exempel", page="2"))["exempel"]
    assert len(hits(last)) == 2
    assert "Sida 2 av 2" in last


def test_without_a_published_bank_a_hit_has_no_broken_link(client, bank):
    make_example(f"Exempel om {WORD}")
    bank.unpublish()
    found = groups(search(client))["exempel"]
    assert hits(found) == []
    assert f"Exempel om {WORD}" in found


def queries_of(client):
    search(client, typ="exempel")  # once to fill caches the site keeps between requests
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        search(client, typ="exempel")
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_hits(client, bank):
    for number in range(2):
        make_example(f"Få {number} om {WORD}")
    few = queries_of(client)
    for number in range(8):
        make_example(f"Fler {number} om {WORD}")
    many = queries_of(client)
    assert many <= few, f"{few} queries for 2 examples, {many} for 10"


@pytest.mark.postgres
def test_swedish_stemming_finds_examples_on_postgresql(client, bank):
    require(connection.vendor == "postgresql", "needs PostgreSQL: set DATABASE_URL")
    make_example("Social innovation på landsbygden")
    found = groups(search(client, "innovationer"))
    assert [title for _href, title in hits(found["exempel"])] == [
        "Social innovation på landsbygden"
    ]
