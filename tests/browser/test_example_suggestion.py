"""The suggestion form in Chromium: axe finds nothing on the empty form, after an empty submit
and on the thank-you page, at desktop and phone widths; the error summary takes focus and
leads to each field."""

import pytest

from .axe import assert_no_axe_violations
from .focus import tab_stops

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WIDTHS = [1280, 390]
MARK = "(webbläsartest)"


@pytest.fixture(scope="module")
def form_path(live_site, django_db_blocker):
    """The demo's bank page's form; suggestions the tests send are removed afterwards."""
    from examplebank.models import Example, ExampleBankPage

    with django_db_blocker.unblock():
        bank = ExampleBankPage.objects.live().get()
        path = bank.url + "foresla/"
    yield path
    with django_db_blocker.unblock():
        Example.objects.filter(name__endswith=MARK).delete()


def submit(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Skicka förslaget").click()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_empty_form_has_no_violations(open_page, form_path, width):
    page = open_page(form_path, width=width)
    assert page.locator("h1").count() == 1
    assert not page.title().startswith("Fel")
    assert page.locator(".error-summary").count() == 0
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_an_empty_submit_focuses_the_error_summary_that_leads_to_the_fields(
    open_page, form_path, width
):
    page = open_page(form_path, width=width)
    submit(page)

    assert page.title().startswith("Fel: ")
    summary = page.locator(".error-summary")
    assert summary.evaluate("element => element === document.activeElement")
    links = summary.locator("a")
    assert links.count() >= 4  # name, description, e-mail, consent
    for href in links.evaluate_all("links => links.map(link => link.getAttribute('href'))"):
        field = page.locator(href)
        assert field.count() == 1
        assert field.get_attribute("aria-invalid") == "true"
    assert_no_axe_violations(page)

    first = links.first
    target = first.get_attribute("href")
    first.click()
    assert page.locator(target).evaluate("element => element === document.activeElement")


def test_the_error_summary_is_there_without_javascript(open_page, form_path):
    page = open_page(form_path, javascript=False)
    submit(page)
    assert page.title().startswith("Fel: ")
    assert page.locator(".error-summary a").count() >= 4


@pytest.mark.parametrize("width", WIDTHS)
def test_a_suggestion_ends_on_the_thank_you_page(open_page, form_path, width):
    page = open_page(form_path, width=width)
    page.get_by_label("Exemplets namn").fill(f"Språkcafé på stationen {MARK}")
    page.get_by_label("Beskrivning").fill("Nyanlända och pendlare pratar svenska över en kaffe.")
    page.get_by_label("Din e-postadress").fill("forslag@example.org")
    page.locator("#id_consent").check()
    submit(page)

    assert page.url.endswith(form_path + "tack/")
    assert page.locator("h1").count() == 1
    assert not page.title().startswith("Fel")
    assert_no_axe_violations(page)


def test_every_tab_stop_is_visibly_focused_and_the_honeypot_is_never_one(open_page, form_path):
    page = open_page(form_path)
    names = []
    for _ in range(80):
        page.keyboard.press("Tab")
        name = page.evaluate("() => document.activeElement.name || ''")
        if page.evaluate("() => document.activeElement === document.body"):
            break
        names.append(name)
    assert "hemsida" not in names
    for field in ("name", "description", "organisation", "place", "email", "consent"):
        assert field in names
    stops = tab_stops(open_page(form_path))
    assert len(stops) == len(names)
