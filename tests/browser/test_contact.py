"""The contact page's form in Chromium: axe finds nothing after an empty submit at desktop and
phone widths; the error summary takes focus and leads to the field; without JavaScript the
summary is still there; a sent message ends on the thank-you page."""

import pytest

from .axe import assert_no_axe_violations

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PATH = "/kontakt/"


def submit(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Skicka meddelandet").click()


@pytest.mark.parametrize("width", [1280, 390])
def test_an_empty_submit_focuses_the_error_summary(open_page, width):
    page = open_page(PATH, width=width)
    submit(page)
    assert page.title().startswith("Fel: ")
    summary = page.locator(".error-summary")
    assert summary.evaluate("element => element === document.activeElement")
    link = summary.locator("a")
    assert link.count() == 1
    assert page.locator(link.get_attribute("href")).get_attribute("aria-invalid") == "true"
    assert_no_axe_violations(page)
    link.click()
    assert page.locator("#id_message").evaluate("element => element === document.activeElement")


def test_without_javascript_the_summary_is_there_and_the_text_kept(open_page):
    page = open_page(PATH, javascript=False)
    page.get_by_label("Din e-postadress (frivilligt)").fill("inte-en-adress")
    page.get_by_label("Meddelande").fill("Hej, en fråga om noderna.")
    submit(page)
    assert page.title().startswith("Fel: ")
    assert page.locator(".error-summary a").count() == 1
    assert page.get_by_label("Meddelande").input_value() == "Hej, en fråga om noderna."


def test_a_message_ends_on_the_thank_you_page(open_page):
    page = open_page(PATH, width=390)
    page.get_by_label("Meddelande").fill("Tack för en bra webbplats!")
    submit(page)
    assert page.url.endswith(PATH + "tack/")
    assert page.locator("h1").inner_text() == "Tack för ditt meddelande"
    assert_no_axe_violations(page)
