"""Themes are kept by the national office; node editors use them but cannot change them."""

import pytest

from django.urls import reverse

from pages.models import Theme
from tests.nodes.conftest import make_user


@pytest.mark.parametrize(("role", "allowed"), [("national", True), ("malmo", False)])
def test_only_the_national_office_adds_themes(client, demo, role, allowed):
    client.force_login(make_user(role))
    url = reverse(Theme.snippet_viewset.get_url_name("add"))
    client.post(url, {"name": "Nytt tema", "slug": "nytt-tema", "description": ""})
    assert Theme.objects.filter(slug="nytt-tema").exists() is allowed


def test_theme_slugs_are_unique_and_url_safe(client, demo):
    client.force_login(make_user("national"))
    url = reverse(Theme.snippet_viewset.get_url_name("add"))
    existing = Theme.objects.first()
    response = client.post(url, {"name": "Annat namn", "slug": existing.slug})
    assert response.status_code == 200  # the form again, with an error
    response = client.post(url, {"name": "Tema två", "slug": "tema två/åäö"})
    assert response.status_code == 200
    assert not Theme.objects.filter(name__in=["Annat namn", "Tema två"]).exists()
