"""A visitor's suggestion of an example: the sender's address, kept apart from the example it
became and deleted a set time after the review (docs/examplebank.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExampleSuggestion(models.Model):
    example = models.OneToOneField(
        "examplebank.Example",
        verbose_name=_("exempel"),
        on_delete=models.CASCADE,
        related_name="suggestion",
    )
    email = models.EmailField(_("avsändarens e-post"), blank=True)
    consent_text = models.TextField(_("samtycke som godkändes"))
    submitted_at = models.DateTimeField(_("inskickat"), auto_now_add=True)
    reviewed_at = models.DateTimeField(
        _("granskat"),
        null=True,
        blank=True,
        help_text=_("När förslaget godkändes eller avslogs; adressen raderas en tid därefter."),
    )

    class Meta:
        verbose_name = _("förslag")
        verbose_name_plural = _("förslag")

    def __str__(self):
        return str(self.example)
