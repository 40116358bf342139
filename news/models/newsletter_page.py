"""The newsletter page at /nyhetsbrev/: the archive of published issues (`/`, paginated) and
each issue's web version (`<slug>/`). Signup and unsubscribe come in later slices
(docs/newsletter.md)."""

from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.listing.pagination import page_number
from pages.models import BasePage
from pages.querysets import BasePageManager

from .newsletters import Newsletter


class NewsletterPage(RoutablePageMixin, BasePage):
    objects = BasePageManager()

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1  # an issue's address assumes one newsletter page
    per_page = 12

    class Meta:
        verbose_name = _("nyhetsbrevssida")
        verbose_name_plural = _("nyhetsbrevssidor")

    @path("", name="archive")
    def archive_view(self, request):
        return self.render(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = page_number(request, Paginator(Newsletter.objects.archive(), self.per_page))
        context.update(
            page_obj=page_obj,
            issues=list(page_obj.object_list),
            archive_url=self.get_url(request),
        )
        if page_obj.number > 1:
            context["canonical_url"] = f"{self.get_full_url(request)}?page={page_obj.number}"
        return context

    @path("<slug:slug>/", name="issue")
    def issue_view(self, request, slug):
        from news.newsletter_render import web_context

        issue = Newsletter.objects.filter(live=True, slug=slug).first()
        if issue is None:
            raise Http404("Det finns inget sådant nyhetsbrev.")
        # The page's own context, without the archive it does not show.
        context = super().get_context(request)
        context.update(web_context(issue, request, newsletter_page=self))
        return TemplateResponse(request, "pages/news/newsletter_issue.html", context)

    def get_sitemap_urls(self, request=None):
        """The archive and every published issue."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for issue in Newsletter.objects.archive().only("slug", "last_published_at"):
            urls.append({"location": f"{base}{issue.slug}/", "lastmod": issue.last_published_at})
        return urls


def newsletter_page():
    """The live newsletter page, or None."""
    return NewsletterPage.objects.live().first()
