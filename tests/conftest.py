import os

import pytest

from django.core.management import call_command


def require(condition, reason):
    """Skip when a real part (PostgreSQL, Chromium) is missing locally; fail under CI=true."""
    if condition:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: this test may not skip)")
    pytest.skip(reason)


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploads and renditions go to a fresh folder each test session."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))) as overridden:
        yield overridden


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache. Rolled-back rows do not empty it, and SQLite
    reuses their ids, so a cached rendition of one test's image 1 would answer for the next."""
    from django.core.cache import cache

    cache.clear()
    yield


def pytest_collection_modifyitems(items):
    """Browser tests last: their live server commits the demo content for the session."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture
def demo(db):
    """The site built by the demo-content command, as the README's run command builds it."""
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def home(demo):
    from pages.models import HomePage

    return HomePage.objects.get()
