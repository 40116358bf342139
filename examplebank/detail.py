"""What an example's page shows, for the page itself and for the admin preview."""

from django.http import Http404
from django.template.response import TemplateResponse

from pages.breadcrumbs import trail_to
from pages.models import SiteSettings
from pages.templatetags.meta_tags import json_ld_script

from .models import Example
from .related import related_examples
from .schema import example_json_ld
from .views import attach_example_urls


def example_context(example, request, bank=None):
    from .models.bank import example_bank

    bank = bank or example_bank()
    settings = SiteSettings.for_request(request)
    contact = example.contact if example.contact and example.contact.live else None
    related = related_examples(example)
    context = {
        "example": example,
        "example_bank": bank,
        "themes": list(example.themes.all()),
        "sectors": list(example.sectors.all()),
        "stages": list(example.stages.all()),
        "goals": list(example.goals.all()),
        "related": attach_example_urls(related, bank, request) if bank else [],
        "related_pages": [
            item.page.specific
            for item in example.related_pages.select_related("page")
            if item.page.live and not item.page.get_view_restrictions().exists()
        ],
        "contact": contact,
        "contact_list": [contact] if contact else [],
        "site_name": settings.organisation_name,
        "example_breadcrumbs": trail_to(bank),
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
