"""The newsletter's signup in Chromium (docs/newsletter-signup.md): axe finds nothing on the form
after an empty submit, with an invalid address and after a signup, nor on the confirm and
unsubscribe pages, at desktop and phone widths; it all works without JavaScript."""

import pytest

from news.models import Subscriber
from news.newsletter_tokens import confirm_token

from .axe import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PATH = "/nyhetsbrev/"
WIDTHS = [1280, 390]


def subscribe(page, email):
    page.get_by_label("Din e-postadress").fill(email)
    with page.expect_navigation():
        page.get_by_role("button", name="Prenumerera", exact=True).click()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    ("email", "message"),
    [("", "Skriv din e-postadress."), ("inte-en-adress", "Skriv e-postadressen i formen")],
)
def test_a_wrong_address_gets_the_error_summary(open_page, width, email, message):
    page = open_page(PATH, width=width)
    subscribe(page, email)
    assert page.title().startswith("Fel: ")
    assert message in page.locator(".error-summary").inner_text()
    assert page.get_by_label("Din e-postadress").input_value() == email
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_signup_ends_on_the_check_your_inbox_page(open_page, width):
    page = open_page(PATH, width=width)
    subscribe(page, f"webblasare-{width}@example.org")
    assert page.url.endswith(PATH + "prenumeration/tack/")
    assert page.locator("h1").inner_text() == "Titta i din inkorg"
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_confirm_page_has_one_button(open_page, width):
    pending = Subscriber.objects.get(email="vantar.pa.bekraftelse@example.org")
    page = open_page(f"{PATH}prenumeration/bekrafta/{confirm_token(pending)}/", width=width)
    assert page.get_by_role("button", name="Ja, jag vill ha nyhetsbrevet").is_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_unsubscribe_page_has_one_button(open_page, width):
    subscriber = Subscriber.objects.confirmed().first()
    page = open_page(f"{PATH}prenumeration/avregistrera/{subscriber.key}/", width=width)
    assert page.get_by_role("button", name="Avsluta prenumerationen").is_visible()
    assert_no_axe_violations(page)
