"""A CDN in front of the page cache (pages/page_cache/cdn.py): kept answers let a CDN keep
them (`s-maxage`), and publishing purges from the CDN exactly the URLs of the answers that
showed what changed, through wagtail.contrib.frontend_cache."""

import pytest

from django.core.cache import caches
from django.test import Client

from wagtail.contrib.frontend_cache.backends import BaseBackend

from news.models import Event, EventIndexPage, NewsArticlePage
from news.models.event_index import event_url

pytestmark = pytest.mark.django_db


class RecordingBackend(BaseBackend):
    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


@pytest.fixture
def cdn(settings, demo):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_CDN_SECONDS = 300
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.pages.test_page_cache_cdn.RecordingBackend"}
    }
    caches["pages"].clear()
    RecordingBackend.purged.clear()
    yield RecordingBackend.purged
    caches["pages"].clear()


def get(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response


def test_a_kept_answer_may_be_kept_by_the_cdn(cdn):
    cache_control = get("/")["Cache-Control"]
    assert "s-maxage=300" in cache_control
    assert "stale-while-revalidate=30" in cache_control
    assert "max-age=0" in cache_control and "public" in cache_control


def test_without_a_cdn_answers_say_revalidate(settings, demo):
    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    cache_control = get("/")["Cache-Control"]
    assert "must-revalidate" in cache_control and "s-maxage" not in cache_control


def test_publishing_an_event_purges_its_pages_from_the_cdn_and_no_other(
    cdn, django_capture_on_commit_callbacks
):
    event = Event.objects.visible().upcoming().first()
    index = EventIndexPage.objects.live().order_by("depth").first().url
    article = NewsArticlePage.objects.live().first().url
    showing = ["/", index, event_url(event)]
    for url in [*showing, article]:
        get(url)
    event.title = "Ett nytt namn på evenemanget"
    with django_capture_on_commit_callbacks(execute=True):  # purged once it is committed
        event.save_revision().publish()
    purged = set(cdn)
    for url in showing:
        assert f"http://testserver{url}" in purged, url
    assert f"http://testserver{article}" not in purged
