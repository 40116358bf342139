"""The news and publication listings with the keyboard only, and without JavaScript."""

import pytest

from .focus import focusable_count, tab_stops

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_news_filters_work_with_the_keyboard_and_without_javascript(open_page):
    page = open_page("/aktuellt/nyheter/", javascript=False)
    total = page.locator("#results-heading").inner_text()
    page.locator("#filter-tema").focus()
    page.keyboard.press("End")  # the last theme in the list
    chosen = page.locator("#filter-tema").input_value()
    assert chosen
    page.locator(".filter-form .button").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"tema={chosen}" in page.url
    assert page.locator("#filter-tema").input_value() == chosen  # the choice is kept
    assert page.locator("#results-heading").inner_text() != total
    assert "som matchar filtren" in page.locator("#results-heading").inner_text()


def test_a_bad_filter_is_explained_next_to_its_field(open_page):
    page = open_page("/aktuellt/nyheter/?ar=99999")
    field = page.locator("#filter-ar")
    assert field.get_attribute("aria-invalid") == "true"
    message = page.locator("#" + field.get_attribute("aria-describedby"))
    assert "Det finns inget innehåll från det året" in message.inner_text()


@pytest.mark.parametrize("path", ["/aktuellt/nyheter/", "/aktuellt/publikationer/"])
def test_every_tab_stop_on_a_listing_is_visibly_focused(open_page, path):
    page = open_page(path)
    stops = tab_stops(page)
    tags = [stop["tag"] for stop in stops]
    assert "SELECT" in tags and "BUTTON" in tags
    assert len(stops) == focusable_count(page)  # the keyboard reaches every one
