"""The pages hold up under what visitors change themselves: the WCAG 1.4.12 text spacing
(no text clipped or spilling out of its box) and forced-colours mode (every focused element
keeps an outline of at least 2 px: box shadows are dropped there)."""

import pytest

from .test_accessibility import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# WCAG 2.2 success criterion 1.4.12, the values its understanding document tests with. Added
# through the CSSOM, as a user style would be: the site's CSP refuses a <style> element.
TEXT_SPACING = """() => {
    const sheet = document.styleSheets[0];
    sheet.insertRule("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; " +
                     "word-spacing: 0.16em !important; }", sheet.cssRules.length);
    sheet.insertRule("p { margin-bottom: 2em !important; }", sheet.cssRules.length);
    return getComputedStyle(document.body).letterSpacing;
}"""

# Elements that hold text and whose content is wider or taller than their box, where the
# overflow is clipped (hidden, clip) or spills out (visible) over what follows. Skipped: the
# visually hidden (1 px by design), scroll containers (tables scroll on purpose), inline boxes.
OVERFLOWING = """() => {
    const found = [];
    for (const el of document.body.querySelectorAll("*")) {
        const s = getComputedStyle(el);
        if (s.display === "inline" || s.display === "none" || el.closest(".visually-hidden"))
            continue;
        if (["auto", "scroll"].includes(s.overflowX) || ["auto", "scroll"].includes(s.overflowY))
            continue;
        const hasText = [...el.childNodes].some(
            (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
        if (!hasText) continue;
        const wide = el.scrollWidth - el.clientWidth > 1;
        const tall = s.overflowY !== "visible" && el.scrollHeight - el.clientHeight > 1;
        if (wide || tall)
            found.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth}x` +
                       `${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
    }
    return found;
}"""

FOCUS_OUTLINE = """() => {
    const el = document.activeElement;
    if (el === document.body) return null;
    const s = getComputedStyle(el);
    return {tag: el.tagName, text: (el.textContent || el.name || "").trim().slice(0, 40),
            style: s.outlineStyle, width: parseFloat(s.outlineWidth)};
}"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", PAGES)
def test_text_spacing_clips_nothing(open_page, name, width):
    page = open_page(PAGES[name], width=width)
    assert page.evaluate(TEXT_SPACING) != "normal"
    assert page.evaluate(OVERFLOWING) == []
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"scrolls sideways by {overflow}px"


@pytest.mark.parametrize("name", PAGES)
def test_forced_colours_keep_a_focus_outline_on_every_stop(open_page, name):
    page = open_page(PAGES[name], forced_colors="active")
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    stops = 0
    for _ in range(300):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_OUTLINE)
        if focused is None:
            break
        assert focused["style"] != "none" and focused["width"] >= 2, focused
        stops += 1
    assert stops > 0


def test_print_shows_the_content_without_the_site_chrome(open_page):
    page = open_page(PAGES["example"])  # it links to the example's own website
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.locator("main h1").is_visible()
    external = page.locator(".page-body a[href^='http']").first
    after = external.evaluate("el => getComputedStyle(el, '::after').content")
    assert external.get_attribute("href") in after
