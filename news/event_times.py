"""When the event pages change by themselves: the next start or end of an occurrence (an
all-day one ends at the midnight after its last day), or the next registration deadline,
after `now` (for the page cache, docs/page-cache.md)."""

from datetime import datetime, time, timedelta

from django.db.models import Min
from django.utils import timezone

from .models import Event, EventOccurrence


def day_after(moment):
    """Local midnight at the end of `moment`'s local day: when an all-day occurrence whose last
    day that is is over (EventOccurrence.is_over)."""
    day = timezone.localtime(moment).date() + timedelta(days=1)
    return timezone.make_aware(datetime.combine(day, time.min))


def next_event_moment(now):
    live = EventOccurrence.objects.filter(event__live=True)
    all_day_end = (
        live.filter(all_day=True, end__gt=now - timedelta(days=2))
        .order_by("end")
        .values_list("end", flat=True)[:100]
    )
    moments = [
        live.filter(start__gt=now).aggregate(at=Min("start"))["at"],
        live.filter(end__gt=now).aggregate(at=Min("end"))["at"],
        next((day_after(end) for end in all_day_end if day_after(end) > now), None),
        Event.objects.filter(live=True, registration_deadline__gt=now).aggregate(
            at=Min("registration_deadline")
        )["at"],
    ]
    return min((at for at in moments if at), default=None)
