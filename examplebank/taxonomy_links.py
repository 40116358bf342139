"""Links into the bank, filtered by a theme or a process stage, for the pages that show those
terms (pages/taxonomy_links.py): a theme's news listing, the process model's stages. A term
gets a link only when the bank is published and has published examples with it."""

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from pages.models import MapFactor, ProcessStage, Theme

from .models import Example
from .models.bank import example_bank

# term model: (Example's field, the bank's query parameter, the link text)
LINKED_TERMS = {
    Theme: ("themes", "tema", _("Exempel på temat ”%(name)s” i exempelbanken")),
    ProcessStage: ("stages", "steg", _("Exempel från steget ”%(name)s” i exempelbanken")),
    MapFactor: ("factors", "faktor", _("Exempel med faktorn ”%(name)s” i exempelbanken")),
}


def terms_with_examples(field_name, terms):
    """The pks of those `terms` that published examples have: one query."""
    field = Example._meta.get_field(field_name)
    rows = field.remote_field.through.objects.filter(
        **{f"{field.m2m_field_name()}__live": True, f"{field.m2m_reverse_field_name()}__in": terms}
    )
    return set(rows.values_list(f"{field.m2m_reverse_field_name()}_id", flat=True).distinct())


def bank_links(terms, request=None):
    """{term pk: (label, url)} for the terms (of one model) the bank has examples for."""
    spec = LINKED_TERMS.get(type(terms[0])) if terms else None
    if spec is None:
        return {}
    field_name, parameter, label = spec
    with_examples = terms_with_examples(field_name, terms)
    if not with_examples:
        return {}
    bank = example_bank()
    if bank is None:
        return {}
    base = bank.get_url(request)
    return {
        term.pk: (label % {"name": term.name}, f"{base}?{urlencode({parameter: term.slug})}")
        for term in terms
        if term.pk in with_examples
    }
