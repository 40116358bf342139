"""A listing's choices read from its items, kept for everyone (ListingFilterSet.kept_choices,
docs/page-cache.md "Kept for everyone"): the news listing's years and the event listing's
months cost no query on a repeat view, a new year shows on the next request, a month leaves
by itself when its events are over, and the archive keeps its own months."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.fixture(autouse=True)
def nothing_kept(settings):
    settings.PAGE_CACHE_ENABLED = False  # every request rendered: only kept values help
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def options(html, name):
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S)
    return re.findall(r'<option value="([^"]+)"', select[0]) if select else []


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_repeat_listing_reads_no_years(client, site):
    site.article(date=date(2024, 5, 1))
    get(client, site.news.url)
    with CaptureQueriesContext(connection) as queries:
        html = get(client, site.news.url)
    assert options(html, "ar") == ["2024"]
    assert not [q["sql"] for q in queries if "DATE_TRUNC" in q["sql"] or "django_date" in q["sql"]]


def test_an_article_of_a_new_year_is_offered_and_filtered_on_the_next_request(client, site):
    site.article(date=date(2024, 5, 1), title="Från 2024")
    assert options(get(client, site.news.url), "ar") == ["2024"]
    site.article(date=date(2019, 3, 1), title="Från 2019")
    html = get(client, f"{site.news.url}?ar=2019")
    assert options(html, "ar") == ["2024", "2019"]
    assert "Från 2019" in html and "Från 2024" not in html
    assert "Visar alla år" not in html  # the year was accepted


def test_a_month_leaves_the_choices_by_itself_when_its_events_are_over(client, site):
    site.event((datetime(2027, 2, 10, 10), datetime(2027, 2, 10, 12)), title="Februari")
    site.event((datetime(2027, 4, 20, 10), datetime(2027, 4, 20, 12)), title="April")
    ends = datetime(2027, 2, 10, 11, tzinfo=UTC)  # 12:00 in Stockholm
    with time_machine.travel(ends - timedelta(minutes=2), tick=False):
        assert options(get(client, site.events.url), "manad") == ["2027-02", "2027-04"]
    with time_machine.travel(ends + timedelta(minutes=2), tick=False):
        # PAGE_CACHE_SECONDS (600) would still keep February without the site's next change
        assert options(get(client, site.events.url), "manad") == ["2027-04"]


def test_the_archive_keeps_months_of_its_own(client, site):
    site.event((datetime(2027, 2, 10, 10), datetime(2027, 2, 10, 12)), title="Februari")
    site.event((datetime(2027, 4, 20, 10), datetime(2027, 4, 20, 12)), title="April")
    with time_machine.travel(datetime(2027, 3, 1, tzinfo=UTC), tick=False):
        assert options(get(client, site.events.url), "manad") == ["2027-04"]
        assert options(get(client, f"{site.events.url}tidigare/"), "manad") == ["2027-02"]
