"""The sections the example bank contributes (pages/sections.py, docs/sections.md).

On the home page, "Utvalda exempel": the examples the national office has marked as featured,
newest first, filled up with the newest other published examples when fewer than three are
featured, so the section shows as soon as the bank has examples. On a node's home page, the
node's own newest examples. Left out when there is nothing to show or no published bank to
link to.
"""

from django.db.models import F
from django.utils.translation import gettext_lazy as _

from nodes.models import NodeHomePage
from pages.sections import HOME, NODE, Section

from .models import Example
from .models.bank import example_bank

SHOWN = 3
NEWEST = (F("first_published_at").desc(nulls_last=True), "name")


def featured_examples_context(page, request, place):
    bank = example_bank()
    if bank is None:
        return None
    examples = Example.objects.visible()
    if place == NODE and isinstance(page, NodeHomePage):
        examples = examples.filter(node__root_page=page).order_by(*NEWEST)
        heading, heading_id = _("Exempel från noden"), "node-examples-heading"
    else:
        examples = examples.order_by("-featured", *NEWEST)  # featured ones first
        heading, heading_id = _("Utvalda exempel"), "examples-heading"
    shown = list(examples.for_cards()[:SHOWN])
    if not shown:
        return None
    for example in shown:
        example.url = bank.example_url(example, request)
    return {
        "examples": shown,
        "bank": bank,
        "heading": heading,
        "heading_id": heading_id,
        "more": _("Alla exempel i exempelbanken"),
    }


SECTIONS = [
    Section(
        key="examplebank.featured_examples",
        label=_("Utvalda exempel"),
        template="components/featured_examples.html",
        get_context=featured_examples_context,
        places=frozenset({HOME, NODE}),
        order=25,
    ),
]
