"""Tab through a page and check that every stop shows a focus indicator."""

FOCUS_STYLE = """() => {
    const el = document.activeElement;
    if (el === document.body) return null;
    const s = getComputedStyle(el);
    return {tag: el.tagName, text: (el.textContent || el.name || "").trim().slice(0, 40),
            outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow};
}"""


def tab_stops(page, limit=80):
    """Press Tab until focus leaves the document; assert each stop is visibly focused."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        style = page.evaluate(FOCUS_STYLE)
        if style is None:
            break
        visible = style["outline"] != "none" and style["width"] != "0px"
        assert visible or style["shadow"] != "none", style
        stops.append(style)
    return stops


# Chromium keeps a closed <details>' content laid out (content-visibility: hidden), so client
# rects alone would count controls the keyboard rightly skips; checkVisibility() knows them
# hidden, and knows them shown where the stylesheet opens the content (the filter panel on a
# wide screen). A closed <details>' summary is a stop.
FOCUSABLE_COUNT = """() => [...document.querySelectorAll(
    'a[href], button, select, textarea, input:not([type=hidden]), ' +
    '[tabindex]:not([tabindex="-1"]), details > summary:first-of-type'
)].filter(el => !el.disabled && el.checkVisibility()).length"""


def focusable_count(page):
    """How many visible elements on the page the keyboard should reach."""
    return page.evaluate(FOCUSABLE_COUNT)
