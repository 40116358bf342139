"""Old addresses of events, so a changed slug never breaks a link (docs/events.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventPreviousSlug(models.Model):
    """An address a published event had before its slug changed; it leads to the event."""

    event = models.ForeignKey(
        "news.Event", on_delete=models.CASCADE, related_name="previous_slugs"
    )
    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        verbose_name = _("tidigare adress")
        verbose_name_plural = _("tidigare adresser")

    def __str__(self):
        return self.slug
