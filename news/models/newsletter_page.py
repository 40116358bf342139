"""The newsletter page at /nyhetsbrev/: the archive of published issues (`/`, paginated),
each issue's web version (`<slug>/`), and the signup, confirm, unsubscribe and "your data"
views under `prenumeration/` (news/newsletter_views.py, docs/newsletter-signup.md)."""

from django.core.exceptions import ObjectDoesNotExist
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.listing.pagination import page_number
from pages.models import BasePage
from pages.page_cache.memo import remembered_page
from pages.querysets import BasePageManager
from pages.tokenless_post import tokenless_post

from .newsletters import Newsletter

DEFAULT_CONSENT = (
    "Jag vill få nyhetsbrevet från Mötesplats Social Innovation till den här adressen. MSI "
    "sparar bara adressen och när jag anmälde och bekräftade mig, och jag kan avsluta när jag "
    "vill med länken i varje nyhetsbrev."
)


class NewsletterPage(RoutablePageMixin, BasePage):
    consent_text = models.TextField(
        _("samtyckestext"),
        max_length=600,
        default=DEFAULT_CONSENT,
        help_text=_(
            "Står vid knappen Prenumerera. Varje anmälan sparar texten och dess version, så "
            "en ändring gäller bara nya anmälningar."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("consent_text")]

    objects = BasePageManager()

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1  # an issue's address assumes one newsletter page
    per_page = 12

    class Meta:
        verbose_name = _("nyhetsbrevssida")
        verbose_name_plural = _("nyhetsbrevssidor")

    @path("", name="archive")
    @tokenless_post
    def archive_view(self, request):
        """GET: the archive and the forms; POST: a signup."""
        if request.method == "POST":
            from news.newsletter_views import signup_response

            return signup_response(self, request)
        return self.render(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = page_number(request, Paginator(Newsletter.objects.archive(), self.per_page))
        from news.newsletter_forms import DataRequestForm, SignupForm

        context.update(
            page_obj=page_obj,
            issues=list(page_obj.object_list),
            archive_url=self.get_url(request),
            signup_form=SignupForm(),
            data_form=DataRequestForm(),
            data_action=self.get_url(request) + self.reverse_subpage("data_request"),
        )
        if page_obj.number > 1:
            context["canonical_url"] = f"{self.get_full_url(request)}?page={page_obj.number}"
        return context

    @path("<slug:slug>/", name="issue")
    def issue_view(self, request, slug):
        from news.newsletter_render import web_context

        issue = Newsletter.objects.filter(live=True, slug=slug).select_related("send").first()
        if issue is None:
            raise Http404("Det finns inget sådant nyhetsbrev.")
        sent = sent_snapshot(issue)
        # The page's own context, without the archive it does not show.
        context = super().get_context(request)
        context.update(web_context(issue, request, newsletter_page=self))
        if sent is not None:  # a sent issue is shown as it was sent
            context["sent_body"] = sent.web_html
        return TemplateResponse(request, "pages/news/newsletter_issue.html", context)

    # Signup, confirm, unsubscribe and "your data" (news/newsletter_views.py). Two segments,
    # so no issue's slug can take their place.
    @path("prenumeration/tack/", name="signup_sent")
    def signup_sent_view(self, request):
        from news.newsletter_views import signup_sent_response

        return signup_sent_response(self, request)

    @path("prenumeration/bekrafta/<str:token>/", name="confirm")
    @tokenless_post
    def confirm_view(self, request, token):
        from news.newsletter_views import confirm_response

        return confirm_response(self, request, token)

    @path("prenumeration/avregistrera/<str:key>/", name="unsubscribe")
    @tokenless_post
    def unsubscribe_view(self, request, key):
        from news.newsletter_views import unsubscribe_response

        return unsubscribe_response(self, request, key)

    @path("prenumeration/dina-uppgifter/", name="data_request")
    @tokenless_post
    def data_request_view(self, request):
        from news.newsletter_views import data_request_response

        return data_request_response(self, request)

    @path("prenumeration/dina-uppgifter/skickat/", name="data_sent")
    def data_sent_view(self, request):
        from news.newsletter_views import data_sent_response

        return data_sent_response(self, request)

    @path("prenumeration/dina-uppgifter/<str:token>/", name="your_data")
    @tokenless_post
    def your_data_view(self, request, token):
        from news.newsletter_views import your_data_response

        return your_data_response(self, request, token)

    def get_sitemap_urls(self, request=None):
        """The archive and every published issue."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for issue in Newsletter.objects.archive().only("slug", "last_published_at"):
            urls.append({"location": f"{base}{issue.slug}/", "lastmod": issue.last_published_at})
        return urls


def sent_snapshot(issue):
    """The issue's send, if it was sent, with the subject, preheader and intro it was sent
    with put back on the issue (in memory only)."""
    try:
        sent = issue.send
    except ObjectDoesNotExist:
        return None
    issue.subject, issue.preheader, issue.intro = sent.subject, sent.preheader, sent.intro
    return sent


def newsletter_page():
    """The live newsletter page, or None (shared: pages/page_cache/memo.py)."""
    return remembered_page(
        "newsletter-page", NewsletterPage.objects.live().defer_streamfields().first
    )
