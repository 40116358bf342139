"""When event pages change by themselves (news/event_times.py), for the page cache: an
all-day occurrence is over at the midnight after its last day."""

from datetime import datetime, time, timedelta

import pytest

from django.utils import timezone

from news.event_times import next_event_moment
from news.models import Event, EventOccurrence

pytestmark = pytest.mark.django_db


def test_an_all_day_event_changes_the_pages_at_the_midnight_after_its_last_day(demo):
    today = timezone.localdate()
    midnight = timezone.make_aware(datetime.combine(today, time.min))
    tonight = midnight + timedelta(days=1)
    now = tonight - timedelta(seconds=20)  # nothing else happens in the last 20 seconds
    EventOccurrence.objects.filter(start__gt=now, start__lt=tonight).delete()
    Event.objects.filter(registration_deadline__gt=now, registration_deadline__lt=tonight).update(
        registration_deadline=None
    )
    event = Event.objects.create(
        title="Heldag", slug="heldag", summary="Hela dagen.", live=True, sequence=1
    )
    EventOccurrence.objects.create(event=event, start=midnight, end=midnight, all_day=True)
    assert next_event_moment(now) == tonight
    assert not event.occurrences.get().is_over(now)
    assert event.occurrences.get().is_over(tonight)
