import re

import pytest

from django.contrib.auth import authenticate
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import RequestFactory

from pages.models import HomePage


def test_rundemo_builds_the_site_and_prints_a_working_admin_login(db, capsys, settings):
    settings.DEBUG = True  # as in msi_site.settings.dev
    call_command("rundemo", "--no-serve")
    output = capsys.readouterr().out
    assert "http://127.0.0.1:8000/" in output
    username = re.search(r"Användarnamn: (\S+)", output).group(1)
    password = re.search(r"Lösenord: (\S+)", output).group(1)
    request = RequestFactory().post("/admin/login/")  # axes counts logins per request
    user = authenticate(request, username=username, password=password)
    assert user is not None and user.is_superuser
    assert HomePage.objects.live().exists()


def test_rundemo_refuses_to_run_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("rundemo", "--no-serve")


def test_rundemo_points_the_site_at_the_address_it_serves_on(db, capsys, settings, client):
    settings.DEBUG = True
    call_command("rundemo", "127.0.0.1:8123", "--no-serve")
    output = capsys.readouterr().out
    assert "Webbplatsen: http://127.0.0.1:8123/" in output
    assert "http://127.0.0.1:8000" not in output
    html = client.get("/", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8123/">' in html
    assert 'content="http://127.0.0.1:8123/"' in html  # og:url
    sitemap = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert "<loc>http://127.0.0.1:8123/</loc>" in sitemap
    assert "localhost" not in sitemap


@pytest.mark.parametrize("addrport", ["8123", "0.0.0.0:8123"])
def test_rundemo_reads_a_port_alone_or_all_addresses(db, capsys, settings, addrport):
    settings.DEBUG = True
    call_command("rundemo", addrport, "--no-serve")
    assert "Webbplatsen: http://127.0.0.1:8123/" in capsys.readouterr().out


def test_rundemo_refuses_a_broken_address(db, settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="Ogiltig adress"):
        call_command("rundemo", "127.0.0.1:http", "--no-serve")
