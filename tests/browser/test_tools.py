"""MSI's tools for change in Chromium (#15): the diagrams' parts are reached by Tab in reading
order with a visible focus, work in forced colours and without JavaScript, and the worksheet
never sends what the visitor types."""

from pathlib import Path

import pytest

from pages.models import MapFactor, ProcessStage

from .axe import assert_no_axe_violations
from .focus import FOCUS_STYLE

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MAP = "/social-innovation/orienteringskartan/"
PROCESS = "/social-innovation/processmodellen/"
WORKSHEET = PROCESS + "arbetsblad/"
SECRET = "Vårt hemliga initiativ 7319"


def focused(page):
    return page.evaluate(
        "() => { const el = document.activeElement;"
        " return el.getAttribute('href') || el.getAttribute('href', 'xlink') || el.id; }"
    )


def tab_until(page, href, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == href:
            return
    raise AssertionError(f"Tab never reached {href}")


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize(("url", "model"), [(MAP, MapFactor), (PROCESS, ProcessStage)])
def test_every_part_is_reached_by_tab_in_reading_order_with_visible_focus(
    open_page, url, model, width
):
    expected = [f"{url}{slug}/" for slug in model.objects.values_list("slug", flat=True)]
    page = open_page(url, width=width)
    tab_until(page, expected[0])
    reached = [expected[0]]
    styles = [page.evaluate(FOCUS_STYLE)]
    for _ in expected[1:]:
        page.keyboard.press("Tab")
        reached.append(focused(page))
        styles.append(page.evaluate(FOCUS_STYLE))
    assert reached == expected  # the diagram, in the parts' order
    for style in styles:
        assert style["outline"] != "none" and style["width"] != "0px", style
    # The focused part is drawn differently (the circle fills), not only outlined.
    fill = page.evaluate(
        "getComputedStyle(document.activeElement.querySelector('.tool-diagram__part')).fill"
    )
    assert fill == "rgb(245, 195, 68)"
    # Then the same parts again, in the plain list.
    for href in expected:
        page.keyboard.press("Tab")
        assert focused(page) == href


def test_the_diagram_is_drawn_in_system_colours_in_forced_colours_mode(open_page):
    page = open_page(MAP, forced_colors="active")
    colours = page.evaluate(
        "() => { const s = getComputedStyle(document.querySelector('.tool-diagram__part'));"
        " const t = getComputedStyle(document.querySelector('.tool-diagram__label'));"
        " const c = getComputedStyle(document.body);"
        " return {stroke: s.stroke, fill: s.fill, label: t.fill, text: c.color,"
        " bg: c.backgroundColor}; }"
    )
    assert colours["stroke"] == colours["text"]  # CanvasText
    assert colours["fill"] == colours["bg"]  # Canvas
    assert colours["label"] != colours["bg"]
    assert_no_axe_violations(page)


def test_the_diagram_links_work_without_javascript(open_page):
    page = open_page(MAP, width=390, javascript=False)
    page.locator(".tool-diagram__link").nth(1).click()
    assert page.url.endswith(MAP + "stod-och-resurser/")
    assert page.locator("h1").inner_text() == "Stöd och resurser"


def test_the_worksheet_sends_nothing_the_visitor_types(open_page, browser, live_site):
    context = browser.new_context(accept_downloads=True)
    requests = []
    context.on("request", lambda request: requests.append(request))
    page = context.new_page()
    page.goto(live_site + WORKSHEET)
    page.wait_for_load_state("networkidle")
    before = len(requests)
    page.fill("#worksheet-initiative", SECRET)
    fields = page.locator("textarea")
    for index in range(fields.count()):
        fields.nth(index).fill(f"{SECRET} svar {index}")
    page.locator("#worksheet-initiative").press("Enter")
    fields.first.press("Enter")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Ladda ner svaren som text").click()
    download = download_info.value
    text = Path(download.path()).read_text(encoding="utf-8")
    assert SECRET in text and f"{SECRET} svar 0" in text
    assert ProcessStage.objects.first().questions[0] in text
    page.wait_for_timeout(300)
    for request in requests:
        assert SECRET not in request.url
        assert "7319" not in (request.post_data or "")
    assert all(not r.url.startswith(live_site) or r.method == "GET" for r in requests[before:])
    context.close()


def test_the_worksheet_works_without_javascript(open_page):
    page = open_page(WORKSHEET, javascript=False)
    assert not page.get_by_role("button", name="Skriv ut svaren").is_visible()
    assert page.locator("[data-worksheet-hint]").is_visible()
    page.fill("textarea >> nth=0", "Ett svar")
    assert page.input_value("textarea >> nth=0") == "Ett svar"
