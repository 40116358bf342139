from modelcluster.fields import ParentalManyToManyField

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import StandardBodyBlock

from .base import BasePage


class StandardPage(BasePage):
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("innehåll"))
    contacts = ParentalManyToManyField(
        "nodes.Person",
        verbose_name=_("kontaktpersoner"),
        blank=True,
        related_name="+",
        help_text=_("Visas under rubriken Kontaktpersoner."),
    )

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("contacts")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage", "nodes.NodeHomePage"]
    subpage_types = ["pages.StandardPage", "pages.ToolPage"]
    show_in_menus_default = True

    class Meta:
        verbose_name = _("standardsida")
        verbose_name_plural = _("standardsidor")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = self.contacts.filter(live=True).select_related("photo")
        return context
