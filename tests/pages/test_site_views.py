"""Pages that are not Wagtail pages: 404, robots.txt, security.txt, sitemap, health check."""

from unittest import mock

import pytest

from django.db import DatabaseError

from wagtail.models import Page


def test_unknown_url_gives_the_swedish_404_page(client, demo):
    response = client.get("/finns-inte/alls/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Sidan finns inte" in html
    assert '<html lang="sv">' in html
    assert 'href="/sok/"' in html


def test_server_error_page_is_swedish_and_standalone(client, demo, settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")  # rendered without a request, as Django does
    assert "Något gick fel" in html
    assert '<html lang="sv">' in html


def test_robots_txt_points_to_the_sitemap(client, demo):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_security_txt_has_contact_and_a_future_expiry(client, demo):
    from datetime import datetime

    from django.utils import timezone

    body = client.get("/.well-known/security.txt").content.decode()
    fields = dict(line.split(": ", 1) for line in body.strip().splitlines())
    assert fields["Contact"].startswith(("mailto:", "https://"))
    assert datetime.fromisoformat(fields["Expires"]) > timezone.now()


def test_sitemap_lists_every_live_public_page(client, demo):
    body = client.get("/sitemap.xml").content.decode()
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        assert f"<loc>{page.full_url}</loc>" in body


def test_healthz_checks_the_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    with mock.patch("pages.views.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_healthz_answers_load_balancers_probing_by_ip_over_http(client, db, settings):
    settings.ALLOWED_HOSTS = ["socialinnovation.se"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert client.get("/", HTTP_HOST="10.0.0.7:8000").status_code == 400


@pytest.mark.parametrize("url", ["/", "/om-msi/", "/sok/?q=msi"])
def test_public_pages_send_strict_security_headers(client, demo, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert not response.cookies  # no cookies for anonymous visitors


def test_admin_gets_its_own_policy(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
    assert response["Content-Security-Policy"].count("default-src") == 1


@pytest.mark.parametrize("path", ["/robots.txt", "/.well-known/security.txt", "/sok/?q=social"])
def test_head_is_answered_like_get_and_post_is_refused(client, demo, path):
    head = client.head(path)
    assert head.status_code == 200
    assert head["Content-Type"] == client.get(path)["Content-Type"]
    assert head.content == b""
    assert client.post(path).status_code in (403, 405)  # 403: no CSRF token, never 500


def test_the_one_inline_script_is_allowed_by_its_hash_not_a_shared_nonce(client, demo, settings):
    """Cached pages are the same for every visitor, so a nonce in them would be one nonce for
    everyone (and for anything injected into a cached page): the inline script goes by hash."""
    import base64
    import hashlib
    import re

    response = client.get("/")
    html = response.content.decode()
    inline = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(inline) == 1, inline
    digest = base64.b64encode(hashlib.sha256(inline[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" == settings.INLINE_SCRIPT_HASH
    assert settings.INLINE_SCRIPT_HASH in response["Content-Security-Policy"]
    assert "nonce-" not in response["Content-Security-Policy"] and "nonce=" not in html
