"""A newsletter issue rendered: the web version's context, and the e-mail as (subject, html,
text). One template family serves both (docs/newsletter.md):

    templates/components/newsletter/issue_content.html   the body's blocks, used by both
    templates/pages/news/newsletter_issue.html           the web version (base.html)
    templates/emails/newsletter/issue.html               the e-mail's HTML (inline styles)
    templates/emails/newsletter/issue.txt                the e-mail's plain-text part

Every address in the e-mail is absolute: pages from their site's root URL, media from
`base_url` (the request's, else the default site's)."""

import re

from django.template.loader import render_to_string
from django.utils.dateformat import format as date_format

from wagtail.models import Site

from pages.breadcrumbs import trail_to
from pages.models import SiteSettings

from .newsletter_styles import EMAIL_STYLES
from .newsletter_text import text_sections

DEFAULT_SITE_NAME = "Mötesplats Social Innovation"


def site_base_url(request=None):
    """The site's address without a trailing slash, e.g. https://socialinnovation.se."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/") if request is not None else ""


def issue_context(newsletter, request=None, base_url=None, newsletter_page=None):
    """What both versions show."""
    from .models.newsletter_page import newsletter_page as find_newsletter_page

    page = newsletter_page or find_newsletter_page()
    web_url = f"{page.get_full_url(request)}{newsletter.slug}/" if page else ""
    return {
        "newsletter": newsletter,
        "newsletter_page": page,
        "issue_date_text": date_format(newsletter.issue_date, "j F Y"),
        "web_url": web_url,
        "base_url": base_url or site_base_url(request),
        "site_name": site_name(request),
    }


def site_name(request=None):
    if request is not None:
        return SiteSettings.for_request(request).organisation_name
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).organisation_name if site else DEFAULT_SITE_NAME


def web_context(newsletter, request, newsletter_page=None):
    context = issue_context(newsletter, request, newsletter_page=newsletter_page)
    page = context["newsletter_page"]
    context.update(
        canonical_url=context["web_url"],
        issue_breadcrumbs=trail_to(page, request) if page else [],
    )
    return context


def email_context(newsletter, request=None, *, base_url=None, unsubscribe_url=None):
    context = issue_context(newsletter, request, base_url)
    context.update(styles=EMAIL_STYLES, unsubscribe_url=unsubscribe_url or "")
    return context


def render_issue(newsletter, request=None, *, base_url=None, unsubscribe_url=None):
    """(subject, html, text) of the issue's e-mail. `unsubscribe_url`, when given, is shown in
    the footer of both parts (news/newsletter_sending.py gives each recipient their own)."""
    context = email_context(
        newsletter, request, base_url=base_url, unsubscribe_url=unsubscribe_url
    )
    html = render_to_string("emails/newsletter/issue.html", context, request=request).lstrip()
    context["sections"] = text_sections(newsletter, request, context["base_url"])
    text = render_to_string("emails/newsletter/issue.txt", context, request=request)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return newsletter.subject, html, text
