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


class OrderedTerm(models.Model):
    """A term of a short, fixed vocabulary, shown in its own order. Seeded by a migration
    (pages/migrations/0006_taxonomies.py); editors may reword the name, not the slug."""

    name = models.CharField(_("namn"), max_length=100, unique=True)
    slug = models.SlugField(
        _("adressnamn"),
        max_length=100,
        unique=True,
        help_text=_("Används i filteradresser. Ändra inte: sparade länkar slutar annars fungera."),
    )
    sort_order = models.PositiveSmallIntegerField(_("ordning"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Sector(OrderedTerm):
    """Offentlig sektor, civilsamhälle, näringsliv, akademi."""

    class Meta(OrderedTerm.Meta):
        verbose_name = _("sektor")
        verbose_name_plural = _("sektorer")


class Level(OrderedTerm):
    """Where a social innovation works: gräsrot, samhälle, system."""

    class Meta(OrderedTerm.Meta):
        verbose_name = _("nivå")
        verbose_name_plural = _("nivåer")


class SustainableDevelopmentGoal(models.Model):
    """One of the 17 goals of Agenda 2030, seeded by a migration and not editable."""

    number = models.PositiveSmallIntegerField(_("nummer"), unique=True)
    name = models.CharField(_("namn"), max_length=100, unique=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("globalt mål")
        verbose_name_plural = _("globala mål")

    def __str__(self):
        return f"{self.number}. {self.name}"


class Region(models.Model):
    """One of Sweden's 21 regions (län), by its official code; seeded, not editable."""

    code = models.CharField(_("länskod"), max_length=2, unique=True)
    name = models.CharField(_("namn"), max_length=100, unique=True)
    slug = models.SlugField(_("adressnamn"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("län")
        verbose_name_plural = _("län")

    def __str__(self):
        return self.name
