"""The example bank with the keyboard only, and without JavaScript."""

import re

import pytest

from .focus import focusable_count, tab_stops

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def results_count(page):
    return int(re.match(r"\d+", page.locator("#results-heading").inner_text()).group(0))


def test_facets_work_without_javascript_and_count_right(open_page):
    page = open_page("/exempelbanken/", javascript=False)
    total = results_count(page)
    page.locator(".facet__summary", has_text="Sektor").click()
    box = page.locator("#facet-sektor-civilsamhalle")
    promised = int(
        re.search(
            r"\((\d+)", page.locator("label[for=facet-sektor-civilsamhalle]").inner_text()
        ).group(1)
    )
    box.check()
    with page.expect_navigation():
        page.get_by_role("button", name="Visa exempel").click()
    assert "sektor=civilsamhalle" in page.url
    assert results_count(page) == promised < total
    assert page.locator("#facet-sektor-civilsamhalle").is_checked()
    # the active filter is removed in one click
    with page.expect_navigation():
        page.get_by_role("link", name="Ta bort Sektor: Civilsamhälle").click()
    assert results_count(page) == total


@pytest.mark.parametrize(
    "path", ["/exempelbanken/?sektor=civilsamhalle", "/exempelbanken/fritidsbanken/"]
)
def test_every_tab_stop_on_the_bank_is_visibly_focused(open_page, path):
    page = open_page(path)
    stops = tab_stops(page, limit=150)
    assert len(stops) == focusable_count(page)  # the keyboard reaches every one


def test_a_facet_opens_with_the_keyboard(open_page):
    page = open_page("/exempelbanken/")
    summary = page.locator(".facet__summary", has_text="Län")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("details.facet", has=summary).get_attribute("open") is not None
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "lan"
