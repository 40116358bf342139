from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class NodeQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def containing(self, page):
        """The node whose tree holds `page` (its home page or anything below it)."""
        return self.filter(root_page__in=Page.objects.ancestor_of(page, inclusive=True))


class Node(models.Model):
    """A regional node: a university that runs MSI in its region. Adding one is data, not code."""

    name = models.CharField(_("namn"), max_length=100, unique=True, help_text=_("T.ex. Umeå."))
    short_name = models.CharField(
        _("kortnamn"), max_length=40, blank=True, help_text=_("T.ex. MSI Syd. Valfritt.")
    )
    slug = models.SlugField(_("adressnamn"), max_length=50, unique=True)
    host_university = models.CharField(_("värdlärosäte"), max_length=200)
    host_university_url = models.URLField(_("lärosätets webbplats"), blank=True)
    regions = models.CharField(
        _("region(er)"), max_length=200, help_text=_("Län eller regioner, kommaseparerade.")
    )
    active = models.BooleanField(
        _("aktiv"),
        default=True,
        help_text=_(
            "En nod som inte är aktiv syns inte i listor och menyer. "
            "Dess sidor finns kvar och märks som arkiverade."
        ),
    )
    root_page = models.OneToOneField(
        "nodes.NodeHomePage",
        verbose_name=_("nodens startsida"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="node",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("nodens bildsamling"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="node",
    )

    objects = NodeQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("host_university"),
        FieldPanel("host_university_url"),
        FieldPanel("regions"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("nod")
        verbose_name_plural = _("noder")

    def __str__(self):
        return self.name

    @property
    def editor_group_name(self):
        return f"Nod {self.name} – redaktörer"
