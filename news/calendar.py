"""iCalendar (RFC 5545) files: one per event ("Lägg till i kalendern") and subscribable calendars
per event index and theme. Written with the `icalendar` library; see docs/events.md.

Each occurrence is its own VEVENT whose UID comes from the occurrence's stored key, so calendar
apps keep every day of a two-day conference and recognise an event whose title, address or date
changed. SEQUENCE is the event's count of published changes. Times carry TZID=Europe/Stockholm
with its VTIMEZONE; all-day occurrences are dates, their DTEND the day after the last day.
"""

from datetime import datetime, timedelta

from icalendar import (
    Calendar,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vDuration,
    vRecur,
)
from icalendar import Event as VEvent

from django.http import HttpResponse
from django.utils import timezone

from .models import Event
from .models.event_index import attach_event_urls

PRODID = "-//Mötesplats Social Innovation//socialinnovation.se//SV"
UID_DOMAIN = "socialinnovation.se"
TZID = "Europe/Stockholm"
REFRESH = timedelta(hours=6)


def stockholm_vtimezone():
    """Europe/Stockholm by its rules (EU summer time since 1996), as tzurl.org publishes it:
    two lines of RRULE instead of a list of dates that ends."""
    timezone_component = Timezone()
    timezone_component.add("tzid", TZID)
    for kind, name, start, month, offset_from, offset_to in (
        (TimezoneDaylight, "CEST", datetime(1970, 3, 29, 2), 3, 1, 2),
        (TimezoneStandard, "CET", datetime(1970, 10, 25, 3), 10, 2, 1),
    ):
        part = kind()
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", vRecur(freq="YEARLY", bymonth=month, byday="-1SU"))
        part.add("tzoffsetfrom", timedelta(hours=offset_from))
        part.add("tzoffsetto", timedelta(hours=offset_to))
        timezone_component.add_component(part)
    return timezone_component


def uid(occurrence):
    return f"{occurrence.key}@{UID_DOMAIN}"


def occurrence_times(occurrence):
    """(DTSTART, DTEND) values: local wall-clock times with their zone, or whole dates."""
    start, end = timezone.localtime(occurrence.start), timezone.localtime(occurrence.end)
    if occurrence.all_day:
        return start.date(), end.date() + timedelta(days=1)
    return start, end


def location(event):
    if event.format == event.Format.ONLINE:
        return event.online_link or "Digitalt"
    place = ", ".join(part for part in (event.venue, event.address) if part)
    if event.format == event.Format.HYBRID and event.online_link:
        return f"{place} / {event.online_link}" if place else event.online_link
    return place


STATUS = {
    Event.Status.PLANNED: "CONFIRMED",
    Event.Status.PRELIMINARY: "TENTATIVE",
    Event.Status.CANCELLED: "CANCELLED",
    Event.Status.MOVED: "CONFIRMED",
}


def vevent(event, occurrence, url, now):
    item = VEvent()
    stamp = event.last_published_at or now
    item.add("uid", uid(occurrence))
    item.add("dtstamp", stamp)
    item.add("last-modified", stamp)
    if event.first_published_at:
        item.add("created", event.first_published_at)
    item.add("sequence", event.sequence)
    start, end = occurrence_times(occurrence)
    item.add("dtstart", start)
    item.add("dtend", end)
    prefix = "INSTÄLLT: " if event.is_cancelled else ""
    item.add("summary", prefix + event.title)
    item.add("description", f"{event.summary}\n\n{url}")
    item.add("url", url)
    item.add("status", STATUS[event.status])
    if place := location(event):
        item.add("location", place)
    if themes := [theme.name for theme in event.themes.all()]:
        item.add("categories", themes)
    return item


def build_calendar(events, *, name, url_of, now=None, keep_days=365):
    """A calendar of every occurrence of `events`, without those that ended more than
    `keep_days` ago (all of them if None). `url_of(event)` gives an event's page."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=keep_days) if keep_days is not None else None
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZID)
    calendar.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    calendar.add_component(stockholm_vtimezone())
    for event in events:
        for occurrence in event.occurrence_list:
            if cutoff is None or occurrence.end >= cutoff:
                calendar.add_component(vevent(event, occurrence, url_of(event), now))
    return calendar


def calendar_response(request, events, *, name, index, filename=None, keep_days=365):
    """An .ics response: a download when `filename` is given, else a subscribable feed."""
    if keep_days is not None:
        events = events.for_calendar(keep_days=keep_days)
    events = list(events.for_cards().prefetch_related("themes"))
    events = attach_event_urls(events, request, full=True)
    fallback = index.get_full_url(request)
    if "MSI" not in name and "Mötesplats Social Innovation" not in name:
        name = f"MSI: {name}"  # among a visitor's other calendars
    calendar = build_calendar(
        events, name=name, url_of=lambda event: event.url or fallback, keep_days=keep_days
    )
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
