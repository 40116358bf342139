from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES

from .base import BasePage

DIGG_COMPLAINT_URL = "https://www.digg.se/tdosanmalan"


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("helt förenlig")
    PARTIAL = "partial", _("delvis förenlig")
    NONE = "none", _("inte förenlig")


class AccessibilityStatementPage(BasePage):
    """The accessibility statement Swedish law (DOS-lagen) requires, with DIGG's elements."""

    organisation_name = models.CharField(
        _("ansvarig organisation"),
        max_length=200,
        help_text=_("Den offentliga aktör som ansvarar för webbplatsen."),
    )
    service_name = models.CharField(_("webbplats eller tjänst"), max_length=200)
    compliance_status = models.CharField(
        _("förenlighet med kraven"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
    )
    known_problems = RichTextField(
        _("kända brister"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Innehåll som inte är tillgängligt, varför, och vad som görs åt det."),
    )
    disproportionate_burden = RichTextField(
        _("oskälig börda och undantag"), features=RICH_TEXT_FEATURES, blank=True
    )
    feedback = RichTextField(
        _("så meddelar du brister"),
        features=RICH_TEXT_FEATURES,
        help_text=_("E-post, telefon och hur snabbt besökaren kan räkna med svar."),
    )
    assessment_method = RichTextField(
        _("hur vi har testat webbplatsen"), features=RICH_TEXT_FEATURES
    )
    assessed_on = models.DateField(_("senast bedömd"))
    statement_updated_on = models.DateField(_("redogörelsen senast uppdaterad"))

    search_fields = [*BasePage.search_fields, index.SearchField("known_problems")]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("service_name"),
                FieldPanel("compliance_status"),
            ],
            heading=_("Status"),
        ),
        FieldPanel("known_problems"),
        FieldPanel("disproportionate_burden"),
        FieldPanel("feedback"),
        MultiFieldPanel(
            [
                FieldPanel("assessment_method"),
                FieldPanel("assessed_on"),
                FieldPanel("statement_updated_on"),
            ],
            heading=_("Bedömning"),
        ),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("tillgänglighetsredogörelse")
        verbose_name_plural = _("tillgänglighetsredogörelser")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["digg_complaint_url"] = DIGG_COMPLAINT_URL
        return context
