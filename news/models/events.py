"""Events: a node-owned snippet with one or more occurrences (docs/events.md)."""

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PublishingPanel,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from news.blocks import EventDocumentationBlock
from nodes.models import NodeOwned
from pages.blocks import BodyBlock
from pages.slugs import unique_slug

from .event_forms import EventForm, OccurrencesPanel
from .event_querysets import EventQuerySet
from .event_slugs import EventPreviousSlug

# Paths an event index answers itself; no event may take them as its slug.
RESERVED_SLUGS = frozenset({"tidigare", "kalender"})


def validate_event_slug(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("Adressen ”%(slug)s” används av evenemangslistan. Välj en annan."),
            params={"slug": value},
        )


class Event(
    DraftStateMixin,
    RevisionMixin,
    LockableMixin,
    PreviewableMixin,
    index.Indexed,
    NodeOwned,
    ClusterableModel,
):
    class Status(models.TextChoices):
        PLANNED = "planerat", _("Planerat")
        PRELIMINARY = "preliminart", _("Preliminärt datum")
        CANCELLED = "installt", _("Inställt")
        MOVED = "flyttat", _("Flyttat")

    class Format(models.TextChoices):
        ON_SITE = "pa-plats", _("På plats")
        ONLINE = "digitalt", _("Digitalt")
        HYBRID = "hybrid", _("På plats och digitalt")

    class Language(models.TextChoices):
        SWEDISH = "sv", _("Svenska")
        ENGLISH = "en", _("Engelska")
        BOTH = "sv-en", _("Svenska och engelska")

    base_form_class = EventForm

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(
        _("adressnamn"),
        max_length=100,
        unique=True,
        blank=True,
        validators=[validate_event_slug],
        help_text=_(
            "Sista delen av webbadressen, t.ex. /aktuellt/evenemang/summit-2027/. Lämna tomt "
            "så skapas den av titeln. Ändras den leder den gamla adressen hit."
        ),
    )
    summary = models.TextField(
        _("sammanfattning"),
        max_length=400,
        help_text=_("En eller två meningar om vad evenemanget är och vem det är för."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("beskrivning"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    moved_from = models.DateTimeField(
        _("tidigare datum"),
        null=True,
        blank=True,
        help_text=_(
            "Bara för flyttade evenemang: när det först skulle ha hållits. "
            "Sidan visar då ”Flyttat från … till …”."
        ),
    )
    format = models.CharField(
        _("form"), max_length=20, choices=Format.choices, default=Format.ON_SITE
    )
    venue = models.CharField(
        _("plats"), max_length=200, blank=True, help_text=_("T.ex. Orkanen, Malmö universitet.")
    )
    address = models.CharField(_("adress"), max_length=300, blank=True)
    online_link = models.URLField(
        _("länk till sändningen"),
        blank=True,
        help_text=_("Zoom, Teams eller en sändning. Visas på sidan och i kalenderfilen."),
    )
    registration_url = models.URLField(_("länk till anmälan"), blank=True)
    registration_deadline = models.DateTimeField(
        _("anmälan stänger"),
        null=True,
        blank=True,
        help_text=_("Datum och klockslag. Efter det visas anmälan som stängd."),
    )
    price = models.PositiveIntegerField(
        _("pris i kronor"),
        null=True,
        blank=True,
        help_text=_("Lämna tomt om evenemanget är kostnadsfritt."),
    )
    price_note = models.CharField(
        _("om priset"),
        max_length=200,
        blank=True,
        help_text=_("T.ex. ”inklusive lunch” eller ”studenter gratis”."),
    )
    language = models.CharField(
        _("språk"), max_length=5, choices=Language.choices, default=Language.SWEDISH
    )
    themes = ParentalManyToManyField(
        "pages.Theme", verbose_name=_("teman"), blank=True, related_name="+"
    )
    organiser = models.CharField(
        _("arrangör"),
        max_length=200,
        blank=True,
        help_text=_("Lämna tomt för MSI (noden eller nationella kansliet)."),
    )
    contact = models.ForeignKey(
        "nodes.Person",
        verbose_name=_("kontaktperson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    documentation = StreamField(
        EventDocumentationBlock(),
        blank=True,
        verbose_name=_("dokumentation"),
        help_text=_("Läggs till efteråt: inspelning, presentationer, rapport, en nyhet."),
    )
    sequence = models.PositiveIntegerField(
        _("publicerade ändringar"),
        default=0,
        editable=False,
        help_text=_("Räknas upp vid varje publicering, så att kalenderappar uppdaterar."),
    )

    objects = EventQuerySet.as_manager()

    panels = [
        TitleFieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("node"),
        FieldPanel("summary"),
        OccurrencesPanel(
            "occurrences",
            heading=_("Tider"),
            label=_("Tillfälle"),
            help_text=_(
                "Ett tillfälle per dag eller pass. Tider anges i svensk tid. Ett tillfälle "
                "som varar hela dagen: kryssa i ”Heldag”, klockslagen räknas då inte."
            ),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("moved_from")], heading=_("Status")),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("online_link"),
                FieldPanel("language"),
            ],
            heading=_("Plats och form"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("registration_url"), FieldPanel("registration_deadline")]
                ),
                FieldRowPanel([FieldPanel("price"), FieldPanel("price_note")]),
            ],
            heading=_("Anmälan och pris"),
        ),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("organiser"), FieldPanel("contact")], heading=_("Arrangör")),
        FieldPanel("documentation"),
        PublishingPanel(),
    ]
    search_fields = [
        *NodeOwned.search_fields,
        index.FilterField("live"),
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("evenemang")
        verbose_name_plural = _("evenemang")

    def __str__(self):
        return self.title

    # --- validation and saving --------------------------------------------------------------
    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = unique_slug(self, slugify(self.title)[:90] or "evenemang", RESERVED_SLUGS)
        if self.status == self.Status.MOVED and not self.moved_from:
            raise ValidationError(
                {"moved_from": _("Ange när evenemanget först skulle ha hållits.")}
            )

    def save(self, *args, **kwargs):
        """Count each publication (a new live revision) for the calendar's SEQUENCE, from the
        stored count, so publishing an older draft never lowers it; and let the old address of
        an event that has been public lead to the new one when the slug changes. A slug is
        taken over from an old address only by a published event, never by a draft."""
        update_fields = kwargs.get("update_fields")
        before = None
        if self.pk and update_fields is None:
            before = (
                Event.objects.filter(pk=self.pk)
                .values("live", "live_revision_id", "slug", "sequence")
                .first()
            )
        if before and self.live and before["live_revision_id"] != self.live_revision_id:
            self.sequence = before["sequence"] + 1
        super().save(*args, **kwargs)
        if self.live:
            EventPreviousSlug.objects.filter(slug=self.slug).delete()
        has_been_public = self.first_published_at is not None
        if before and has_been_public and before["slug"] != self.slug:
            EventPreviousSlug.objects.update_or_create(
                slug=before["slug"], defaults={"event": self}
            )

    # --- what pages and calendars show ------------------------------------------------------
    @cached_property
    def occurrence_list(self):
        """The occurrences in time order (prefetched by for_cards())."""
        return sorted(self.occurrences.all(), key=lambda item: (item.start, item.pk or 0))

    @property
    def when(self):
        """The next (or last) occurrence as text, and how many there are, for admin lists."""
        occurrence = self.next_occurrence()
        if occurrence is None:
            return ""
        others = len(self.occurrence_list) - 1
        return occurrence.text + (f" (+{others})" if others else "")

    def upcoming_occurrences(self, now=None):
        return [item for item in self.occurrence_list if not item.is_over(now)]

    def next_occurrence(self, now=None):
        upcoming = self.upcoming_occurrences(now)
        if upcoming:
            return upcoming[0]
        return self.occurrence_list[-1] if self.occurrence_list else None

    def is_over(self, now=None):
        return bool(self.occurrence_list) and not self.upcoming_occurrences(now)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_moved(self):
        return self.status == self.Status.MOVED

    @property
    def is_preliminary(self):
        return self.status == self.Status.PRELIMINARY

    def registration_is_open(self, now=None):
        if not self.registration_url or self.is_cancelled or self.is_over(now):
            return False
        deadline = self.registration_deadline
        return deadline is None or (now or timezone.now()) <= deadline

    @property
    def organiser_name(self):
        if self.organiser:
            return self.organiser
        if self.node_id:
            return f"Mötesplats Social Innovation {self.node.name}"
        return "Mötesplats Social Innovation"

    @property
    def price_text(self):
        if self.price is None:
            return _("Kostnadsfritt")
        return f"{self.price:,} kr".replace(",", "\u00a0")

    def get_preview_template(self, request, mode_name):
        return "pages/news/event_page.html"

    def get_preview_context(self, request, mode_name):
        from news.event_detail import event_context

        return {**super().get_preview_context(request, mode_name), **event_context(self, request)}
