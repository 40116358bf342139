"""Every public page type renders in at most 12 SQL queries, the same number at two volumes
(#14; docs/page-cache.md, "Lean rendering").

The pages are those the benchmark measures (bench/probe.py) and a node's home page. Each is
requested once to make its image renditions and fill the shared values (the site's settings,
the menu, the nodes: pages/page_cache/memo.py), then counted on a second request. The default
renditions are kept in a cache of their own for the test, emptied in between, so a cached
rendition cannot hide a query per item.
Each page is counted at two volumes on top of the demo: a few items of each kind, then ten
times as many (articles with an image, two themes and an author; events; examples with
images and every kind of term).
"""

import datetime
import io

import pytest

from django.core.cache import caches
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from bench.probe import addresses
from bench.volume import events as add_events
from examplebank.generated import generate_examples
from examplebank.models import Example
from news.models import NewsArticlePage, NewsIndexPage
from nodes.models import Person
from pages.models import MapFactor, Theme, ToolPage

BUDGET = 12
VOLUMES = (3, 30)  # items of each kind added: with images from the start, then many more


def image(number):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 36), (number * 7 % 255, 90, 120)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=f"Volymbild {number}", file=ImageFile(buffer, name=f"volym-{number}.jpg")
    )


def add_volume(start, stop):
    index = NewsIndexPage.objects.live().order_by("depth", "path").first()
    themes = list(Theme.objects.order_by("pk")[:2])
    for number in range(start, stop):
        article = NewsArticlePage(
            title=f"Volymnyhet {number}",
            slug=f"volymnyhet-{number}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
            image=image(number),
            image_alt="En bild",
        )
        index.add_child(instance=article)
        article.themes.set(themes)
        article.authors.set([Person.objects.create(name=f"Skribent {number}", live=True)])
        article.save_revision().publish()
    add_events(stop)  # up to `stop` generated events
    generate_examples(stop - start, start=90_000 + start, prefix="volym")
    # Every example with an image, so that related examples always have renditions to fetch.
    Example.objects.filter(image=None).update(image=image(1000 + start), image_alt="En bild")


def urls():
    tools = {page.tool: page.url for page in ToolPage.objects.live()}
    factor = MapFactor.objects.order_by("sort_order").first()
    return {
        **addresses(),
        "nodens startsida": "/noder/malmo/",
        "orienteringskartan": tools[ToolPage.Tool.ORIENTATION_MAP],
        "en faktor": f"{tools[ToolPage.Tool.ORIENTATION_MAP]}{factor.slug}/",
        "arbetsbladet": f"{tools[ToolPage.Tool.PROCESS_MODEL]}arbetsblad/",
    }


@pytest.fixture
def renditions_apart(settings):
    """Renditions in a cache of their own, emptied before each count."""
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "r",
        },
    }


def count(client, url):
    assert client.get(url).status_code == 200
    caches["renditions"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.django_db
def test_every_page_type_within_budget_at_two_volumes(client, demo, renditions_apart):
    small_volume, large_volume = VOLUMES
    add_volume(0, small_volume)
    pages = urls()  # the same addresses at both volumes
    small = {name: count(client, url) for name, url in pages.items()}
    add_volume(small_volume, small_volume + large_volume)
    large = {name: count(client, url) for name, url in pages.items()}
    over = {name: queries for name, queries in {**small, **large}.items() if queries > BUDGET}
    assert not over, f"more than {BUDGET} queries: {over}"
    grew = {name: (small[name], large[name]) for name in small if small[name] != large[name]}
    assert not grew, f"queries grew with the volume: {grew}"
