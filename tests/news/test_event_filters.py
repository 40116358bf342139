"""The event listing's filters: node, theme, format and month, on the shared listing machinery."""

import re
from datetime import UTC, datetime

import pytest
import time_machine

from news.models import Event


def titles(html):
    return re.findall(r'class="event-card__link" href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def spread(site):
    site.event(
        (datetime(2027, 2, 10, 10), datetime(2027, 2, 10, 12)),
        title="Februari nationellt",
        themes=["jamlik-halsa"],
        format=Event.Format.ONLINE,
    )
    site.event(
        (datetime(2027, 3, 31, 10), datetime(2027, 4, 1, 12)),  # touches March and April
        title="Mars–april i Umeå",
        node="umea",
        themes=["digital-inkludering"],
    )
    site.event(
        (datetime(2027, 4, 20, 10), datetime(2027, 4, 20, 12)),
        title="April i Malmö",
        node="malmo",
        themes=["jamlik-halsa"],
        format=Event.Format.HYBRID,
    )
    with time_machine.travel(datetime(2027, 1, 1, tzinfo=UTC), tick=False):
        yield site


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Februari nationellt", "Mars–april i Umeå", "April i Malmö"]),
        ("nod=nationellt", ["Februari nationellt"]),
        ("nod=umea", ["Mars–april i Umeå"]),
        ("tema=jamlik-halsa", ["Februari nationellt", "April i Malmö"]),
        ("format=hybrid", ["April i Malmö"]),
        ("manad=2027-04", ["Mars–april i Umeå", "April i Malmö"]),
        ("manad=2027-03", ["Mars–april i Umeå"]),
        ("manad=2027-04&tema=jamlik-halsa", ["April i Malmö"]),
        ("manad=2027-02&nod=malmo", []),
    ],
)
def test_filters_combine(client, spread, query, expected):
    html = client.get(f"{spread.events.url}?{query}").content.decode()
    assert titles(html) == expected


def test_the_month_filter_offers_only_months_with_upcoming_events(client, spread):
    html = client.get(spread.events.url).content.decode()
    months = re.findall(r'<option value="(\d{4}-\d{2})"', html)
    assert months == ["2027-02", "2027-03", "2027-04"]  # 31 March – 1 April gives April too
    assert '<option value="2027-02">februari 2027</option>' in html


def test_a_node_listing_has_no_node_filter_and_only_its_events(client, spread):
    html = client.get(spread.node_events["umea"].url).content.decode()
    assert 'name="nod"' not in html
    assert titles(html) == ["Mars–april i Umeå"]


def test_no_results_says_so_and_offers_the_whole_list(client, spread):
    html = client.get(f"{spread.events.url}?manad=2027-02&nod=malmo").content.decode()
    assert "Inga evenemang matchar filtren." in html
    assert f'<a href="{spread.events.url}">Visa alla evenemang</a>' in html


def test_the_archive_filters_past_events_and_its_form_stays_there(client, spread):
    with time_machine.travel(datetime(2027, 5, 1, tzinfo=UTC), tick=False):
        html = client.get(f"{spread.events.url}tidigare/?tema=jamlik-halsa").content.decode()
    assert titles(html) == ["April i Malmö", "Februari nationellt"]
    assert f'action="{spread.events.url}tidigare/"' in html
    assert f'<link rel="canonical" href="http://testserver{spread.events.url}tidigare/">' in html


def test_pagination_keeps_the_filters(client, site, monkeypatch):
    from news.models import EventIndexPage

    monkeypatch.setattr(EventIndexPage, "per_page", 2)
    for day in range(1, 6):
        site.event(
            (datetime(2027, 2, day, 10), datetime(2027, 2, day, 12)), themes=["jamlik-halsa"]
        )
    with time_machine.travel(datetime(2027, 1, 1, tzinfo=UTC), tick=False):
        html = client.get(f"{site.events.url}?tema=jamlik-halsa").content.decode()
        assert "tema=jamlik-halsa&amp;page=2" in html
        last = client.get(f"{site.events.url}?tema=jamlik-halsa&page=999").content.decode()
    assert len(titles(last)) == 1


def test_a_month_only_an_occurrence_runs_into_is_offered(client, site):
    site.event((datetime(2027, 3, 30), datetime(2027, 4, 2), True), title="Över månadsskiftet")
    with time_machine.travel(datetime(2027, 1, 1, tzinfo=UTC), tick=False):
        html = client.get(site.events.url).content.decode()
        april = client.get(f"{site.events.url}?manad=2027-04").content.decode()
    assert re.findall(r'<option value="(\d{4}-\d{2})"', html) == ["2027-03", "2027-04"]
    assert titles(april) == ["Över månadsskiftet"]
