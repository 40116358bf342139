"""The event listing and event pages with the keyboard only, and without JavaScript."""

import pytest

from .focus import focusable_count, tab_stops

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_event_filters_and_the_archive_work_without_javascript(open_page):
    page = open_page("/aktuellt/evenemang/", javascript=False)
    total = page.locator("#results-heading").inner_text()
    page.locator("#filter-format").select_option("digitalt")
    page.locator(".filter-form .button").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "format=digitalt" in page.url
    assert page.locator("#filter-format").input_value() == "digitalt"
    assert page.locator("#results-heading").inner_text() != total
    cards = page.locator(".event-card__meta").all_inner_texts()
    assert cards and all(text.startswith("Digitalt") for text in cards)

    with page.expect_navigation():
        page.get_by_role("link", name="Tidigare").click()
    assert page.url.endswith("/aktuellt/evenemang/tidigare/")
    assert page.get_by_role("link", name="Tidigare").get_attribute("aria-current") == "page"
    assert page.locator(".event-card").count() >= 2  # the demo's past events


def test_a_bad_month_is_explained_next_to_its_field(open_page):
    page = open_page("/aktuellt/evenemang/?manad=2027-13")
    field = page.locator("#filter-manad")
    assert field.get_attribute("aria-invalid") == "true"
    message = page.locator("#" + field.get_attribute("aria-describedby"))
    assert "Det finns inga evenemang den månaden" in message.inner_text()


@pytest.mark.parametrize(
    "path",
    [
        "/aktuellt/evenemang/",
        "/aktuellt/evenemang/webbinarium-vad-ar-social-innovation/",
        "/noder/malmo/evenemang/seminarium-offentlig-sektor/",
    ],
)
def test_every_tab_stop_on_event_pages_is_visibly_focused(open_page, path):
    page = open_page(path)
    stops = tab_stops(page)
    assert len(stops) == focusable_count(page)  # the keyboard reaches every one


def test_add_to_calendar_downloads_an_ics_file(open_page):
    page = open_page("/noder/malmo/evenemang/seminarium-offentlig-sektor/")
    link = page.get_by_role("link", name="Lägg till i kalendern")
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == "seminarium-offentlig-sektor.ics"
    with open(download.value.path(), "rb") as file:
        assert file.read().startswith(b"BEGIN:VCALENDAR\r\n")
