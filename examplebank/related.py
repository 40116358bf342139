"""Related examples: those sharing the most themes, goals and process-model stages with an
example, in one query."""

from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from .models import Example

RELATED_COUNT = 3
SHARED = ("themes", "goals", "stages")


def shared_count(field, chosen_ids):
    """A subquery: how many of `chosen_ids` the outer example has in `field`."""
    through = Example._meta.get_field(field).remote_field.through
    target = f"{Example._meta.get_field(field).m2m_reverse_field_name()}_id"
    rows = (
        through.objects.filter(example_id=OuterRef("pk"), **{f"{target}__in": chosen_ids})
        .order_by()
        .values("example_id")
        .annotate(shared=Count("pk"))
        .values("shared")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def related_examples(example, terms, limit=RELATED_COUNT):
    """Up to `limit` published examples sharing the most with `example` (at least one term),
    given the example's terms as {field: [term, …]}."""
    chosen = {field: [term.pk for term in terms.get(field, [])] for field in SHARED}
    if not any(chosen.values()):
        return []
    score = Value(0)
    for field, ids in chosen.items():
        if ids:
            score = score + shared_count(field, ids)
    candidates = (
        Example.objects.visible()
        .exclude(pk=example.pk)
        .annotate(score=score)
        .filter(score__gt=0)
        .order_by(-F("score"), "name")
    )
    return list(candidates.for_cards()[:limit])
