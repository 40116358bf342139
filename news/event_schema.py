"""schema.org Event data for an event page (https://schema.org/Event)."""

from django.utils import timezone

from .models import Event

STATUS = {
    Event.Status.PLANNED: "https://schema.org/EventScheduled",
    Event.Status.PRELIMINARY: "https://schema.org/EventScheduled",
    Event.Status.CANCELLED: "https://schema.org/EventCancelled",
    Event.Status.MOVED: "https://schema.org/EventRescheduled",
}
ATTENDANCE = {
    Event.Format.ON_SITE: "https://schema.org/OfflineEventAttendanceMode",
    Event.Format.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Event.Format.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}
LANGUAGES = {
    Event.Language.SWEDISH: "sv",
    Event.Language.ENGLISH: "en",
    Event.Language.BOTH: ["sv", "en"],
}


def iso(value, all_day=False):
    value = timezone.localtime(value)
    return value.date().isoformat() if all_day else value.isoformat()


def locations(event):
    place = {"@type": "Place", "name": event.venue or event.address, "address": event.address}
    virtual = {"@type": "VirtualLocation", "url": event.online_link}
    found = []
    if event.format != Event.Format.ONLINE and (event.venue or event.address):
        found.append({key: value for key, value in place.items() if value})
    if event.format != Event.Format.ON_SITE and event.online_link:
        found.append(virtual)
    return found[0] if len(found) == 1 else found


def event_json_ld(event, url, site_url):
    """The event as schema.org data; `url` is its page, `site_url` the organiser's site."""
    occurrences = event.occurrence_list
    first, last = occurrences[0], occurrences[-1]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": url,
        "startDate": iso(first.start, first.all_day),
        "endDate": iso(last.end, last.all_day),
        "eventStatus": STATUS[event.status],
        "eventAttendanceMode": ATTENDANCE[event.format],
        "location": locations(event),
        "inLanguage": LANGUAGES[event.language],
        "organizer": {"@type": "Organization", "name": event.organiser_name},
        "about": [theme.name for theme in event.themes.all()],
    }
    if not event.organiser:  # MSI itself
        data["organizer"]["url"] = site_url
    if event.status == Event.Status.MOVED and event.moved_from:
        data["previousStartDate"] = iso(event.moved_from)
    if event.price is not None:
        offer = {
            "@type": "Offer",
            "price": event.price,
            "priceCurrency": "SEK",
            "url": event.registration_url or url,
        }
        if event.registration_deadline:
            offer["validThrough"] = iso(event.registration_deadline)
        data["offers"] = offer
    return {key: value for key, value in data.items() if value}
