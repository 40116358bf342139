"""The example bank page at /exempelbanken/ (docs/examplebank.md): the faceted listing,
each example's page, the open-data export and the suggestion form. The views live in their
own modules; this page only routes to them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.models import BasePage
from pages.page_cache.memo import remembered_page
from pages.querysets import BasePageManager

DEFAULT_CONSENT = (
    "Jag samtycker till att Mötesplats Social Innovation sparar min e-postadress för att kunna "
    "kontakta mig om förslaget. Adressen visas aldrig på webbplatsen och raderas när förslaget "
    "har granskats."
)


class ExampleBankPage(RoutablePageMixin, BasePage):
    """The listing (`/`), an example (`<slug>/`), the export (`exempelbanken.csv`,
    `exempelbanken.json`) and the suggestion form (`foresla/`, then `foresla/tack/`)."""

    objects = BasePageManager()

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    suggestion_intro = models.TextField(
        _("ingress till förslagsformuläret"),
        blank=True,
        max_length=600,
        help_text=_("Vad som händer med ett förslag och hur lång tid granskningen tar."),
    )
    consent_text = models.TextField(
        _("samtyckestext"),
        max_length=600,
        default=DEFAULT_CONSENT,
        help_text=_(
            "Texten den som föreslår ett exempel godkänner. Den sparas med varje förslag."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("suggestion_intro"),
        FieldPanel("consent_text"),
    ]

    class Meta:
        verbose_name = _("exempelbank")
        verbose_name_plural = _("exempelbanker")

    @path("", name="listing")
    def listing_view(self, request):
        from examplebank.views import listing_response

        return listing_response(self, request)

    @path("foresla/", name="suggest")
    def suggest_view(self, request):
        from examplebank.suggest import suggest_response

        return suggest_response(self, request)

    @path("foresla/tack/", name="suggest_thanks")
    def suggest_thanks_view(self, request):
        from examplebank.suggest import thanks_response

        return thanks_response(self, request)

    @path("exempelbanken.csv/", name="export_csv")
    def export_csv_view(self, request):
        from examplebank.export import export_response

        return export_response(self, request, "csv")

    @path("exempelbanken.json/", name="export_json")
    def export_json_view(self, request):
        from examplebank.export import export_response

        return export_response(self, request, "json")

    @path("<slug:slug>/", name="example")
    def example_view(self, request, slug):
        from examplebank.detail import example_response

        return example_response(self, request, slug)

    def export_url(self, request, fmt):
        """The export's address (served without the trailing slash: msi_site/urls.py)."""
        name = "export_csv" if fmt == "csv" else "export_json"
        return self.get_url(request) + self.reverse_subpage(name).rstrip("/")

    def example_url(self, example, request=None):
        return f"{self.get_url(request)}{example.slug}/"

    def get_sitemap_urls(self, request=None):
        """The bank and every published example."""
        from examplebank.models import Example

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for example in Example.objects.visible().order_by("pk").only("slug", "last_published_at"):
            urls.append(
                {"location": f"{base}{example.slug}/", "lastmod": example.last_published_at}
            )
        return urls


def example_bank():
    """The live example bank page, or None (shared: pages/page_cache/memo.py)."""
    return remembered_page(
        "example-bank", ExampleBankPage.objects.live().defer_streamfields().first
    )
