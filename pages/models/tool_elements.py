"""The parts of MSI's two tools for change (docs/tools-for-change.md): the stages of the process
model and the factors of the orientation map. Content the national office edits: name, short
definition, guiding questions, an icon from a fixed set, references, and their order."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from pages.tool_icons import ICON_CHOICES, icon_path

from .taxonomy import OrderedTerm


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


class ToolElement(OrderedTerm):
    """A part of one of the tools, shown in its diagram, its list, its own page and the
    worksheet."""

    definition = models.TextField(_("kort definition"), blank=True, max_length=600)
    guiding_question = models.TextField(
        _("vägledande frågor"),
        blank=True,
        max_length=600,
        help_text=_("En fråga per rad. Frågorna visas på sidan och i arbetsbladet."),
    )
    icon = models.CharField(_("ikon"), max_length=20, blank=True, choices=ICON_CHOICES)
    references = models.TextField(
        _("referenser"),
        blank=True,
        max_length=2000,
        help_text=_("En referens per rad, t.ex. ”Hoffecker, E. (2019). …”."),
    )

    panels = [
        *OrderedTerm.panels,
        FieldPanel("definition"),
        FieldPanel("guiding_question"),
        FieldPanel("icon"),
        FieldPanel("references"),
    ]

    class Meta(OrderedTerm.Meta):
        abstract = True

    @property
    def questions(self):
        return lines(self.guiding_question)

    @property
    def reference_list(self):
        return lines(self.references)

    @property
    def icon_path(self):
        return icon_path(self.icon)


class ProcessStage(ToolElement):
    """One of the six stages of MSI's process model ("Hur skapas sociala innovationer?"), in
    order."""

    class Meta(ToolElement.Meta):
        verbose_name = _("steg i processmodellen")
        verbose_name_plural = _("steg i processmodellen")


class MapFactor(ToolElement):
    """A factor of the orientation map for societal change: what shapes a social innovation
    (actors and collaboration, support and resources, societal structures, …)."""

    class Meta(ToolElement.Meta):
        verbose_name = _("faktor i orienteringskartan")
        verbose_name_plural = _("faktorer i orienteringskartan")
