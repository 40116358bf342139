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


HEADER_HEIGHT_JS = "() => document.querySelector('.site-header').getBoundingClientRect().height"


@pytest.mark.parametrize("path", ["/", "/aktuellt/nyheter/ny-verksamhetsplan-2026-2028/"])
def test_the_header_has_its_final_height_before_the_script_arrives(browser, live_site, path):
    """On a phone the menu collapses into a button with JavaScript. A line in <head> marks the
    page before the first paint, so the header does not shrink when site.js runs and the
    content does not jump (Lighthouse counted a layout shift of 0.33 on the home page)."""
    heights = {}
    for script in ("blocked", "loaded", "off"):
        context = browser.new_context(
            viewport={"width": 390, "height": 900}, java_script_enabled=script != "off"
        )
        page = context.new_page()
        if script == "blocked":  # the page as drawn before site.js has run
            page.route("**/js/site*.js", lambda route: route.abort())
        page.goto(live_site + path)
        heights[script] = page.evaluate(HEADER_HEIGHT_JS)
        context.close()
    assert heights["blocked"] == pytest.approx(heights["loaded"], abs=1), heights
    # Without JavaScript the menu is an open list: the collapsed header is lower.
    assert heights["loaded"] < heights["off"] - 40, heights


ROW_JS = """() => ['.site-header__logo', '.site-header__search', '.main-nav__toggle']
    .map((selector) => document.querySelector(selector).getBoundingClientRect())
    .map((box) => ({top: box.top, bottom: box.bottom, right: box.right}))"""


@pytest.mark.parametrize("width", [360, 390])
def test_on_a_phone_the_wordmark_search_and_menu_share_one_row(open_page, width):
    """The menu button used to drop to a row of its own at 390 px, doubling the header."""
    page = open_page("/", width=width)
    logo, search, toggle = page.evaluate(ROW_JS)
    for box in (search, toggle):
        assert box["top"] < logo["bottom"] and box["bottom"] > logo["top"], (logo, box)
    assert toggle["right"] <= width
    assert page.evaluate(HEADER_HEIGHT_JS) < 100
