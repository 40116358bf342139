"""The example bank's listing: search, facets with counts, active filters, sorting and
pagination, all in one GET form that works without JavaScript (docs/examplebank.md)."""

from django.core.paginator import Paginator

from pages.listing.pagination import page_number
from pages.models import SiteSettings

from .facets import ORDERINGS, RELEVANCE, BankQuery
from .models import Example

PER_PAGE = 12
PAGE_PARAMETER = "sida"


def attach_example_urls(examples, bank, request=None):
    base = bank.get_url(request)
    for example in examples:
        example.url = f"{base}{example.slug}/"
    return examples


def page_of_examples(ids):
    """The examples of one page, in the order of `ids`, with what their cards show."""
    found = Example.objects.for_cards().in_bulk(ids)  # three queries, one with images
    return [found[pk] for pk in ids if pk in found]


def listing_response(bank, request):
    query = BankQuery(request.GET)
    page_obj = page_number(request, Paginator(query.ordered_ids, PER_PAGE), PAGE_PARAMETER)
    items = attach_example_urls(page_of_examples(list(page_obj.object_list)), bank, request)
    settings = SiteSettings.for_request(request)
    params = query.query_string
    context = {
        "bank_query": query,
        "page_obj": page_obj,
        "items": items,
        "params": params,
        "orderings": [
            (value, label)
            for value, label in ORDERINGS.items()
            if value != RELEVANCE or query.query
        ],
        "suggest_url": bank.get_url(request) + bank.reverse_subpage("suggest"),
        "csv_url": bank.export_url(request, "csv") + (f"?{params}" if params else ""),
        "json_url": bank.export_url(request, "json") + (f"?{params}" if params else ""),
        "licence": settings.open_data_licence,
        "licence_url": settings.open_data_licence_url,
    }
    base = bank.get_full_url(request)
    if not query.has_filters and page_obj.number > 1:
        context["canonical_url"] = f"{base}?{PAGE_PARAMETER}={page_obj.number}"
    elif query.has_filters or request.GET:
        context["canonical_url"] = base
    return bank.render(
        request,
        template="pages/examplebank/example_bank_page.html",
        context_overrides=context,
    )
