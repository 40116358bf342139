"""When the event pages change by themselves: the next start or end of an occurrence, or the
next registration deadline, after `now` (for the page cache, docs/page-cache.md)."""

from django.db.models import Min

from .models import Event, EventOccurrence


def next_event_moment(now):
    live = EventOccurrence.objects.filter(event__live=True)
    moments = [
        live.filter(start__gt=now).aggregate(at=Min("start"))["at"],
        live.filter(end__gt=now).aggregate(at=Min("end"))["at"],
        Event.objects.filter(live=True, registration_deadline__gt=now).aggregate(
            at=Min("registration_deadline")
        )["at"],
    ]
    return min((at for at in moments if at), default=None)
