"""One width rule across page types (docs/components.md, "Widths"): lists and grids of cards
take the page's full width, so no list is narrower than the section rule above it; only
running text keeps the reading measure."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LISTS = ".news-list, .event-list, .card-list, .example-list, .node-grid__list"

WIDTHS_JS = """(selector) => {
    const main = document.querySelector("main");
    const style = getComputedStyle(main);
    const content = main.clientWidth - parseFloat(style.paddingLeft)
        - parseFloat(style.paddingRight);
    const lists = [...main.querySelectorAll(selector)]
        .filter((el) => el.getClientRects().length)
        .map((el) => [el.className, el.getBoundingClientRect().width]);
    const text = [...main.querySelectorAll(".page-body:not(.page-body--wide) > p")]
        .map((el) => el.getBoundingClientRect().width);
    return {content, lists, text};
}"""

PAGES = {
    "stories-hub": "/aktuellt/",
    "news-index": "/aktuellt/nyheter/",
    "publication-index": "/aktuellt/publikationer/",
    "event-index": "/aktuellt/evenemang/",
    "news-article": "/aktuellt/nyheter/ny-verksamhetsplan-2026-2028/",
    "node-index": "/noder/",
    "node-home": "/noder/malmo/",
    "search": "/sok/?q=social",
    "home": "/",
}


@pytest.mark.parametrize("name", PAGES)
def test_lists_take_the_full_width_and_text_keeps_its_measure(open_page, name):
    widths = open_page(PAGES[name], width=1280).evaluate(WIDTHS_JS, LISTS)
    assert widths["lists"], widths
    for class_name, width in widths["lists"]:
        assert width == pytest.approx(widths["content"], abs=1), (class_name, widths)
    # Running text stays at the measure (46rem = 736 px), well inside the 1 152 px frame.
    assert all(width <= 737 for width in widths["text"]), widths
