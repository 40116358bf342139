"""The server-error handler tells a database outage (503, Retry-After) from other errors (500)."""

from unittest import mock

import pytest

from django.db import IntegrityError, OperationalError
from django.test import RequestFactory

from msi_site.errors import server_error


def handle(error, database_up):
    request = RequestFactory().get("/")
    with mock.patch("msi_site.errors.database_is_reachable", return_value=database_up):
        try:
            raise error
        except Exception:  # Django calls handler500 inside its except block, like this
            return server_error(request)


def test_connection_error_while_the_database_is_down_is_503_with_retry_after():
    response = handle(OperationalError("connection refused"), database_up=False)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "tillfälligt otillgänglig" in response.content.decode()


@pytest.mark.parametrize(
    ("error", "database_up"),
    [
        (OperationalError("no such column: name"), True),  # a bad query, the database is fine
        (IntegrityError("duplicate key"), False),
        (ValueError("a bug"), False),
    ],
)
def test_other_errors_stay_500(error, database_up):
    response = handle(error, database_up)
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Något gick fel" in response.content.decode()
