import re

import pytest

from django.contrib.auth import authenticate
from django.core.management import call_command
from django.core.management.base import CommandError

from pages.models import HomePage


def test_rundemo_builds_the_site_and_prints_a_working_admin_login(db, capsys, settings):
    settings.DEBUG = True  # as in msi_site.settings.dev
    call_command("rundemo", "--no-serve")
    output = capsys.readouterr().out
    assert "http://127.0.0.1:8000/" in output
    username = re.search(r"Användarnamn: (\S+)", output).group(1)
    password = re.search(r"Lösenord: (\S+)", output).group(1)
    user = authenticate(username=username, password=password)
    assert user is not None and user.is_superuser
    assert HomePage.objects.live().exists()


def test_rundemo_refuses_to_run_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("rundemo", "--no-serve")
