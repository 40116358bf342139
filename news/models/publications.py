from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.listing import ListingPageMixin
from pages.models import BasePage
from pages.querysets import BasePageManager

from .querysets import PublicationQuerySet


class PublicationIndexPage(ListingPageMixin, BasePage):
    """/aktuellt/publikationer/: every publication, newest first, filtered by type, theme, year."""

    per_page = 20
    parent_page_types = ["news.StoriesHubPage"]
    subpage_types = ["news.PublicationPage"]
    item_model = "news.PublicationPage"
    max_count = 1

    class Meta:
        verbose_name = _("publikationslista")
        verbose_name_plural = _("publikationslistor")

    objects = BasePageManager()

    def publications(self):
        return PublicationPage.objects.live_public().descendant_of(self).newest_first()

    @property
    def filterset_class(self):
        from news.filters import PublicationFilterSet

        return PublicationFilterSet

    def listing_queryset(self):
        return self.publications()

    def card_queryset(self, queryset):
        return queryset.select_related("document")


class PublicationPage(BasePage):
    """A publication as accessible HTML (the summary), with the PDF alongside."""

    objects = BasePageManager.from_queryset(PublicationQuerySet)()

    class PublicationType(models.TextChoices):
        REPORT = "rapport", _("Rapport")
        BOOK = "bok", _("Bok")
        HANDBOOK = "handbok", _("Handbok")
        BUSINESS_PLAN = "verksamhetsplan", _("Verksamhetsplan")
        POLICY_BRIEF = "policy-brief", _("Policy brief")
        ARTICLE = "artikel", _("Artikel")
        OTHER = "ovrigt", _("Övrigt")

    class Language(models.TextChoices):
        SWEDISH = "sv", _("Svenska")
        ENGLISH = "en", _("Engelska")

    year = models.PositiveSmallIntegerField(
        _("utgivningsår"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    publication_type = models.CharField(
        _("typ"), max_length=20, choices=PublicationType.choices, default=PublicationType.REPORT
    )
    authors = models.CharField(
        _("författare"),
        max_length=300,
        blank=True,
        help_text=_("Personer eller organisationer, t.ex. ”Ramboll Management Consulting”."),
    )
    publisher = models.CharField(
        _("utgivare eller beställare"),
        max_length=300,
        blank=True,
        help_text=_("T.ex. ”Mötesplats Social Innovation på uppdrag av Svenska ESF-rådet”."),
    )
    project = models.CharField(
        _("projekt"),
        max_length=200,
        blank=True,
        help_text=_("Projektet publikationen hör till, om någon."),
    )
    language = models.CharField(
        _("språk"), max_length=5, choices=Language.choices, default=Language.SWEDISH
    )
    document = models.ForeignKey(
        "pages.CustomDocument",
        verbose_name=_("dokument (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Hela publikationen. Format och storlek visas i länktexten."),
    )
    other_language_edition = models.ForeignKey(
        "self",
        verbose_name=_("utgåva på annat språk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("sammanfattning"),
        help_text=_(
            "Publikationens innehåll i korthet, som webbtext. Det är det tillgängliga "
            "alternativet till PDF:en, så ta med slutsatserna."
        ),
    )
    themes = ParentalManyToManyField(
        "pages.Theme", verbose_name=_("teman"), blank=True, related_name="+"
    )
    stages = ParentalManyToManyField(
        "pages.ProcessStage",
        verbose_name=_("steg i processmodellen"),
        blank=True,
        related_name="+",
    )
    factors = ParentalManyToManyField(
        "pages.MapFactor",
        verbose_name=_("faktorer i orienteringskartan"),
        blank=True,
        related_name="+",
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.FilterField("year"),
        index.FilterField("publication_type"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("publication_type"),
                FieldPanel("language"),
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldPanel("project"),
            ],
            heading=_("Om publikationen"),
        ),
        FieldPanel("document"),
        PageChooserPanel("other_language_edition", "news.PublicationPage"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("factors", widget=forms.CheckboxSelectMultiple),
    ]

    parent_page_types = ["news.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publikation")
        verbose_name_plural = _("publikationer")

    @property
    def card_meta(self):
        return f"{self.get_publication_type_display()}, {self.year}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = list(self.themes.all())
        context["other_edition"] = self.public_other_edition()
        return context

    def public_other_edition(self):
        """The other-language edition, when visitors may see it (live and not private)."""
        if self.other_language_edition_id is None:
            return None
        editions = PublicationPage.objects.live_public()
        return editions.filter(pk=self.other_language_edition_id).first()
