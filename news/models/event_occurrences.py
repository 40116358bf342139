"""One day or session of an event, with the key its calendar entry keeps for good."""

import uuid

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from news.event_dates import occurrence_text

from .event_querysets import OccurrenceQuerySet, local_midnight, start_of_today


class EventOccurrence(Orderable):
    """One day or session of an event. `key` is its permanent calendar identity (UID)."""

    event = ParentalKey("news.Event", on_delete=models.CASCADE, related_name="occurrences")
    key = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    start = models.DateTimeField(_("början"))
    end = models.DateTimeField(_("slut"))
    all_day = models.BooleanField(
        _("heldag"), default=False, help_text=_("Hela dagen, eller dagarna från början till slut.")
    )

    objects = OccurrenceQuerySet.as_manager()
    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")]

    class Meta(Orderable.Meta):
        verbose_name = _("tillfälle")
        verbose_name_plural = _("tillfällen")

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        if self.start is None or self.end is None:
            return
        if self.all_day:
            self.start, self.end = local_midnight(self.start), local_midnight(self.end)
        if self.end < self.start or (self.end == self.start and not self.all_day):
            raise ValidationError({"end": _("Slutet måste komma efter början.")})

    @property
    def text(self):
        return occurrence_text(self.start, self.end, self.all_day)

    def is_over(self, now=None):
        now = now or timezone.now()
        if self.all_day:
            return self.end < start_of_today(now)
        return self.end <= now
