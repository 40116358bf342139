"""What an event's page shows, for the page itself and for the admin preview."""

from django.utils import timezone

from wagtail.models import Site

from pages.breadcrumbs import trail_to
from pages.models import SiteSettings
from pages.templatetags.meta_tags import json_ld_script

from .event_dates import day_text, moment_text
from .event_schema import event_json_ld
from .models.event_index import canonical_index as find_canonical_index


def moved_from_text(event):
    """The date an event was first planned for, as the page says it."""
    moved_from = timezone.localtime(event.moved_from)
    if moved_from.hour == moved_from.minute == 0:
        return day_text(moved_from)
    return moment_text(moved_from)


def event_context(event, request, canonical_index=None):
    now = timezone.now()
    index = canonical_index or find_canonical_index(event)
    page_url = f"{index.get_url(request)}{event.slug}/" if index else ""
    full_url = f"{index.get_full_url(request)}{event.slug}/" if index else ""
    site = (Site.find_for_request(request) or index.get_site()) if index else None
    site_url = site.root_url + "/" if site else ""
    settings = SiteSettings.for_request(request)
    occurrences = event.occurrence_list
    contact = event.contact if event.contact and event.contact.live else None
    context = {
        "event": event,
        "occurrences": [(item, item.is_over(now)) for item in occurrences],
        "next_occurrence": event.next_occurrence(now),
        "is_over": event.is_over(now),
        "registration_open": event.registration_is_open(now),
        "registration_deadline_text": (
            moment_text(event.registration_deadline) if event.registration_deadline else ""
        ),
        "moved_from_text": moved_from_text(event) if event.moved_from else "",
        "themes": list(event.themes.all()),
        "contact": contact,
        "contact_list": [contact] if contact else [],
        "event_breadcrumbs": trail_to(index, request),
        "event_index": index,
        "event_url": page_url,
        "canonical_url": full_url,
        "ics_url": f"{page_url[:-1]}.ics" if page_url else "",
        "site_name": settings.organisation_name,
    }
    if occurrences and full_url:
        context["json_ld"] = json_ld_script(event_json_ld(event, full_url, site_url))
    return context
