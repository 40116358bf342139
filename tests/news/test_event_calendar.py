"""Calendar files, read back by an independent parser (vobject, not the icalendar library that
writes them) and checked line by line against RFC 5545's rules for content lines."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
import vobject

from news.models import Event

from .conftest import soon


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content


def check_rfc5545(raw):
    """What every content line must be (RFC 5545 §3.1): CRLF-terminated, at most 75 octets,
    continuation lines starting with a space; components balanced; required properties
    present; no floating times."""
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    unfolded = []
    for line in lines:
        if line.startswith(b" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    text = [line.decode("utf-8") for line in unfolded]
    assert text[0] == "BEGIN:VCALENDAR" and text[-1] == "END:VCALENDAR"
    stack = []
    for line in text:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append(value)
        elif name == "END":
            assert stack.pop() == value
        elif name.split(";")[0] in {"DTSTART", "DTEND"} and "VTIMEZONE" not in stack:
            zoned = "TZID=" in name or "VALUE=DATE" in name or value.endswith("Z")
            assert zoned, f"floating time: {line}"
    assert not stack
    assert "VERSION:2.0" in text and any(line.startswith("PRODID:") for line in text)
    for component in ("VEVENT",):
        assert text.count(f"BEGIN:{component}") == sum(line.startswith("UID:") for line in text), (
            "every VEVENT needs a UID"
        )
    return text


def parse(raw):
    check_rfc5545(raw)
    calendar = vobject.readOne(raw.decode("utf-8"))
    return {event.uid.value: event for event in calendar.contents.get("vevent", [])}


def utc(value):
    return value.astimezone(UTC)


def test_each_occurrence_is_its_own_vevent_with_a_stored_uid(client, site):
    event = site.event(
        (datetime(2027, 2, 16, 9), datetime(2027, 2, 16, 17)),
        (datetime(2027, 2, 17, 9), datetime(2027, 2, 17, 15, 30)),
        title="Tvådagarskonferens",
        format=Event.Format.HYBRID,
        venue="Orkanen",
        address="Malmö",
        online_link="https://example.org/live",
    )
    with time_machine.travel(datetime(2027, 1, 1, tzinfo=UTC)):
        found = parse(fetch(client, site.events.url + f"{event.slug}.ics"))
    keys = [occurrence.key for occurrence in event.occurrence_list]
    assert set(found) == {f"{key}@socialinnovation.se" for key in keys}
    first = found[f"{keys[0]}@socialinnovation.se"]
    assert utc(first.dtstart.value) == datetime(2027, 2, 16, 8, 0, tzinfo=UTC)  # CET, +01:00
    assert utc(first.dtend.value) == datetime(2027, 2, 16, 16, 0, tzinfo=UTC)
    assert first.summary.value == "Tvådagarskonferens"
    assert first.url.value == f"http://testserver{site.events.url}{event.slug}/"
    assert first.location.value == "Orkanen, Malmö / https://example.org/live"
    assert first.status.value == "CONFIRMED"
    assert first.sequence.value == "1"
    for name in ("dtstamp", "last_modified"):
        assert utc(getattr(first, name).value) == event.last_published_at.replace(microsecond=0)


def test_summer_time_is_converted_to_the_right_instant(client, site):
    event = site.event(
        (datetime(2027, 3, 28, 10), datetime(2027, 3, 28, 15)),  # the day clocks go forward
        (datetime(2027, 10, 31, 10), datetime(2027, 10, 31, 12)),  # the day they go back
        (datetime(2027, 6, 15, 9), datetime(2027, 6, 15, 10)),
    )
    with time_machine.travel(datetime(2027, 1, 1, tzinfo=UTC)):
        found = parse(fetch(client, site.events.url + f"{event.slug}.ics"))
    starts = sorted(utc(item.dtstart.value) for item in found.values())
    assert starts == [
        datetime(2027, 3, 28, 8, 0, tzinfo=UTC),  # 10.00 CEST
        datetime(2027, 6, 15, 7, 0, tzinfo=UTC),  # 09.00 CEST
        datetime(2027, 10, 31, 9, 0, tzinfo=UTC),  # 10.00 CET again
    ]
    raw = fetch(client, site.events.url + f"{event.slug}.ics").decode()
    assert "DTSTART;TZID=Europe/Stockholm:20270328T100000" in raw
    assert "TZID:Europe/Stockholm" in raw  # the VTIMEZONE the TZID refers to


def test_all_day_occurrences_are_dates_ending_the_day_after(client, site):
    event = site.event((datetime(2027, 4, 20), datetime(2027, 4, 21), True))
    with time_machine.travel(datetime(2027, 1, 1, tzinfo=UTC)):
        (item,) = parse(fetch(client, site.events.url + f"{event.slug}.ics")).values()
    assert item.dtstart.value == date(2027, 4, 20)
    assert item.dtend.value == date(2027, 4, 22)


def test_a_changed_title_or_date_keeps_the_uid_and_raises_the_sequence(client, site):
    event = site.event(soon(10), title="Första titeln")
    url = site.events.url + f"{event.slug}.ics"
    (uid,) = parse(fetch(client, url))
    event.title = "Ny titel"
    occurrence = event.occurrences.get()
    occurrence.start += timedelta(days=1)
    occurrence.end += timedelta(days=1)
    event.occurrences = [occurrence]
    event.slug = "ny-adress"
    event.save_revision().publish()

    found = parse(fetch(client, site.events.url + "ny-adress.ics"))
    assert list(found) == [uid]
    assert found[uid].summary.value == "Ny titel"
    assert found[uid].sequence.value == "2"


def test_publishing_an_older_draft_never_lowers_the_sequence(client, site):
    event = site.event(soon(10), title="A")
    old_draft = event.save_revision()
    event.title = "B"
    event.save_revision().publish()
    old_draft.publish()
    assert Event.objects.get(pk=event.pk).sequence == 3


def test_removing_one_occurrence_keeps_the_other_uids(client, site):
    event = site.event(soon(5), soon(6), soon(7))
    before = set(parse(fetch(client, site.events.url + f"{event.slug}.ics")))
    event.occurrences = event.occurrence_list[1:]
    event.save_revision().publish()
    after = set(parse(fetch(client, site.events.url + f"{event.slug}.ics")))
    assert len(after) == 2 and after < before


def test_a_cancelled_event_stays_in_the_feed_as_cancelled(client, site):
    event = site.event(soon(5), title="Webbinariet")
    event.status = Event.Status.CANCELLED
    event.save_revision().publish()
    found = parse(fetch(client, site.events.url + "kalender.ics"))
    (item,) = [item for item in found.values() if "Webbinariet" in item.summary.value]
    assert item.status.value == "CANCELLED"
    assert item.summary.value == "INSTÄLLT: Webbinariet"


def test_a_preliminary_date_is_tentative(client, site):
    site.event(soon(5), status=Event.Status.PRELIMINARY)
    (item,) = parse(fetch(client, site.events.url + "kalender.ics")).values()
    assert item.status.value == "TENTATIVE"


def test_past_events_stay_in_the_feed_for_a_year(client, site):
    site.event(soon(-300), title="I våras")
    site.event(soon(-400), title="För länge sedan")
    summaries = {
        item.summary.value
        for item in parse(fetch(client, site.events.url + "kalender.ics")).values()
    }
    assert summaries == {"I våras"}


def test_node_and_theme_calendars_hold_only_their_events(client, site):
    site.event(soon(5), title="Nationellt", themes=["jamlik-halsa"])
    site.event(soon(6), title="I Umeå", node="umea", themes=["jamlik-halsa"])
    site.event(soon(7), title="I Malmö", node="malmo")

    def summaries(url):
        return sorted(item.summary.value for item in parse(fetch(client, url)).values())

    assert summaries(site.events.url + "kalender.ics") == ["I Malmö", "I Umeå", "Nationellt"]
    assert summaries(site.node_events["umea"].url + "kalender.ics") == ["I Umeå"]
    theme_feed = site.events.url + "kalender/tema/jamlik-halsa.ics"
    assert summaries(theme_feed) == ["I Umeå", "Nationellt"]
    node_theme_feed = site.node_events["malmo"].url + "kalender/tema/jamlik-halsa.ics"
    assert summaries(node_theme_feed) == []


def test_a_node_event_in_the_national_feed_links_to_its_node_page(client, site):
    event = site.event(soon(5), node="umea")
    (item,) = parse(fetch(client, site.events.url + "kalender.ics")).values()
    assert item.url.value == f"http://testserver{site.node_events['umea'].url}{event.slug}/"


def test_a_single_event_is_a_download_and_a_feed_is_not(client, site):
    event = site.event(soon(5))
    single = client.get(site.events.url + f"{event.slug}.ics")
    assert single["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert "Content-Disposition" not in client.get(site.events.url + "kalender.ics")


@pytest.mark.parametrize(
    "path",
    ["finns-inte.ics", "kalender/tema/finns-inte.ics", "kalender.ics/", "Ogiltig%20slug.ics"],
)
def test_unknown_calendars_are_not_found(client, site, path):
    assert client.get(site.events.url + path).status_code == 404


def test_the_listing_offers_its_calendars_as_webcal_and_https(client, site):
    site.event(soon(5), themes=["jamlik-halsa"])
    html = client.get(site.events.url, {"tema": "jamlik-halsa"}).content.decode()
    assert f'href="webcal://testserver{site.events.url}kalender.ics"' in html
    assert f'href="http://testserver{site.events.url}kalender.ics"' in html
    assert f'href="webcal://testserver{site.events.url}kalender/tema/jamlik-halsa.ics"' in html
    assert 'rel="alternate" type="text/calendar"' in html
