from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from .owned import NodeOwned


class Person(
    DraftStateMixin, RevisionMixin, LockableMixin, PreviewableMixin, index.Indexed, NodeOwned
):
    """A contact person, shown on node pages and standard pages."""

    name = models.CharField(_("namn"), max_length=120)
    role = models.CharField(_("roll"), max_length=160, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    photo = models.ForeignKey(
        "pages.CustomImage",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("node"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Kontakt")),
        FieldPanel("photo"),
    ]
    search_fields = [
        *NodeOwned.search_fields,
        index.FilterField("live"),
        index.SearchField("name"),
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("personer")

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "pages/nodes/person_preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "people": [self]}
