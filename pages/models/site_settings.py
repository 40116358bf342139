from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

from ..page_cache.memo import remembered
from ..page_cache.purge import address_tags
from ..page_cache.recorder import depends_on


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Contact details, footer text, legal pages and social links, edited in the admin."""

    # The footer links to these on every page: fetched with the settings, in one query.
    select_related = ["accessibility_page", "privacy_page", "contact_page", "logo", "social_image"]

    organisation_name = models.CharField(
        _("organisation"), max_length=200, default="Mötesplats Social Innovation"
    )
    host_organisation = models.CharField(
        _("värdorganisation"), max_length=200, blank=True, default="Malmö universitet"
    )
    address = models.TextField(_("postadress"), blank=True, max_length=400)
    email = models.EmailField(_("e-post"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    footer_text = models.TextField(
        _("text i sidfoten"),
        blank=True,
        max_length=500,
        help_text=_("En kort mening om vad MSI är."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("tillgänglighetsredogörelse"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("personuppgiftssida"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("kontaktsida"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    open_data_licence = models.CharField(
        _("licens för öppna data"),
        max_length=100,
        default="CC BY 4.0",
        help_text=_("Licensen för exempelbankens export (CSV och JSON), t.ex. CC BY 4.0."),
    )
    logo = models.ForeignKey(
        "pages.CustomImage",
        verbose_name=_("logotyp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "MSI:s logotyp som PNG eller WebP, minst 96 pixlar hög. Visas i sidhuvudet i "
            "stället för namnet i text; organisationens namn blir dess alternativtext."
        ),
    )
    social_image = models.ForeignKey(
        "pages.CustomImage",
        verbose_name=_("standardbild vid delning"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Visas när en sida utan egen bild delas i sociala medier. Helst 1200 × 630 pixlar."
        ),
    )
    social_image_alt = models.CharField(
        _("alternativtext för delningsbilden"),
        max_length=250,
        blank=True,
        help_text=_("Beskriv bilden, t.ex. vad som står i den."),
    )
    open_data_licence_url = models.URLField(
        _("länk till licensen"),
        blank=True,
        default="https://creativecommons.org/licenses/by/4.0/deed.sv",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("host_organisation"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading=_("Kontaktuppgifter"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("social_image"), FieldPanel("social_image_alt")],
            heading=_("Logotyp och delningsbild"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("footer_text"),
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_page"),
                FieldPanel("contact_page"),
            ],
            heading=_("Sidfot"),
        ),
        InlinePanel("social_links", heading=_("Sociala medier"), label=_("länk")),
        MultiFieldPanel(
            [FieldPanel("open_data_licence"), FieldPanel("open_data_licence_url")],
            heading=_("Öppna data"),
        ),
    ]

    class Meta:
        verbose_name = _("webbplatsinställningar")

    @classmethod
    def for_request(cls, request):
        """The settings every public page shows, from the shared cache (pages/page_cache/memo.py)
        until they, their social links or a page they link to change: no query per page. The
        admin edits through `for_site`, which always reads the database."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            settings = remembered(f"site-settings:{site.pk}", lambda: cls.for_pages(site))
            settings._request = request
            setattr(request, attr_name, settings)
        return getattr(request, attr_name)

    @classmethod
    def for_pages(cls, site):
        """The settings with their social links and linked pages loaded, ready to keep."""
        settings = cls.for_site(site)
        settings.social_links = list(settings.social_links.all())
        linked = (settings.accessibility_page, settings.privacy_page, settings.contact_page)
        depends_on(*(tag for page in linked if page is not None for tag in address_tags(page)))
        return settings


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    name = models.CharField(
        _("namn"), max_length=60, help_text=_("Visas som länktext, t.ex. LinkedIn.")
    )
    url = models.URLField(_("adress"))

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("länk till sociala medier")
        verbose_name_plural = _("länkar till sociala medier")
