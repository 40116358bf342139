"""Production settings refuse to start without what they need, and say what is missing."""

import pytest

from tests.helpers import PRODUCTION_ENV, manage


def production_check(**overrides):
    env = {**PRODUCTION_ENV, **overrides}
    return manage("check", "--deploy", "--fail-level", "WARNING", env=env)


def test_production_passes_check_deploy_with_no_warnings():
    result = production_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": ""}, "SECRET_KEY must be set in production"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY must be a long random value"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS must be set in production"),
        ({"DATABASE_URL": ""}, "DATABASE_URL must be set in production"),
        ({"DATABASE_URL": "nonsense://what"}, "DATABASE_URL is not a valid database URL"),
        ({"DATABASE_URL": "postgres//missing-colon"}, "DATABASE_URL"),
    ],
)
def test_production_refuses_to_start_without_essentials(overrides, message):
    result = production_check(**overrides)
    assert result.returncode != 0
    assert message in result.stderr
    assert "ImproperlyConfigured" in result.stderr


def test_dev_settings_run_with_nothing_set():
    result = manage(
        "check",
        env={
            "DJANGO_SETTINGS_MODULE": "msi_site.settings.dev",
            "DATABASE_URL": "",
            "SECRET_KEY": "",
        },
    )
    assert result.returncode == 0, result.stderr
