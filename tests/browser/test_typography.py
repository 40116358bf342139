"""Headings keep their order at every width on every page type: every h1 is larger than every
h2, every h2 larger than every h3, every h3 larger than body text, and the lead is smaller
than the h1 (at 390 px the h1 was once smaller than the h2 and the lead)."""

from itertools import pairwise

import pytest

from .test_accessibility import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SIZES_JS = """() => {
    const sizes = (selector) => [...document.querySelectorAll(selector)]
        .filter((el) => !el.closest(".visually-hidden") && el.getClientRects().length)
        .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return {
        h1: sizes("main h1"),
        h2: sizes("main h2"),
        h3: sizes("main h3"),
        lead: sizes(".hero__intro, .page-header__intro"),
        body: parseFloat(getComputedStyle(document.querySelector("main")).fontSize),
    };
}"""


@pytest.mark.parametrize("width", [320, 390, 1280])
@pytest.mark.parametrize("name", PAGES)
def test_heading_sizes_keep_their_order(open_page, name, width):
    sizes = open_page(PAGES[name], width=width).evaluate(SIZES_JS)
    assert len(sizes["h1"]) == 1, sizes
    h1 = sizes["h1"][0]
    levels = [[h1], sizes["h2"], sizes["h3"], [sizes["body"]]]
    present = [level for level in levels if level]
    for larger, smaller in pairwise(present):
        assert min(larger) > max(smaller), sizes
    for lead in sizes["lead"]:
        assert h1 > lead >= sizes["body"], sizes
