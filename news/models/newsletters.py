"""The newsletter: an issue is a national snippet (no node: only the national office writes it).
Its web version lives on the newsletter page (/nyhetsbrev/<slug>/); the e-mail is rendered from
the same templates (news/newsletter_render.py). See docs/newsletter.md."""

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.text import slugify
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, PublishingPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from news.newsletter_blocks import NewsletterBodyBlock
from pages.slugs import unique_slug

# Words kept free for the newsletter page's own paths (its signup, confirm and unsubscribe views
# live under prenumeration/…); no issue may take them as its slug.
RESERVED_SLUGS = frozenset({"prenumerera", "bekrafta", "avsluta", "tack"})


def validate_newsletter_slug(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("Adressen ”%(slug)s” används av nyhetsbrevssidan. Välj en annan."),
            params={"slug": value},
        )


class NewsletterQuerySet(models.QuerySet):
    def archive(self):
        """Published issues, newest first: what the public archive lists."""
        return self.filter(live=True).order_by("-issue_date", "-pk")


class Newsletter(
    DraftStateMixin,
    RevisionMixin,
    LockableMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    subject = models.CharField(
        _("ämnesrad"),
        max_length=150,
        help_text=_("Brevets ämne i inkorgen och rubriken på webben."),
    )
    slug = models.SlugField(
        _("adressnamn"),
        max_length=100,
        unique=True,
        blank=True,
        validators=[validate_newsletter_slug],
        help_text=_(
            "Sista delen av webbadressen, t.ex. /nyhetsbrev/december-2026/. Lämna tomt så "
            "skapas den av ämnesraden."
        ),
    )
    preheader = models.CharField(
        _("förhandstext"),
        max_length=150,
        help_text=_(
            "Raden som visas efter ämnesraden i inkorgen, innan brevet öppnas. Högst 150 "
            "tecken; säg vad brevet handlar om."
        ),
    )
    issue_date = models.DateField(
        _("utgivningsdatum"),
        default=timezone.localdate,
        help_text=_("Datumet som står på numret. Arkivet sorteras efter det."),
    )
    intro = models.TextField(
        _("ingress"),
        max_length=600,
        blank=True,
        help_text=_("Några meningar överst i brevet, under rubriken."),
    )
    body = StreamField(
        NewsletterBodyBlock(),
        blank=True,
        verbose_name=_("innehåll"),
        help_text=_(
            "Text, nyheter, evenemang, exempel och publikationer. Valda nyheter, evenemang "
            "och exempel visas med sitt aktuella innehåll."
        ),
    )

    objects = NewsletterQuerySet.as_manager()

    panels = [
        TitleFieldPanel("subject"),
        FieldPanel("slug"),
        FieldPanel("preheader"),
        FieldPanel("issue_date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        PublishingPanel(),
    ]
    search_fields = [
        index.FilterField("live"),
        index.SearchField("subject", boost=2),
        index.AutocompleteField("subject"),
        index.SearchField("preheader"),
        index.SearchField("intro"),
    ]

    class Meta:
        ordering = ["-issue_date", "-pk"]
        verbose_name = _("nyhetsbrev")
        verbose_name_plural = _("nyhetsbrev")

    def __str__(self):
        return self.subject

    def clean(self):
        super().clean()
        if not self.slug:
            base = slugify(self.subject)[:90] or "nyhetsbrev"
            self.slug = unique_slug(self, base, RESERVED_SLUGS)

    def send_status(self):
        """ "" before the issue is sent; else how far its send has come (the listing's column;
        the listing selects `send` with the issue)."""
        try:
            send = self.send
        except ObjectDoesNotExist:
            return ""
        if send.finished_at:
            return _("Skickat %(date)s") % {
                "date": date_format(localtime(send.finished_at), "j F Y")
            }
        return _("Skickas")

    # --- addresses ------------------------------------------------------------------------
    def get_url(self, request=None):
        from .newsletter_page import newsletter_page

        page = newsletter_page()
        return f"{page.get_url(request)}{self.slug}/" if page else None

    def get_full_url(self, request=None):
        from .newsletter_page import newsletter_page

        page = newsletter_page()
        return f"{page.get_full_url(request)}{self.slug}/" if page else None

    # --- preview: the web version, the e-mail and its text part -----------------------------
    preview_modes = [
        ("web", _("Webbversion")),
        ("email", _("E-post, HTML")),
        ("text", _("E-post, text")),
    ]
    default_preview_mode = "web"

    def get_preview_template(self, request, mode_name):
        if mode_name == "email":
            return "emails/newsletter/issue.html"
        return "pages/news/newsletter_issue.html"

    def get_preview_context(self, request, mode_name):
        from news.newsletter_render import email_context, web_context

        context = super().get_preview_context(request, mode_name)
        if mode_name == "email":
            return {**context, **email_context(self, request)}
        return {**context, **web_context(self, request)}

    def serve_preview(self, request, mode_name):
        if mode_name == "text":
            from news.newsletter_render import render_issue

            _subject, _html, text = render_issue(self, request)
            return HttpResponse(text, content_type="text/plain; charset=utf-8")
        return super().serve_preview(request, mode_name)
