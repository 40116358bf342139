"""The site's CSRF middleware (msi_site/csrf.py): only page views marked @tokenless_post take a
POST without a token; every other form, the admin's included, is checked as Django checks it."""

import pytest

from django.test import Client

from news.models import NewsletterPage
from nodes.models import ContactPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)


def test_the_newsletter_signup_takes_a_post_without_a_token(client, demo, smtp):
    page = NewsletterPage.objects.live().get()
    response = client.post(page.url, {"email": "ada@example.org"})
    assert response.status_code == 303
    assert "csrftoken" not in response.cookies


def test_the_contact_form_still_needs_its_token(client, demo):
    page = ContactPage.objects.live().get()
    response = client.post(page.url, {"message": "Hej"})
    assert response.status_code == 403


def test_a_newsletter_page_view_not_marked_still_needs_a_token(client, demo):
    page = NewsletterPage.objects.live().get()
    response = client.post(page.url + "prenumeration/tack/")
    assert response.status_code == 403


def test_the_admin_login_still_needs_its_token(client, demo):
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
