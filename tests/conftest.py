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
    from django.core.cache import caches

    caches["default"].clear()
    caches["pages"].clear()  # the shared values of pages/page_cache/memo.py too
    yield


def pytest_collection_modifyitems(items):
    """Browser tests last: their live server commits a page with every block on top of the
    session's demo site, which the other tests must not see."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, media_root):
    """The demo site, built once per test session and committed to the test database.

    Every test that uses the database runs in a transaction on top of it, rolled back at its
    end, so each test sees the same demo site (docs/testing.md). Tests that need another site
    replace it inside their own transaction (tests/news/conftest.py, `empty_site`).
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def demo(db):
    """The site built by the demo-content command, as the README's run command builds it
    (built once per session: see `django_db_setup`)."""


@pytest.fixture
def uncached(settings, demo):
    """The demo site with the page cache off, as in development: every request is rendered,
    so only the kept values help (docs/page-cache.md); the shared cache starts and ends empty."""
    from django.core.cache import caches

    settings.PAGE_CACHE_ENABLED = False
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def clear_site():
    """Remove the demo site inside the current test's transaction: every page below Root,
    nodes, people, themes and sites. Images, documents and users stay."""
    from wagtail.models import Page, Site

    from nodes.models import Node
    from nodes.models.owned import node_owned_models
    from pages.models import Theme

    Site.objects.all().delete()
    for model in node_owned_models():
        model.objects.all().delete()
    Node.objects.all().delete()
    Theme.objects.all().delete()
    for page in Page.get_first_root_node().get_children():
        page.delete()


@pytest.fixture
def empty_site(db):
    """No site at all, as after Wagtail's migrations minus its welcome page."""
    clear_site()


@pytest.fixture
def home(demo):
    from pages.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def smtp(settings):
    """A real SMTP server (aiosmtpd) on a free port; the site sends to it. Yields its inbox."""
    from aiosmtpd.controller import Controller

    from tests.mail import Inbox, free_port

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = controller.hostname
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    yield inbox
    controller.stop()
