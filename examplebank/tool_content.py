"""The examples on the page of a process stage or a map factor (pages/tool_content.py): the
newest few published examples tagged with it and a link to all of them in the bank's filtered
view. The same queries however many examples are tagged: the limited list, its images and
renditions, and the bank."""

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from pages.models import MapFactor, ProcessStage
from pages.tool_content import SHOWN, ToolContent

from .models import Example
from .models.bank import example_bank
from .sections import NEWEST

# element model: (Example's field, the bank's query parameter, the link text)
TAGGED = {
    ProcessStage: ("stages", "steg", _("Alla exempel i steget ”%(name)s”")),
    MapFactor: ("factors", "faktor", _("Alla exempel med faktorn ”%(name)s”")),
}


def examples_context(element, request):
    spec = TAGGED.get(type(element))
    if spec is None:
        return None
    field_name, parameter, more = spec
    examples = Example.objects.visible().filter(**{field_name: element}).order_by(*NEWEST)
    shown = list(examples.for_cards()[:SHOWN])
    bank = example_bank() if shown else None
    if bank is None:
        return None
    base = bank.get_url(request)
    for example in shown:
        example.url = bank.example_url(example, request)
    return {
        "heading": _("Exempel"),
        "heading_id": "tool-examples-heading",
        "items": shown,
        "card": "components/example_card.html",
        "list_class": "example-list",
        "more": more % {"name": element.name},
        "more_url": f"{base}?{urlencode({parameter: element.slug})}",
    }


TOOL_CONTENT = [
    ToolContent(
        key="examplebank.examples",
        template="components/tools/listing.html",
        get_context=examples_context,
        order=10,
    )
]
