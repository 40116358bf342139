from modelcluster.fields import ParentalManyToManyField

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.models import BasePage

from .node import Node


class NodeIndexPage(BasePage):
    """/noder/: the active nodes, with host university and region."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["nodes.NodeHomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("nodöversikt")
        verbose_name_plural = _("nodöversikter")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["nodes"] = (
            Node.objects.active()
            .filter(root_page__live=True)
            .select_related("root_page")
            .order_by("name")
        )
        return context


class NodeHomePage(BasePage):
    """A node's own start page; the node's editors own everything below it. Other apps add
    their sections to it (the node's news, events…) through pages.sections."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("innehåll"))
    contacts = ParentalManyToManyField(
        "nodes.Person",
        verbose_name=_("kontaktpersoner"),
        blank=True,
        related_name="+",
    )

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("contacts")]

    parent_page_types = ["nodes.NodeIndexPage"]
    subpage_types = ["pages.StandardPage", "news.NewsIndexPage", "news.EventIndexPage"]

    class Meta:
        verbose_name = _("nodens startsida")
        verbose_name_plural = _("nodernas startsidor")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from nodes.tree import nodes_by_path  # the shared list of nodes: no query

        context["node"] = nodes_by_path().get(self.path)
        context["contacts"] = self.contacts.filter(live=True).select_related("photo")
        return context
