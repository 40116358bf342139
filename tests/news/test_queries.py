"""Listings cost the same number of SQL queries for 5 items as for 50.

Each URL is requested twice (the first request creates the image renditions and may write
rows, such as the site's settings, the second fills the shared values of
pages/page_cache/memo.py), then the default cache is cleared (so a cached rendition cannot
hide a query per item) and the queries of a third request counted.
"""

import datetime
import io

import pytest

from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from news.models import NewsIndexPage, PublicationIndexPage
from tests.factories import PublicationPageFactory

LISTING_URLS = [
    "/",
    "/aktuellt/",
    "/aktuellt/nyheter/",
    "/aktuellt/nyheter/?tema=jamlik-halsa&ar=2025",
    "/aktuellt/nyheter/feed/",
    "/aktuellt/nyheter/feed/atom/",
    "/aktuellt/nyheter/feed/tema/jamlik-halsa/",
    "/noder/malmo/nyheter/feed/",
    "/aktuellt/publikationer/",
    "/aktuellt/publikationer/?tema=jamlik-halsa",
    "/noder/malmo/",
    "/noder/malmo/nyheter/",
]
QUERY_BUDGET = 12  # every public page type (#14; tests/test_query_budget.py)


def image(number, size=(64, 36)):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (number * 5 % 255, 80, 99)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=f"Bild {number}", file=ImageFile(buffer, name=f"bild-{number}.jpg")
    )


def add_items(site, start, stop):
    """Articles (each with an image, two themes and an author) and publications."""
    from nodes.models import Person

    for number in range(start, stop):
        parent = site.node_news["malmo"] if number % 2 else site.news
        article = site.article(
            parent=parent,
            title=f"Nyhet {number}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            themes=["jamlik-halsa", "digital-inkludering"],
            image=image(number),
            image_alt="En bild",
        )
        article.authors.set([Person.objects.create(name=f"Skribent {number}", live=True)])
        article.save_revision().publish()
        publication = PublicationPageFactory(
            parent=site.publications, title=f"Publikation {number}"
        )
        publication.themes.set([site.themes["jamlik-halsa"]])
        publication.save_revision().publish()


def count_queries(client, url):
    assert client.get(url).status_code == 200  # creates missing renditions
    client.get(url)  # fills the shared values
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def everything_on_one_page(monkeypatch):
    monkeypatch.setattr(NewsIndexPage, "per_page", 100)
    monkeypatch.setattr(PublicationIndexPage, "per_page", 100)


def test_listings_cost_the_same_for_5_and_50_items(client, site, everything_on_one_page):
    add_items(site, 0, 5)
    few = {url: count_queries(client, url) for url in LISTING_URLS}
    add_items(site, 5, 50)
    many = {url: count_queries(client, url) for url in LISTING_URLS}

    assert many == few
    assert max(few.values()) <= QUERY_BUDGET, few


def test_article_page_cost_does_not_grow_with_related_news(client, site):
    add_items(site, 0, 5)
    article = site.article(themes=["jamlik-halsa"], image=image(99), image_alt="En bild")
    few = count_queries(client, article.url)
    add_items(site, 5, 50)
    assert count_queries(client, article.url) == few <= QUERY_BUDGET
