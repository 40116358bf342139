"""What an example's page shows, for the page itself and for the admin preview."""

from django.http import Http404
from django.template.response import TemplateResponse

from wagtail.models import Page

from pages.breadcrumbs import trail_to
from pages.models import SiteSettings
from pages.templatetags.meta_tags import json_ld_script
from pages.view_restrictions import public

from .example_terms import example_terms
from .models import Example
from .related import related_examples
from .schema import example_json_ld
from .views import attach_example_urls


def related_pages(example):
    """The publications and news chosen for the example that the public may see, in the
    editor's order (their base Page rows: the title and address are all a link needs)."""
    chosen = list(example.related_pages.values_list("page_id", flat=True))
    visible = public(Page.objects.live()).in_bulk(chosen)
    return [visible[pk] for pk in chosen if pk in visible]


def example_context(example, request, bank=None):
    from .models.bank import example_bank

    bank = bank or example_bank()
    settings = SiteSettings.for_request(request)
    contact = example.contact if example.contact and example.contact.live else None
    terms = example_terms(example)
    related = related_examples(example, terms)
    context = {
        "example": example,
        "example_bank": bank,
        **terms,
        "related": attach_example_urls(related, bank, request) if bank else [],
        "related_pages": related_pages(example),
        "contact": contact,
        "contact_list": [contact] if contact else [],
        "site_name": settings.organisation_name,
        "example_breadcrumbs": trail_to(bank, request),
    }
    if bank is not None:
        full_url = f"{bank.get_full_url(request)}{example.slug}/"
        context.update(
            bank_url=bank.get_url(request),
            canonical_url=full_url,
            json_ld=json_ld_script(example_json_ld(example, full_url, context)),
        )
    return context


def example_response(bank, request, slug):
    example = (
        Example.objects.visible().for_cards().select_related("contact").filter(slug=slug).first()
    )
    if example is None:
        raise Http404("Det finns inget sådant exempel.")
    context = bank.get_context(request)
    context.update(example_context(example, request, bank=bank))
    return TemplateResponse(request, "pages/examplebank/example_page.html", context)
