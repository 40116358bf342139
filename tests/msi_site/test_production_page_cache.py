"""The page cache under the production settings, served by gunicorn with two workers: on by
default, kept in files every worker shares, purged by a publish in another process."""

import pytest

from tests.helpers import manage

from .production import get, gunicorn, prepare, production_env

MAKE_HOME = """
from wagtail.models import Page, Site
from pages.models import HomePage
root = Page.get_first_root_node()
for placeholder in root.get_children():
    placeholder.delete()
home = root.add_child(instance=HomePage(title="Startsida", slug="start"))
home.save_revision().publish()
site, _ = Site.objects.update_or_create(is_default_site=True, defaults={
    "hostname": "socialinnovation.se", "port": 443, "root_page": home})
from pages.models import SiteSettings
SiteSettings.for_site(site)  # made now, not by the first page view
"""

RENAME_HOME = """
from pages.models import HomePage
home = HomePage.objects.get()
home.title = "Omdöpt startsida"
home.save_revision().publish()
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    folder = tmp_path_factory.mktemp("page-cache")
    env = production_env(folder, PAGE_CACHE_DIR=str(folder / "page-cache"))
    prepare(env)
    result = manage("shell", "-c", MAKE_HOME, env=env)
    assert result.returncode == 0, result.stderr
    with gunicorn(env, workers=2) as base:
        yield base, env


def test_pages_are_cached_across_workers_and_purged_from_another_process(production):
    base, env = production
    answers = [get(base + "/") for _ in range(8)]
    assert [status for status, _h, _b in answers] == [200] * 8
    assert answers[0][1]["X-Page-Cache"] == "miss"
    assert [h["X-Page-Cache"] for _s, h, _b in answers[1:]] == ["hit"] * 7, [
        (h["X-Page-Cache"], len(b)) for _s, h, b in answers
    ]
    assert answers[1][1]["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert answers[1][1]["ETag"]

    result = manage("shell", "-c", RENAME_HOME, env=env)  # an editor publishing, elsewhere
    assert result.returncode == 0, result.stderr
    _status, headers, body = get(base + "/")
    assert headers["X-Page-Cache"] == "miss"
    assert "Omdöpt startsida" in body.decode()
