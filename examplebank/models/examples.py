"""The example bank's examples: a node-owned snippet (docs/examplebank.md)."""

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
    PublishingPanel,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from examplebank.blocks import ExampleLinksBlock
from nodes.models import NodeOwned
from pages.blocks import BodyBlock
from pages.listing import with_images
from pages.slugs import unique_slug

from .example_forms import ExampleForm

# Paths the example bank answers itself; no example may take them as its slug.
RESERVED_SLUGS = frozenset({"foresla", "export", "tack", "data"})
FIRST_YEAR = 1900
LAST_YEAR = 2100


def validate_example_slug(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("Adressen ”%(slug)s” används av exempelbanken. Välj en annan."),
            params={"slug": value},
        )


class ExampleQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def visible(self):
        """Published examples: what the public bank, search and exports show."""
        return self.filter(live=True)

    def for_cards(self):
        """What a card shows: the node, the region and the image with its renditions."""
        return with_images(self.select_related("node", "region", "level"))


class Example(
    WorkflowMixin,
    DraftStateMixin,
    RevisionMixin,
    LockableMixin,
    PreviewableMixin,
    index.Indexed,
    NodeOwned,
    ClusterableModel,
):
    class Status(models.TextChoices):
        IDEA = "ide", _("Idé")
        PILOT = "pilot", _("Pilot")
        ESTABLISHED = "etablerad", _("Etablerad")
        SPREAD = "spridd", _("Spridd")
        ENDED = "avslutad", _("Avslutad")

    base_form_class = ExampleForm

    name = models.CharField(_("namn"), max_length=200)
    slug = models.SlugField(
        _("adressnamn"),
        max_length=100,
        unique=True,
        blank=True,
        validators=[validate_example_slug],
        help_text=_(
            "Sista delen av webbadressen, t.ex. /exempelbanken/fritidsbanken/. Lämna tomt så "
            "skapas den av namnet. Ändra den inte när exemplet väl är publicerat."
        ),
    )
    summary = models.TextField(
        _("sammanfattning"),
        max_length=400,
        help_text=_("En eller två meningar: vilket samhällsbehov möts, och hur."),
    )
    description = StreamField(BodyBlock(), blank=True, verbose_name=_("beskrivning"))
    organisations = models.CharField(
        _("organisationer"),
        max_length=300,
        blank=True,
        help_text=_("Vem som driver det. Flera skiljs med kommatecken."),
    )
    municipality = models.CharField(_("kommun eller ort"), max_length=100, blank=True)
    region = models.ForeignKey(
        "pages.Region",
        verbose_name=_("län"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Lämna tomt om exemplet finns i hela landet."),
    )
    year_started = models.PositiveSmallIntegerField(
        _("startår"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ESTABLISHED
    )
    sectors = ParentalManyToManyField(
        "pages.Sector", verbose_name=_("sektorer"), blank=True, related_name="+"
    )
    themes = ParentalManyToManyField(
        "pages.Theme", verbose_name=_("teman"), blank=True, related_name="+"
    )
    goals = ParentalManyToManyField(
        "pages.SustainableDevelopmentGoal",
        verbose_name=_("globala mål"),
        blank=True,
        related_name="+",
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
    level = models.ForeignKey(
        "pages.Level",
        verbose_name=_("nivå"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    links = StreamField(ExampleLinksBlock(), blank=True, verbose_name=_("länkar"))
    image = models.ForeignKey(
        "pages.CustomImage",
        verbose_name=_("bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("bildens alternativtext"),
        max_length=250,
        blank=True,
        help_text=_("Vad bilden visar, för den som inte ser den. Krävs när en bild är vald."),
    )
    contact = models.ForeignKey(
        "nodes.Person",
        verbose_name=_("kontaktperson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(
        _("källa"),
        max_length=200,
        blank=True,
        help_text=_(
            "Var exemplet kommer ifrån: en nod, ett program eller en publikation, t.ex. "
            "”100 sociala innovationer (2017)”."
        ),
    )
    featured = models.BooleanField(
        _("utvalt"),
        default=False,
        help_text=_("Visas bland utvalda exempel på startsidan. Sätts av nationella kansliet."),
    )

    objects = ExampleQuerySet.as_manager()

    panels = [
        TitleFieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("node"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("organisations"),
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("year_started"), FieldPanel("status")]),
            ],
            heading=_("Vem, var och när"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("factors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("level"),
                FieldPanel("goals", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Indelning"),
            help_text=_(
                "Styr filtren i exempelbanken och vilka exempel som visas som relaterade."
            ),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Bild")),
        FieldPanel("links"),
        FieldPanel("contact"),
        FieldPanel("source"),
        InlinePanel(
            "related_pages",
            heading=_("Relaterade publikationer och nyheter"),
            label=_("Sida"),
        ),
        FieldPanel("featured"),
        PublishingPanel(),
    ]
    search_fields = [
        *NodeOwned.search_fields,
        index.FilterField("live"),
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("organisations"),
        index.SearchField("municipality"),
        index.SearchField("source"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("exempel")
        verbose_name_plural = _("exempel")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = unique_slug(self, slugify(self.name)[:90] or "exempel", RESERVED_SLUGS)
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Beskriv bilden för den som inte ser den.")})

    @property
    def title(self):
        """The name, where a page would have a title (breadcrumbs, search hits)."""
        return self.name

    @property
    def place(self):
        """ "Malmö, Skåne län", or whichever part is known."""
        parts = [self.municipality, self.region.name if self.region_id else ""]
        return ", ".join(part for part in parts if part)

    @property
    def organisation_list(self):
        return [name.strip() for name in self.organisations.split(",") if name.strip()]

    def get_preview_template(self, request, mode_name):
        return "pages/examplebank/example_page.html"

    def get_preview_context(self, request, mode_name):
        from examplebank.detail import example_context

        return {
            **super().get_preview_context(request, mode_name),
            **example_context(self, request),
        }


class ExampleRelatedPage(Orderable):
    """A publication or news article about an example (named by string: news is a sibling)."""

    example = ParentalKey(Example, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("sida"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", page_type=["news.PublicationPage", "news.NewsArticlePage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("relaterad sida")
        verbose_name_plural = _("relaterade sidor")
