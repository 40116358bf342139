"""Headings keep their order at every width: h1 > h2 > h3 > body text, and the lead is
smaller than the h1 (at 390 px the h1 was once smaller than the h2 and the lead)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "home": "/",
    "standard": "/om-msi/",
    "news-article": "/aktuellt/nyheter/intervju-nationell-plattform-for-social-innovation/",
    "hub": "/aktuellt/",
}
SIZES_JS = """() => {
    const size = (selector) => {
        const element = document.querySelector(selector);
        return element ? parseFloat(getComputedStyle(element).fontSize) : null;
    };
    return {
        h1: size("main h1"),
        h2: size("main h2"),
        h3: size("main h3"),
        lead: size(".hero__intro, .page-header__intro"),
        body: parseFloat(getComputedStyle(document.querySelector("main")).fontSize),
    };
}"""


@pytest.mark.parametrize("width", [320, 390, 1280])
@pytest.mark.parametrize("name", PAGES)
def test_heading_sizes_keep_their_order(open_page, name, width):
    sizes = open_page(PAGES[name], width=width).evaluate(SIZES_JS)
    assert sizes["h1"] and sizes["h2"], sizes
    assert sizes["h1"] > sizes["h2"], sizes
    if sizes["h3"]:
        assert sizes["h2"] > sizes["h3"] > sizes["body"], sizes
    assert sizes["h2"] > sizes["body"], sizes
    if sizes["lead"]:
        assert sizes["h1"] > sizes["lead"] >= sizes["body"], sizes
