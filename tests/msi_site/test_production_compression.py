"""Under the production settings, served by gunicorn: HTML is compressed for browsers that
accept gzip (cached answers too), with `Vary: Accept-Encoding` and working 304s, and static
files come in brotli from WhiteNoise (#14, docs/deployment.md "Serving")."""

import gzip
import re
import urllib.error
import urllib.request

import pytest

from tests.helpers import manage

from .production import gunicorn, prepare, production_env


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    env = production_env(tmp_path_factory.mktemp("compression"))
    prepare(env)
    result = manage("load_demo_content", env=env)
    assert result.returncode == 0, result.stderr
    with gunicorn(env) as base:
        yield base


def fetch(url, **headers):
    """(status, headers, raw body) of a GET; urllib does not decompress."""
    request = urllib.request.Request(url, headers={"Host": "socialinnovation.se", **headers})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_html_is_gzipped_for_browsers_that_accept_it_and_plain_for_others(production):
    status, headers, body = fetch(production + "/", **{"Accept-Encoding": "gzip, br"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in headers["Vary"]
    html = gzip.decompress(body)
    assert b'<html lang="sv"' in html
    assert len(body) < len(html) / 3

    status, headers, plain = fetch(production + "/")
    assert status == 200 and "Content-Encoding" not in headers
    assert b'<html lang="sv"' in plain


def test_a_cached_answer_is_gzipped_too_and_revalidates_with_304(production):
    fetch(production + "/aktuellt/", **{"Accept-Encoding": "gzip"})
    status, headers, body = fetch(production + "/aktuellt/", **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["X-Page-Cache"] == "hit"
    assert headers["Content-Encoding"] == "gzip"
    assert b"</html>" in gzip.decompress(body)
    status, _headers, _body = fetch(
        production + "/aktuellt/",
        **{"Accept-Encoding": "gzip", "If-None-Match": headers["ETag"]},
    )
    assert status == 304


def test_static_files_come_in_brotli(production):
    _status, _headers, body = fetch(production + "/")
    stylesheet = re.search(rb'<link rel="stylesheet" href="([^"]+\.css)"', body).group(1)
    status, headers, _body = fetch(
        production + stylesheet.decode(), **{"Accept-Encoding": "gzip, br"}
    )
    assert status == 200
    assert headers["Content-Encoding"] == "br"
