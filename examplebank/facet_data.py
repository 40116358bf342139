"""Everything the bank's facets need, read in ONE query: a UNION ALL of the taxonomies' terms,
the visible examples' own fields and their many-to-many memberships, all shaped to the same
eight columns (kind, facet, a, b, slug, name, order, published):

    term:        ("term",    facet key, term id,    -,       slug,   name, order, -)
    example:     ("example", -,         example id, region,  status, name, level, published)
    membership:  ("member",  facet key, example id, term id, -,      -,    -,     -)
"""

from dataclasses import dataclass

from django.db.models import CharField, DateTimeField, IntegerField, Value
from django.db.models.functions import Cast

from pages.models import (
    Level,
    MapFactor,
    ProcessStage,
    Region,
    Sector,
    SustainableDevelopmentGoal,
    Theme,
)

from .models import Example

TEXT, NUMBER, MOMENT = CharField(), IntegerField(), DateTimeField()
TERM, EXAMPLE, MEMBER = "term", "example", "member"

# facet key: (taxonomy, its slug column, its order column or None for by name)
TAXONOMIES = {
    "tema": (Theme, "slug", None),
    "sektor": (Sector, "slug", "sort_order"),
    "steg": (ProcessStage, "slug", "sort_order"),
    "faktor": (MapFactor, "slug", "sort_order"),
    "niva": (Level, "slug", "sort_order"),
    "lan": (Region, "slug", None),
    "mal": (SustainableDevelopmentGoal, "number", "number"),
}
# facet key: the example's many-to-many field
MEMBERSHIPS = {
    "tema": "themes",
    "sektor": "sectors",
    "steg": "stages",
    "faktor": "factors",
    "mal": "goals",
}


@dataclass
class Term:
    slug: str
    name: str
    id: object
    order: tuple


@dataclass
class Row:
    """One visible example as the facets see it: {facet key: set of term ids}."""

    pk: int
    name: str
    published: object
    terms: dict


def nothing(field):
    """A typed NULL: PostgreSQL takes an untyped one in a UNION's first branch as text."""
    return Cast(Value(None), field)


def term_rows(key, model, slug, order):
    return model.objects.order_by().values_list(
        Value(TERM, output_field=TEXT),
        Value(key, output_field=TEXT),
        "pk",
        nothing(NUMBER),
        Cast(slug, TEXT),
        "name",
        Value(0, output_field=NUMBER) if order is None else Cast(order, NUMBER),
        nothing(MOMENT),
    )


def example_rows(examples):
    return examples.order_by().values_list(
        Value(EXAMPLE, output_field=TEXT),
        nothing(TEXT),
        "pk",
        "region_id",
        "status",
        "name",
        "level_id",
        "first_published_at",
    )


def member_rows(key, field, examples):
    m2m = Example._meta.get_field(field)
    return (
        m2m.remote_field.through.objects.filter(example__in=examples.values("pk"))
        .order_by()
        .values_list(
            Value(MEMBER, output_field=TEXT),
            Value(key, output_field=TEXT),
            "example_id",
            f"{m2m.m2m_reverse_field_name()}_id",
            nothing(TEXT),
            nothing(TEXT),
            nothing(NUMBER),
            nothing(MOMENT),
        )
    )


def load(examples):
    """(terms {facet key: [Term, …]}, rows [Row, …]) for the examples of `examples` (a
    queryset of visible examples), from one query."""
    parts = [term_rows(key, *spec) for key, spec in TAXONOMIES.items()]
    parts.append(example_rows(examples))
    parts += [member_rows(key, field, examples) for key, field in MEMBERSHIPS.items()]
    terms = {key: [] for key in TAXONOMIES}
    rows, members = {}, []
    for kind, key, a, b, slug, name, order, published in parts[0].union(*parts[1:], all=True):
        if kind == TERM:
            label = f"{slug}. {name}" if key == "mal" else name
            terms[key].append(Term(slug, label, a, (order, name)))
        elif kind == EXAMPLE:
            rows[a] = Row(a, name, published, {"status": {slug}, "lan": {b}, "niva": {order}})
        else:
            members.append((a, key, b))
    for example_id, key, term_id in members:
        row = rows.get(example_id)
        if row is not None:
            row.terms.setdefault(key, set()).add(term_id)
    for row in rows.values():
        row.terms["lan"].discard(None)
        row.terms["niva"].discard(None)
    terms["status"] = [
        Term(code, str(label), code, (position, ""))
        for position, (code, label) in enumerate(Example.Status.choices)
    ]
    return terms, list(rows.values())
