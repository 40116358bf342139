from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Theme(index.Indexed, models.Model):
    """A theme MSI works with (tema). Shared by news, publications, events and examples."""

    name = models.CharField(_("namn"), max_length=100, unique=True)
    slug = models.SlugField(
        _("adressnamn"),
        max_length=100,
        unique=True,
        allow_unicode=False,
        help_text=_("Används i filteradresser och flöden, t.ex. ?tema=digital-inkludering."),
    )
    description = models.TextField(
        _("beskrivning"),
        blank=True,
        max_length=600,
        help_text=_("En eller två meningar om vad temat omfattar."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("tema")
        verbose_name_plural = _("teman")

    def __str__(self):
        return self.name
