"""An example's themes, sectors, stages and goals in one query (its page shows all four):
a UNION ALL of the four membership tables for its id, matched against the vocabularies, which
are small and shared by every process until a term changes (pages/page_cache/memo.py)."""

from django.db.models import CharField, Value

from pages.vocabularies import terms

from .models import Example

TERM_FIELDS = ("themes", "sectors", "stages", "goals")


def vocabulary(field):
    """{term id: term} of the taxonomy behind `field`, in the taxonomy's own order."""
    return {term.pk: term for term in terms(Example._meta.get_field(field).related_model)}


def memberships(field, pk):
    m2m = Example._meta.get_field(field)
    return (
        m2m.remote_field.through.objects.filter(**{m2m.m2m_field_name(): pk})
        .order_by()
        .values_list(Value(field, output_field=CharField()), f"{m2m.m2m_reverse_field_name()}_id")
    )


def example_terms(example):
    """{field: [term, …] in the taxonomy's order} for each of TERM_FIELDS."""
    first, *rest = (memberships(field, example.pk) for field in TERM_FIELDS)
    chosen = {field: set() for field in TERM_FIELDS}
    for field, term_id in first.union(*rest, all=True):
        chosen[field].add(term_id)
    return {
        field: [term for pk, term in vocabulary(field).items() if pk in chosen[field]]
        for field in TERM_FIELDS
    }
