from modelcluster.fields import ParentalManyToManyField

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.models import BasePage

from .node import Node
from .people import Person


class ContactPage(RoutablePageMixin, BasePage):
    """/kontakt/: the national office's contact people and every active node's (the people
    each node chose on its home page), and a feedback form that e-mails the office
    (nodes/feedback.py, docs/contact-page.md)."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("innehåll"))
    contacts = ParentalManyToManyField(
        "nodes.Person",
        verbose_name=_("det nationella kansliets kontaktpersoner"),
        blank=True,
        related_name="+",
    )
    feedback_to = models.EmailField(
        _("synpunkter skickas till"),
        help_text=_("Adressen som meddelanden från formuläret på sidan skickas till."),
    )
    feedback_intro = models.TextField(
        _("text före formuläret"),
        blank=True,
        max_length=600,
        help_text=_("T.ex. vad ni vill ha synpunkter på och när ni svarar."),
    )

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("contacts"),
        MultiFieldPanel(
            [FieldPanel("feedback_to"), FieldPanel("feedback_intro")],
            heading=_("Formulär för synpunkter"),
        ),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("kontaktsida")
        verbose_name_plural = _("kontaktsidor")

    def national_contacts(self):
        return self.contacts.filter(live=True).select_related("photo")

    def node_contacts(self):
        """[(node, [Person, …]), …] for every active node with a live home page."""
        people = Person.objects.filter(live=True).select_related("photo").order_by("name")
        nodes = (
            Node.objects.active()
            .filter(root_page__live=True)
            .select_related("root_page")
            .prefetch_related(Prefetch("root_page__contacts", queryset=people))
            .order_by("name")
        )
        return [(node, list(node.root_page.contacts.all())) for node in nodes]

    @path("")
    def contact(self, request):
        from ..feedback import contact_response

        return contact_response(self, request)

    @path("tack/", name="thanks")
    def thanks(self, request):
        from ..feedback import thanks_response

        return thanks_response(self, request)
