"""The bank with all its facet counts costs the same, small number of SQL queries for 20 and
for 2 000 examples, with and without filters and a search (issue #11: at most 20 in all, the
site's header, menu and footer included)."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model
from wagtail.search.backends import get_search_backend

from examplebank.models import Example
from tests.factories import make_many_examples

LISTING_BUDGET = 20
PAGE_BUDGET = 32  # every other page type's budget until #14 (tests/news/test_queries.py)
LISTINGS = [
    "/exempelbanken/",
    "/exempelbanken/?tema=digital-inkludering&tema=jamlik-halsa&sektor=civilsamhalle"
    "&sektor=akademi&sektor=naringsliv&status=pilot&status=etablerad&status=spridd",
    "/exempelbanken/?q=genererat&status=pilot&status=ide&status=etablerad&ordning=nyast&sida=2",
    "/exempelbanken/?mal=18&sida=0&tema=finns-inte",
]


def measure(client, url):
    """(queries, cards) of a second request (renditions are made by the first)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    cards = re.findall(r'class="example-card__link"', response.content.decode())
    return len(captured), len(cards)


def grow(total):
    """Make the bank hold `total` generated examples (every third with an image), indexed."""
    have = Example.objects.count()
    make_many_examples(total - have, start=have, image=get_image_model().objects.first())
    get_search_backend().add_bulk(Example, Example.objects.filter(pk__gt=0))


@pytest.mark.parametrize("url", LISTINGS)
def test_listing_queries_do_not_grow_with_the_bank(client, bank, url):
    grow(20)
    small, small_cards = measure(client, url)
    grow(2000)
    large, large_cards = measure(client, url)
    assert small_cards and large_cards  # both pages list examples, so both pay for the cards
    assert small == large, (small, large)
    assert large <= LISTING_BUDGET, large


def test_example_page_queries_do_not_grow_with_the_bank(client, bank):
    grow(20)
    small, _cards = measure(client, "/exempelbanken/exempel-00003/")
    grow(2000)
    large, related = measure(client, "/exempelbanken/exempel-00003/")
    assert related  # related examples were found and shown both times
    assert small == large, (small, large)
    assert large <= PAGE_BUDGET, large
