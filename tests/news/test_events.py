"""Events: upcoming and past by the clock in Stockholm, what visitors see and never see."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from django.utils import timezone

from news.models import Event, EventPreviousSlug
from tests.html import visible_text

from .conftest import soon


def at(*args):
    return timezone.make_aware(datetime(*args))


def titles(html):
    """Event titles in the order a listing shows them."""
    return re.findall(r'class="event-card__link" href="[^"]+">([^<]+)</a>', html)


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


# --- upcoming, past, ordering --------------------------------------------------------------------


def test_upcoming_events_are_ordered_by_their_next_occurrence(client, site):
    site.event(soon(20), title="Om tjugo dagar")
    site.event(soon(3), title="Om tre dagar")
    # A series whose first session is past and whose next is in ten days.
    site.event(soon(-5), soon(10), title="Serie, nästa om tio dagar")
    site.event(soon(-30), title="Förra månaden")

    html = get(client, site.events.url)
    assert titles(html) == ["Om tre dagar", "Serie, nästa om tio dagar", "Om tjugo dagar"]
    archive = get(client, site.events.url + "tidigare/")
    assert titles(archive) == ["Förra månaden"]


def test_the_archive_lists_the_most_recent_first(client, site):
    site.event(soon(-60), title="Två månader sedan")
    site.event(soon(-2), title="I förrgår")
    site.event(soon(-30), soon(-1), title="Serie som slutade i går")
    assert titles(get(client, site.events.url + "tidigare/")) == [
        "Serie som slutade i går",
        "I förrgår",
        "Två månader sedan",
    ]


@pytest.mark.parametrize(
    ("now", "upcoming"),
    [
        (at(2027, 4, 21, 23, 59, 59), True),  # the last day, one second before midnight
        (at(2027, 4, 22, 0, 0, 0), False),  # midnight in Stockholm: over
    ],
)
def test_an_all_day_event_is_upcoming_until_midnight_in_stockholm(client, site, now, upcoming):
    site.event((datetime(2027, 4, 20), datetime(2027, 4, 21), True), title="Konferens")
    with time_machine.travel(now, tick=False):
        assert ("Konferens" in titles(get(client, site.events.url))) is upcoming
        assert ("Konferens" in titles(get(client, site.events.url + "tidigare/"))) is not upcoming


def test_midnight_in_stockholm_is_not_midnight_utc(client, site):
    site.event((datetime(2027, 6, 15), datetime(2027, 6, 15), True), title="Midsommarträff")
    # 22.30 UTC on 15 June is 00.30 on 16 June in Stockholm (CEST): the day is over.
    with time_machine.travel(datetime(2027, 6, 15, 22, 30, tzinfo=UTC), tick=False):
        assert "Midsommarträff" not in titles(get(client, site.events.url))
    with time_machine.travel(datetime(2027, 6, 15, 21, 30, tzinfo=UTC), tick=False):
        assert "Midsommarträff" in titles(get(client, site.events.url))


def test_a_timed_event_is_past_once_it_has_ended(client, site):
    site.event((datetime(2027, 1, 12, 15), datetime(2027, 1, 12, 16, 30)), title="Seminarium")
    with time_machine.travel(at(2027, 1, 12, 16, 29), tick=False):
        assert titles(get(client, site.events.url)) == ["Seminarium"]
    with time_machine.travel(at(2027, 1, 12, 16, 30), tick=False):
        assert titles(get(client, site.events.url)) == []


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        # The Sunday clocks go forward (28 March 2027) and back (31 October 2027).
        (
            datetime(2027, 3, 28, 10),
            datetime(2027, 3, 28, 15),
            "söndag 28 mars 2027, kl. 10.00–15.00",
        ),
        (
            datetime(2027, 10, 31, 1, 30),
            datetime(2027, 10, 31, 4),
            "söndag 31 oktober 2027, kl. 01.30–04.00",
        ),
    ],
)
def test_events_on_the_days_the_clocks_change_keep_their_wall_clock_times(
    client, site, start, end, text
):
    event = site.event((start, end), title="Klockbyte")
    with time_machine.travel(at(2027, 1, 1), tick=False):
        html = get(client, site.events.url + f"{event.slug}/")
    assert text in visible_text(html)
    stored = Event.objects.get(pk=event.pk).occurrences.get()
    assert timezone.localtime(stored.start).hour == start.hour


def test_a_multi_day_event_is_written_as_one_range(client, site):
    event = site.event((datetime(2027, 4, 30), datetime(2027, 5, 2), True), title="Tre dagar")
    with time_machine.travel(at(2027, 1, 1), tick=False):
        html = get(client, site.events.url + f"{event.slug}/")
    assert "fredag 30 april – söndag 2 maj 2027" in html


# --- what visitors never see ---------------------------------------------------------------------


def test_drafts_and_scheduled_events_are_public_nowhere(client, site, settings):
    draft = site.event(soon(5), title="Utkastet", publish=False)
    scheduled = site.event(soon(6), title="Det schemalagda", publish=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()  # publishing with a future go-live date schedules it
    scheduled.refresh_from_db()
    assert not scheduled.live and scheduled.scheduled_revision is not None

    listed = get(client, site.events.url)
    assert "Utkastet" not in listed and "Det schemalagda" not in listed
    for event in (draft, scheduled):
        assert client.get(site.events.url + f"{event.slug}/").status_code == 404
        assert client.get(site.events.url + f"{event.slug}.ics").status_code == 404
    calendar = client.get(site.events.url + "kalender.ics").content.decode()
    assert "Utkastet" not in calendar and "Det schemalagda" not in calendar
    assert f"/{draft.slug}/" not in get(client, "/sok/", q="Utkastet")
    assert f"/{scheduled.slug}/" not in get(client, "/sok/", q="schemalagda")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert draft.slug not in sitemap and scheduled.slug not in sitemap
    home = get(client, "/")
    assert "Utkastet" not in home and "Det schemalagda" not in home


def test_a_draft_change_to_a_published_event_stays_unpublished(client, site):
    event = site.event(soon(5), title="Publicerad titel")
    event.title = "Ändring i utkast"
    event.save_revision()
    html = get(client, site.events.url + f"{event.slug}/")
    assert "Publicerad titel" in html and "Ändring i utkast" not in html


# --- one event's page ----------------------------------------------------------------------------


def test_event_page_shows_status_format_price_and_registration(client, site):
    event = site.event(
        soon(10),
        title="Kurs i metoder",
        format=Event.Format.HYBRID,
        venue="Orkanen",
        address="Nordenskiöldsgatan 10, Malmö",
        online_link="https://example.org/sandning",
        registration_url="https://example.org/anmalan",
        registration_deadline=timezone.now() + timedelta(days=3),
        price=1200,
    )
    html = get(client, site.events.url + f"{event.slug}/")
    assert "På plats och digitalt" in html
    assert "Orkanen, Nordenskiöldsgatan 10, Malmö" in html
    assert "1\u00a0200 kr" in html
    assert 'href="https://example.org/anmalan">Anmäl dig</a>' in html
    assert f'href="{site.events.url}{event.slug}.ics"' in html


def test_registration_is_shown_as_closed_after_the_deadline(client, site):
    event = site.event(
        soon(10),
        registration_url="https://example.org/anmalan",
        registration_deadline=timezone.now() + timedelta(days=3),
    )
    with time_machine.travel(timezone.now() + timedelta(days=4)):
        html = get(client, site.events.url + f"{event.slug}/")
    assert "Anmälan stängde " in html
    assert "https://example.org/anmalan" not in html


def test_a_cancelled_event_says_so_first_and_offers_no_registration(client, site):
    event = site.event(
        soon(10), status=Event.Status.CANCELLED, registration_url="https://example.org/anmalan"
    )
    html = get(client, site.events.url + f"{event.slug}/")
    assert html.index("<strong>Inställt.</strong>") < html.index('class="facts event__facts"')
    assert "https://example.org/anmalan" not in html
    assert "Inställt" in get(client, site.events.url)


def test_a_moved_event_keeps_its_address_and_says_from_when_to_when(client, site):
    event = site.event((datetime(2027, 3, 9, 15), datetime(2027, 3, 9, 16, 30)), title="Flytten")
    url = site.events.url + f"{event.slug}/"
    event.status = Event.Status.MOVED
    event.moved_from = at(2027, 3, 2, 15)
    occurrence = event.occurrences.get()
    event.save_revision().publish()
    with time_machine.travel(at(2027, 1, 1), tick=False):
        html = get(client, url)
    assert Event.objects.get(pk=event.pk).occurrences.get().key == occurrence.key
    assert (
        "Flyttat från tisdag 2 mars 2027 kl. 15.00 till tisdag 9 mars 2027, kl. 15.00–16.30."
        in visible_text(html)
    )


def test_json_ld_describes_the_event(client, site):
    event = site.event(
        (datetime(2027, 4, 20, 9), datetime(2027, 4, 20, 16)),
        (datetime(2027, 4, 21, 9), datetime(2027, 4, 21, 15)),
        title="Summit",
        format=Event.Format.HYBRID,
        venue="Orkanen",
        address="Malmö",
        online_link="https://example.org/live",
        price=500,
        registration_url="https://example.org/anmalan",
        status=Event.Status.MOVED,
        moved_from=at(2027, 4, 1, 9),
    )
    with time_machine.travel(at(2027, 1, 1), tick=False):
        html = get(client, site.events.url + f"{event.slug}/")
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2027-04-20T09:00:00+02:00"
    assert data["endDate"] == "2027-04-21T15:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == "2027-04-01T09:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {place["@type"] for place in data["location"]} == {"Place", "VirtualLocation"}
    assert data["offers"]["price"] == 500 and data["offers"]["priceCurrency"] == "SEK"
    assert data["url"] == f"http://testserver{site.events.url}{event.slug}/"


def test_an_online_free_event_has_a_virtual_location_and_no_offer(client, site):
    event = site.event(soon(4), format=Event.Format.ONLINE, online_link="https://example.org/live")
    html = get(client, site.events.url + f"{event.slug}/")
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/live"}
    assert "offers" not in data
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


# --- addresses -----------------------------------------------------------------------------------


def test_a_node_event_has_one_canonical_page_on_its_node(client, site):
    event = site.event(soon(5), node="umea", title="Norrländskt")
    node_url = site.node_events["umea"].url + f"{event.slug}/"
    html = get(client, node_url)
    assert f'<link rel="canonical" href="http://testserver{node_url}">' in html
    response = client.get(site.events.url + f"{event.slug}/")
    assert response.status_code == 301 and response["Location"] == node_url
    # Another node's index does not answer for it.
    assert client.get(site.node_events["malmo"].url + f"{event.slug}/").status_code == 404
    # The national listing links straight to the node's page.
    assert f'href="{node_url}"' in get(client, site.events.url)


def test_a_changed_slug_leads_from_the_old_address_to_the_new(client, site):
    event = site.event(soon(5), title="Gammal titel", slug="gammal-adress")
    event.slug = "ny-adress"
    event.save_revision().publish()
    assert EventPreviousSlug.objects.filter(slug="gammal-adress", event=event).exists()
    response = client.get(site.events.url + "gammal-adress/")
    assert response.status_code == 301
    assert response["Location"] == site.events.url + "ny-adress/"
    assert client.get(site.events.url + "gammal-adress.ics").status_code == 200


def test_a_new_event_may_take_a_slug_another_event_left(client, site):
    first = site.event(soon(5), slug="delad")
    first.slug = "forsta"
    first.save_revision().publish()
    second = site.event(soon(6), slug="delad", title="Den andra")
    assert "Den andra" in get(client, site.events.url + "delad/")
    assert not EventPreviousSlug.objects.filter(slug="delad").exists()
    assert second.slug == "delad"


def test_slugs_are_made_from_titles_and_unique(site):
    first = site.event(soon(5), title="Öppet hus på Campus")
    second = site.event(soon(6), title="Öppet hus på Campus")
    assert first.slug == "oppet-hus-pa-campus"
    assert second.slug == "oppet-hus-pa-campus-2"


def test_sitemap_lists_each_event_once_at_its_canonical_address(client, site):
    national = site.event(soon(5))
    node = site.event(soon(6), node="malmo")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert sitemap.count(f"{site.events.url}{national.slug}/") == 1
    assert sitemap.count(f"/{node.slug}/</loc>") == 1
    assert f"{site.node_events['malmo'].url}{node.slug}/" in sitemap
    assert f"{site.events.url}tidigare/" in sitemap


# --- sections ------------------------------------------------------------------------------------


def test_upcoming_events_appear_on_home_hub_and_node_pages(client, site):
    site.event(soon(5), title="Nationellt möte")
    site.event(soon(6), title="Möte i Umeå", node="umea")
    site.event(soon(-6), title="Redan hållet")
    home, hub = get(client, site.home.url), get(client, site.hub.url)
    for html in (home, hub):
        assert titles(html) == ["Nationellt möte", "Möte i Umeå"]
        assert 'id="events-heading"' in html
    umea = get(client, site.nodes["umea"].root_page.url)
    assert titles(umea) == ["Möte i Umeå"]
    assert titles(get(client, site.nodes["malmo"].root_page.url)) == []


def test_the_events_section_is_left_out_when_nothing_is_coming(client, site):
    site.event(soon(-6), title="Redan hållet")
    assert 'id="events-heading"' not in get(client, site.home.url)


def test_search_finds_published_events_grouped_under_evenemang(client, site):
    event = site.event(soon(5), title="Tillitsseminarium i Malmö", node="malmo")
    site.event(soon(6), title="Tillitsseminarium som utkast", publish=False)
    html = get(client, "/sok/", q="Tillitsseminarium")
    assert ">Evenemang</h2>" in html  # the overview counts nothing (#14)
    assert f'href="{site.node_events["malmo"].url}{event.slug}/"' in html
    assert "som utkast" not in html
    only_events = get(client, "/sok/", q="Tillitsseminarium", typ="evenemang")
    assert 'aria-current="page">Evenemang (1)' in only_events


def test_a_draft_taking_an_old_slug_leaves_the_redirect_alone(client, site):
    event = site.event(soon(5), slug="gammal")
    event.slug = "ny"
    event.save_revision().publish()
    site.event(soon(6), slug="gammal", publish=False)
    response = client.get(site.events.url + "gammal/")
    assert response.status_code == 301
    assert response["Location"] == site.events.url + "ny/"


def test_an_event_renamed_while_unpublished_keeps_its_old_address(client, site):
    event = site.event(soon(5), slug="forst")
    event.unpublish()
    event = Event.objects.get(pk=event.pk)
    event.slug = "sedan"
    event.save()
    event.save_revision().publish()
    response = client.get(site.events.url + "forst/")
    assert response.status_code == 301
    assert response["Location"] == site.events.url + "sedan/"


def test_events_of_a_login_only_listing_still_have_their_address(client, site):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=site.events, restriction_type="login")
    site.event(soon(5), title="Bakom inloggning")
    html = get(client, site.home.url)
    assert 'href="None"' not in html
    assert f'href="{site.events.url}' in html


def test_the_archive_is_named_and_an_empty_listing_leads_to_it(client, site):
    site.event(soon(-3), title="Förra veckan")
    upcoming = get(client, site.events.url)
    assert "Inga kommande evenemang just nu." in upcoming
    assert f'<a href="{site.events.url}tidigare/">Se tidigare evenemang</a>' in upcoming
    archive = get(client, site.events.url + "tidigare/")
    assert '<h1 class="page-header__title">Tidigare evenemang</h1>' in archive
    assert "<title>Tidigare evenemang – " in archive
    node_archive = get(client, site.node_events["umea"].url + "tidigare/")
    assert '<h1 class="page-header__title">Tidigare evenemang med MSI Umeå</h1>' in node_archive
