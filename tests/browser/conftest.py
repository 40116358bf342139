"""Browser tests: Playwright drives Debian's Chromium against a live server with the demo site.

The server runs in a thread of the test process and sees the test database: the demo site that
tests/conftest.py commits once per session, plus a page showing every block, committed here, so
these tests run last (see tests/conftest.py).
"""

import os
import shutil

import pytest

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

from tests.conftest import require

from .gallery import build_block_gallery

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """Base URL of a live server with the demo content (plus a page showing every block)."""
    with django_db_blocker.unblock():
        build_block_gallery()  # on the session's demo site (tests/conftest.py)
        shared = {}
        for connection in connections.all():
            if connection.vendor == "sqlite" and connection.is_in_memory_db():
                connection.inc_thread_sharing()
                shared[connection.alias] = connection
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, shared, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
        server.terminate()
        for connection in shared.values():
            connection.dec_thread_sharing()
        end_other_database_sessions()


def end_other_database_sessions():
    """Let pytest-django drop the PostgreSQL test database after the browser tests.

    The test wrapper's connection under Playwright's sync API is not the one pytest-django
    closes at teardown, and an open session stops DROP DATABASE. End every other session.
    """
    connection = connections["default"]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
    connection.close()


@pytest.fixture(scope="session")
def browser(live_site):
    """Chromium, started after the live server so the database is set up outside Playwright."""
    require(shutil.which(CHROMIUM) or os.path.exists(CHROMIUM), f"needs Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django code called from it
    # (fixtures, the live server's database) must not refuse to run because of that.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, live_site):
    """open_page(path, width=1280, javascript=True, forced_colors="none") -> a Playwright
    page at that path."""
    contexts = []

    def _open(path, width=1280, javascript=True, forced_colors="none"):
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            java_script_enabled=javascript,
            forced_colors=forced_colors,
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(live_site + path)
        return page

    yield _open
    for context in contexts:
        context.close()
