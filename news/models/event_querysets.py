"""What the event code asks of events and their occurrences, in one place.

An occurrence is *over* once its end has passed; an all-day occurrence (whose end is stored as
local midnight of its last day) at midnight Stockholm time after its last day. An event is
*upcoming* while any of its occurrences is not over, and *past* after that.
"""

from datetime import datetime, time, timedelta

from django.db import models
from django.db.models import Exists, Max, Min, OuterRef, Prefetch, Q
from django.utils import timezone

from wagtail.search.queryset import SearchableQuerySetMixin


def midnight(day):
    """Midnight in Stockholm at the start of `day` (a date), as an aware datetime."""
    return timezone.make_aware(datetime.combine(day, time.min))


def local_midnight(value):
    """Midnight in Stockholm at the start of the (Stockholm) day of `value`."""
    return midnight(timezone.localtime(value).date())


def start_of_today(now=None):
    """Midnight at the start of today in Stockholm."""
    return local_midnight(now or timezone.now())


def not_over(now=None, prefix=""):
    """A condition on occurrences (through `prefix`, e.g. "occurrences__") that are not over."""
    now = now or timezone.now()
    return Q(**{f"{prefix}all_day": False, f"{prefix}end__gt": now}) | Q(
        **{f"{prefix}all_day": True, f"{prefix}end__gte": start_of_today(now)}
    )


class OccurrenceQuerySet(models.QuerySet):
    def not_over(self, now=None):
        return self.filter(not_over(now))

    def in_month(self, year, month):
        """Occurrences that touch the month (Stockholm time)."""
        first = timezone.make_aware(datetime(year, month, 1))
        after = timezone.make_aware(datetime(year + month // 12, month % 12 + 1, 1))
        return self.filter(start__lt=after, end__gte=first)


class EventQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def visible(self):
        """What visitors may see: published events (a scheduled one is not live yet)."""
        return self.filter(live=True)

    def _has_occurrence(self, condition):
        from .event_occurrences import EventOccurrence

        return Exists(EventOccurrence.objects.filter(condition, event=OuterRef("pk")))

    def upcoming(self, now=None):
        """Events with an occurrence that is not over, soonest next occurrence first."""
        return (
            self.filter(self._has_occurrence(not_over(now)))
            .annotate(next_start=Min("occurrences__start", filter=not_over(now, "occurrences__")))
            .order_by("next_start", "pk")
        )

    def past(self, now=None):
        """Events whose every occurrence is over, the most recent first."""
        return (
            self.exclude(self._has_occurrence(not_over(now)))
            .filter(occurrences__isnull=False)
            .annotate(last_end=Max("occurrences__end"))
            .order_by("-last_end", "-pk")
        )

    def in_month(self, year, month):
        from .event_occurrences import EventOccurrence

        touching = EventOccurrence.objects.in_month(year, month).filter(event=OuterRef("pk"))
        return self.filter(Exists(touching))

    def for_calendar(self, now=None, keep_days=365):
        """Events with an occurrence that ended at most `keep_days` ago (or later)."""
        cutoff = (now or timezone.now()) - timedelta(days=keep_days)
        return self.filter(self._has_occurrence(Q(end__gte=cutoff))).order_by("pk")

    def for_cards(self):
        """With their node and occurrences (in time order): two queries in all."""
        from .event_occurrences import EventOccurrence

        return self.select_related("node").prefetch_related(
            Prefetch("occurrences", queryset=EventOccurrence.objects.order_by("start", "pk"))
        )
