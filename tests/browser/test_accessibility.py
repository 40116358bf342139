"""axe-core in Chromium finds nothing on any page type, at desktop and phone widths."""

from datetime import timedelta

import pytest

from django.utils import timezone

from .axe import AXE_TAGS
from .gallery import GALLERY_PATH

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def summit_path():
    """The demo's summit is 75 days from today and named by its year (news/demo/events.py)."""
    year = (timezone.localdate() + timedelta(days=75)).year
    return f"/aktuellt/evenemang/social-innovation-summit-{year}/"


PAGES = {
    "home": "/",
    "standard": "/om-msi/",
    "standard-child": "/om-msi/organisation/",
    "all-blocks": GALLERY_PATH,
    "accessibility-statement": "/tillganglighetsredogorelse/",
    "node-index": "/noder/",
    "node-home": "/noder/malmo/",
    "node-home-archived": "/noder/jonkoping/",
    "stories-hub": "/aktuellt/",
    "news-index-filtered": "/aktuellt/nyheter/?tema=digital-inkludering&nod=nationellt",
    "news-index-bad-filter": "/aktuellt/nyheter/?ar=99999&tema=finns-inte&page=abc",
    "node-news-index": "/noder/malmo/nyheter/",
    "node-news-index-filtered": "/noder/umea/nyheter/?ar=2024&tema=landsbygd-och-stad",
    "news-article-interview": (
        "/aktuellt/nyheter/intervju-nationell-plattform-for-social-innovation/"
    ),
    "news-article-node": "/noder/malmo/nyheter/framtidens-stad-unic-centre-for-city-futures/",
    "publication-index-filtered": "/aktuellt/publikationer/?typ=rapport&tema=samverkan",
    "publication": "/aktuellt/publikationer/verksamhetsplan-2026-2028/",
    "publication-english": "/aktuellt/publikationer/the-social-innovation-ecosystem-in-sweden/",
    "event-index": "/aktuellt/evenemang/",
    "event-index-filtered-no-results": "/aktuellt/evenemang/?format=digitalt&nod=boras",
    "event-index-bad-filter": "/aktuellt/evenemang/?manad=2027-13&format=x",
    "event-archive": "/aktuellt/evenemang/tidigare/",
    "node-event-index": "/noder/umea/evenemang/",
    "event-upcoming": summit_path(),
    "event-cancelled": "/aktuellt/evenemang/webbinarium-sociala-investeringar/",
    "event-moved": "/noder/malmo/evenemang/seminarium-offentlig-sektor/",
    "event-past-documented": "/aktuellt/evenemang/webbinarium-vad-ar-social-innovation/",
    "example-bank": "/exempelbanken/",
    "example-bank-filtered": (
        "/exempelbanken/?tema=digital-inkludering&tema=barnets-rattigheter&sektor=civilsamhalle"
        "&ordning=nyast"
    ),
    "example-bank-no-results": "/exempelbanken/?q=xyzzyplugh&lan=gotlands-lan",
    "example-bank-bad-input": "/exempelbanken/?mal=18&sida=0&ordning=x",
    "example": "/exempelbanken/fritidsbanken/",
    "process-model": "/social-innovation/processmodellen/",
    "process-stage": "/social-innovation/processmodellen/mobilisera/",
    "orientation-map": "/social-innovation/orienteringskartan/",
    "map-factor": "/social-innovation/orienteringskartan/aktorer-och-samverkan/",
    "map-factor-odd-query": "/social-innovation/orienteringskartan/stod-och-resurser/?page=x%00",
    "worksheet": "/social-innovation/orienteringskartan/arbetsblad/",
    "contact": "/kontakt/",
    "newsletter-archive": "/nyhetsbrev/",
    "newsletter-issue": "/nyhetsbrev/summit-verksamhetsplan-och-nya-exempel/",
    "search-results": "/sok/?q=innovation",
    "search-empty": "/sok/",
    "search-no-hits": "/sok/?q=xyzzyplugh",
    "not-found": "/finns-inte/",
}
WIDTHS = [1280, 390]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_violations(open_page, name, width):
    from axe_playwright_python.sync_playwright import Axe

    page = open_page(PAGES[name], width=width)
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", PAGES)
def test_one_h1_and_swedish_language(open_page, name):
    page = open_page(PAGES[name])
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("h1").count() == 1


@pytest.mark.parametrize("name", PAGES)
def test_no_horizontal_scroll_at_320_px(open_page, name):
    page = open_page(PAGES[name], width=320)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{PAGES[name]} scrolls sideways by {overflow}px at 320px"
