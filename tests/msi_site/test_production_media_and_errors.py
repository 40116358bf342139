"""Under the production settings, served by gunicorn: uploaded images are shown (one container),
documents are not exposed under /media/, and a visitor gets a 503 while the database is down."""

import pytest

from tests.helpers import manage

from .production import get, gunicorn, prepare, production_env

MAKE_RENDITION = """
from django.core.files.base import ContentFile
from PIL import Image
import io
from wagtail.images import get_image_model
from wagtail.documents import get_document_model
buffer = io.BytesIO()
Image.new("RGB", (40, 30), "#0b5563").save(buffer, "PNG")
png = ContentFile(buffer.getvalue(), "test.png")
image = get_image_model().objects.create(title="Test", file=png)
get_document_model().objects.create(title="Doc", file=ContentFile(b"%PDF-1.4 x", "hemlig.pdf"))
print(image.get_rendition("fill-20x10").url)
print(image.file.url)
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    env = production_env(tmp_path_factory.mktemp("production"))
    prepare(env)
    result = manage("shell", "-c", MAKE_RENDITION, env=env)
    assert result.returncode == 0, result.stderr
    rendition_url, original_url = result.stdout.split()[-2:]
    with gunicorn(env) as base:
        yield base, rendition_url, original_url


def test_a_rendition_is_served_under_production_settings(production):
    base, rendition_url, _ = production
    assert rendition_url.startswith("/media/images/")
    status, headers, body = get(base + rendition_url)
    assert status == 200
    assert headers["Content-Type"] == "image/png"
    assert body.startswith(b"\x89PNG")
    assert headers["Cache-Control"] == "public, max-age=86400"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_originals_are_served_and_documents_are_not(production):
    base, _, original_url = production
    assert get(base + original_url)[0] == 200
    assert get(base + "/media/documents/hemlig.pdf")[0] == 404
    assert get(base + "/media/images/")[0] == 404  # no directory listing
    assert get(base + "/media/images/../documents/hemlig.pdf")[0] == 404
    assert get(base + "/media/images/finns-inte.png")[0] == 404


def test_a_visitor_gets_503_with_retry_after_while_the_database_is_down(tmp_path):
    env = production_env(tmp_path, DATABASE_URL="postgres://msi@127.0.0.1:9/msi")
    prepare_static_only(env)
    with gunicorn(env) as base:
        for path in ("/", "/aktuellt/", "/sok/?q=social"):
            status, headers, body = get(base + path)
            assert status == 503, path
            assert headers["Retry-After"] == "30"
            text = body.decode()
            assert "tillfälligt otillgänglig" in text
            assert "Traceback" not in text
        assert get(base + "/healthz")[0] == 503


def prepare_static_only(env):
    result = manage("collectstatic", "--noinput", env=env)
    assert result.returncode == 0, result.stderr
