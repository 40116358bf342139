"""Newsletter signup with double opt-in, unsubscribe and "your data" (news/newsletter_views.py,
docs/newsletter-signup.md): e-mail goes through Django's SMTP back end to a real SMTP server,
the answers never reveal who subscribes, and bad input never gives a 500."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from news.models import NewsletterPage
from news.models.subscribers import Subscriber, consent_version
from tests.forms import soup, summary_targets, typed_value

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+")


@pytest.fixture
def newsletter(demo):
    """The demo's newsletter page, without the demo's subscribers (in this test only)."""
    Subscriber.objects.all().delete()
    return NewsletterPage.objects.live().get()


def sign_up(page, email, client=None, **extra):
    return (client or Client()).post(page.url, {"email": email}, **extra)


def link_in(mail):
    return LINK.search(mail.get_content()).group()


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def confirm_link(smtp, email):
    [mail] = smtp.to(email)
    return path_of(link_in(mail))


def test_signup_confirm_and_the_consent_is_stored(newsletter, smtp):
    response = sign_up(newsletter, " Ada@Example.org ")
    assert response.status_code == 303
    assert Client().get(response["Location"]).status_code == 200
    subscriber = Subscriber.objects.get(email="ada@example.org")
    assert subscriber.status == Subscriber.Status.PENDING

    link = confirm_link(smtp, "ada@example.org")
    page = Client().get(link)  # a mail scanner following the link confirms nothing
    assert page.status_code == 200
    assert soup(page).select_one("main form button").get_text() == "Ja, jag vill ha nyhetsbrevet"
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    confirmed = Client().post(link)
    assert confirmed.status_code == 200
    assert "Du prenumererar nu" in confirmed.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert subscriber.consent_text == newsletter.consent_text
    assert subscriber.consent_version == consent_version(newsletter.consent_text)
    # Confirming twice is harmless.
    again = Client().post(link)
    assert again.status_code == 200
    assert Subscriber.objects.get().confirmed_at == subscriber.confirmed_at


def test_the_answer_is_the_same_whoever_signs_up(newsletter, smtp):
    now = timezone.now()
    Subscriber.objects.create(email="confirmed@example.org", status="confirmed", confirmed_at=now)
    Subscriber.objects.create(email="gone@example.org", status="unsubscribed", unsubscribed_at=now)
    Subscriber.objects.create(email="pending@example.org")
    answers = set()
    for email in [
        "new@example.org",
        "confirmed@example.org",
        "gone@example.org",
        "pending@example.org",
    ]:
        response = sign_up(newsletter, email)
        thanks = Client().get(response["Location"])
        answers.add((response.status_code, response["Location"], thanks.content))
    assert len(answers) == 1
    # Only the subscribing address got no e-mail; the unsubscribed one must confirm again.
    assert not smtp.to("confirmed@example.org")
    for email in ["new@example.org", "gone@example.org", "pending@example.org"]:
        assert len(smtp.to(email)) == 1
    assert Subscriber.objects.get(email="gone@example.org").status == "pending"


def test_signing_up_again_soon_sends_no_second_email_and_the_first_link_works(newsletter, smtp):
    sign_up(newsletter, "ada@example.org")
    sign_up(newsletter, "ada@example.org")
    link = confirm_link(smtp, "ada@example.org")  # exactly one e-mail
    assert "Du prenumererar nu" in Client().post(link).content.decode()


def test_after_a_while_signing_up_again_sends_a_new_email(newsletter, smtp):
    sign_up(newsletter, "ada@example.org")
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        sign_up(newsletter, "ada@example.org")
    assert len(smtp.to("ada@example.org")) == 2


def test_an_older_confirmation_link_is_void_after_a_new_signup(newsletter, smtp):
    sign_up(newsletter, "ada@example.org")
    first = confirm_link(smtp, "ada@example.org")
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        sign_up(newsletter, "ada@example.org")
    response = Client().post(first)
    assert response.status_code == 400
    assert "Länken fungerar inte" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_tampered_and_expired_links_get_a_clear_page(newsletter, smtp):
    sign_up(newsletter, "ada@example.org")
    link = confirm_link(smtp, "ada@example.org")
    tampered = Client().get(link[:-3] + "xyz/")
    assert tampered.status_code == 400
    assert "Länken fungerar inte" in tampered.content.decode()
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        expired = Client().post(link)
    assert expired.status_code == 400
    assert "Länken har gått ut" in expired.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_unsubscribe_shows_a_button_and_only_the_post_unsubscribes(newsletter):
    subscriber = Subscriber.objects.create(email="ada@example.org", status="confirmed")
    url = newsletter.url + f"prenumeration/avregistrera/{subscriber.key}/"
    page = Client().get(url)
    assert page.status_code == 200
    assert soup(page).select_one("main form")["action"] == url
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    assert Client().post(url).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED
    assert Client().post(url).status_code == 200  # twice is harmless


def test_one_click_unsubscribe_as_a_mail_program_sends_it(newsletter):
    subscriber = Subscriber.objects.create(email="ada@example.org", status="confirmed")
    url = newsletter.url + f"prenumeration/avregistrera/{subscriber.key}/"
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_an_unknown_unsubscribe_key_gets_a_clear_page(newsletter):
    response = Client().get(newsletter.url + "prenumeration/avregistrera/finns-inte/")
    assert response.status_code == 404
    assert "Vi hittar ingen prenumeration" in response.content.decode()


def test_the_page_sets_no_cookie_and_the_form_needs_no_csrf_token(newsletter, smtp):
    client = Client(enforce_csrf_checks=True)
    page = client.get(newsletter.url)
    assert not page.cookies
    assert "csrfmiddlewaretoken" not in page.content.decode()
    assert sign_up(newsletter, "ada@example.org", client=client).status_code == 303
    assert len(smtp.to("ada@example.org")) == 1


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("", "Skriv din e-postadress."),
        ("inte en adress", "Skriv e-postadressen i formen namn@exempel.se."),
        ("a" * 5000 + "@example.org", "högst 254 tecken"),
    ],
)
def test_bad_addresses_get_a_clear_message_and_keep_what_was_typed(newsletter, email, message):
    response = sign_up(newsletter, email)
    assert response.status_code == 200
    assert message in response.content.decode()
    page = soup(response)
    assert summary_targets(page) == ["#nyhetsbrev-email"]
    assert typed_value(page, "email") == email
    assert not Subscriber.objects.exists()


def test_a_post_from_another_site_is_refused(newsletter, smtp):
    response = sign_up(newsletter, "ada@example.org", HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert "annan webbplats" in response.content.decode()
    cross = sign_up(newsletter, "ada@example.org", HTTP_SEC_FETCH_SITE="cross-site")
    assert cross.status_code == 403
    assert not Subscriber.objects.exists() and not smtp.messages
    same = sign_up(newsletter, "ada@example.org", HTTP_ORIGIN="http://testserver")
    assert same.status_code == 303


def test_the_honeypot_catches_a_bot(newsletter, smtp):
    response = Client().post(newsletter.url, {"email": "bot@example.org", "hemsida": "x"})
    assert response.status_code == 200
    assert not Subscriber.objects.exists() and not smtp.messages


def test_a_flood_of_signups_from_one_connection_is_rate_limited(newsletter, smtp):
    for number in range(5):
        assert sign_up(newsletter, f"a{number}@example.org").status_code == 303
    response = sign_up(newsletter, "flood@example.org")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "många anmälningar" in response.content.decode()
    assert typed_value(soup(response), "email") == "flood@example.org"
    assert not Subscriber.objects.filter(email="flood@example.org").exists()


def test_the_data_link_goes_only_to_the_address_and_deletes_on_post(newsletter, smtp):
    Subscriber.objects.create(email="ada@example.org", status="confirmed", consent_text="Ja.")
    url = newsletter.url + "prenumeration/dina-uppgifter/"
    known = Client().post(url, {"uppgifter-email": "ada@example.org"})
    unknown = Client().post(url, {"uppgifter-email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 303
    assert known["Location"] == unknown["Location"]
    assert "ada@example.org" not in Client().get(known["Location"]).content.decode()
    assert not smtp.to("nobody@example.org")
    [mail] = smtp.to("ada@example.org")
    link = path_of(link_in(mail))
    page = Client().get(link)
    assert page.status_code == 200
    assert "ada@example.org" in page.content.decode() and "Ja." in page.content.decode()
    assert Client().post(link).status_code == 200
    assert not Subscriber.objects.exists()
    assert Client().get(link).status_code == 404


def test_unconfirmed_signups_are_purged_after_the_set_days(newsletter, settings):
    settings.NEWSLETTER_PENDING_DAYS = 14
    old = timezone.now() - timedelta(days=15)
    Subscriber.objects.create(email="old@example.org", signed_up_at=old)
    Subscriber.objects.create(email="new@example.org")
    Subscriber.objects.create(email="kept@example.org", status="confirmed", signed_up_at=old)
    call_command("purge_newsletter_signups", verbosity=0)
    call_command("purge_newsletter_signups", verbosity=0)  # idempotent
    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "new@example.org",
        "kept@example.org",
    }
