"""Failed logins are throttled per account and per client address with a timed cool-off, the
client address comes from the trusted proxy's header only, and password-reset requests are
rate-limited; every refusal is a 429 with Retry-After and a Swedish "try again" page."""

import datetime

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.utils import timezone

LOGIN = "/admin/login/"
PASSWORD = "rätt-lösenord-123"
LIMIT = 10


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redaktor", "redaktor@example.org", PASSWORD)


def attempt(client, username, password, address="203.0.113.5", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def logged_in(response):
    return response.status_code == 302 and "login" not in response["Location"]


def refused(response):
    text = response.content.decode()
    return response.status_code == 429 and "För många försök" in text and "Försök igen om" in text


def test_wrong_passwords_then_the_right_one_is_refused_until_the_cool_off_ends(client, editor):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(LIMIT - 1):
            assert attempt(client, "redaktor", "fel").status_code == 200  # the form, with error
        assert refused(attempt(client, "redaktor", "fel"))  # the LIMIT-th failure cools off
        response = attempt(client, "redaktor", PASSWORD)
        assert refused(response)
        assert "15 minuter" in response.content.decode()
        assert int(response["Retry-After"]) == 15 * 60
    with time_machine.travel(start + datetime.timedelta(minutes=14), tick=False):
        assert refused(attempt(client, "redaktor", PASSWORD))  # not yet; and it is not extended
    with time_machine.travel(start + datetime.timedelta(minutes=16), tick=False):
        assert logged_in(attempt(client, "redaktor", PASSWORD))


def test_fewer_failures_than_the_limit_do_not_stop_the_right_password(client, editor):
    for _ in range(LIMIT - 1):
        attempt(client, "redaktor", "fel")
    assert logged_in(attempt(client, "redaktor", PASSWORD))


def test_an_account_is_cooled_off_whatever_address_the_failures_came_from(client, editor):
    for number in range(LIMIT):
        attempt(client, "redaktor", "fel", address=f"198.51.100.{number}")
    assert refused(attempt(client, "redaktor", PASSWORD, address="192.0.2.77"))


def test_an_address_is_cooled_off_for_every_account(client, editor):
    for number in range(LIMIT):
        attempt(client, f"gissning{number}", "fel", address="203.0.113.9")
    assert refused(attempt(client, "redaktor", PASSWORD, address="203.0.113.9"))
    assert logged_in(attempt(client, "redaktor", PASSWORD, address="203.0.113.10"))


def test_a_forged_forwarded_for_header_is_ignored_without_a_trusted_proxy(client, editor):
    for number in range(LIMIT):
        attempt(
            client, f"gissning{number}", "fel", HTTP_X_FORWARDED_FOR=f"10.9.9.{number}"
        )  # all from REMOTE_ADDR 203.0.113.5, whatever the header says
    assert refused(attempt(client, "redaktor", PASSWORD, HTTP_X_FORWARDED_FOR="10.1.1.1"))


def test_behind_a_load_balancer_the_address_it_saw_counts(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    balancer = "10.0.0.2"
    for number in range(LIMIT):  # the client forges a new first entry each time
        attempt(
            client,
            f"gissning{number}",
            "fel",
            address=balancer,
            HTTP_X_FORWARDED_FOR=f"172.16.0.{number}, 203.0.113.66",
        )
    blocked = attempt(
        client, "redaktor", PASSWORD, address=balancer, HTTP_X_FORWARDED_FOR="203.0.113.66"
    )
    assert refused(blocked)
    other = attempt(
        client, "redaktor", PASSWORD, address=balancer, HTTP_X_FORWARDED_FOR="203.0.113.67"
    )
    assert logged_in(other)  # another visitor behind the same balancer is not affected


def test_the_django_admin_login_is_throttled_too(client, editor):
    for _ in range(LIMIT):
        client.post("/django-admin/login/", {"username": "redaktor", "password": "fel"})
    response = client.post("/django-admin/login/", {"username": "redaktor", "password": PASSWORD})
    assert refused(response)


def reset(client, email, address="203.0.113.5"):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_password_reset_requests_are_limited_per_email(client, editor, mailoutbox):
    for _ in range(3):
        assert reset(client, "redaktor@example.org").status_code == 302
    response = reset(client, "Redaktor@Example.org", address="198.51.100.1")
    assert refused(response)
    assert int(response["Retry-After"]) == 3600
    assert len(mailoutbox) == 3


def test_password_reset_requests_are_limited_per_address(client, editor):
    for number in range(5):
        assert reset(client, f"person{number}@example.org").status_code == 302
    assert refused(reset(client, "person9@example.org"))
    assert reset(client, "person9@example.org", address="198.51.100.2").status_code == 302
