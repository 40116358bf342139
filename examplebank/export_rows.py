"""The examples of the open-data export, read a chunk at a time as plain rows
(docs/open-data.md).

A row is a dict of the example's own columns plus, for each taxonomy, a list of value tuples
in the taxonomy's order. Plain rows rather than model instances: a model instance with four
prefetched relations holds a queryset per relation, about 16 kB an example, where a row holds
little more than its text. Each chunk costs five queries, whatever its size: the examples, then
one for each many-to-many taxonomy.
"""

from django.db.models import F, JSONField
from django.db.models.functions import Cast

from .models import Example

CHUNK_SIZE = 500

# The example's own columns and, under other names, its foreign keys' and its StreamFields'.
# A StreamField is read as its stored JSON (a list of blocks), not as a StreamValue: a
# StreamValue and its raw_data view refer to each other, so each would stay in memory until
# the cyclic garbage collector happens to run, and a long export would grow as if unstreamed.
COLUMNS = [
    "id",
    "slug",
    "name",
    "summary",
    "organisations",
    "municipality",
    "year_started",
    "status",
    "source",
    "first_published_at",
    "last_published_at",
]
EXPRESSIONS = {
    "description_blocks": lambda: Cast("description", JSONField()),
    "link_blocks": lambda: Cast("links", JSONField()),
    "node_name": lambda: F("node__name"),
    "region_code": lambda: F("region__code"),
    "region_name": lambda: F("region__name"),
    "level_name": lambda: F("level__name"),
    "level_slug": lambda: F("level__slug"),
}
# {many-to-many field: (columns of each value, the taxonomy's order)}
TERMS = {
    "sectors": (("name", "slug"), ("sort_order", "name")),
    "themes": (("name", "slug"), ("name",)),
    "goals": (("number",), ("number",)),
    "stages": (("name", "slug"), ("sort_order", "name")),
}


def add_terms(rows, name):
    """rows[id][name] = [(name, slug), …] of one many-to-many taxonomy, in one query."""
    columns, order = TERMS[name]
    field = Example._meta.get_field(name)
    through = field.remote_field.through
    owner, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    for row in rows.values():
        row[name] = []
    values = (
        through.objects.filter(**{f"{owner}_id__in": list(rows)})
        .order_by(*(f"{target}__{column}" for column in order))
        .values_list(f"{owner}_id", *(f"{target}__{column}" for column in columns))
    )
    for example_id, *term in values:
        rows[example_id][name].append(tuple(term))


def read_chunk(ids):
    """{id: row} of the published examples among `ids`."""
    rows = {
        row["id"]: row
        for row in Example.objects.visible()
        .filter(pk__in=ids)
        .order_by()
        .values(*COLUMNS, **{key: expression() for key, expression in EXPRESSIONS.items()})
    }
    for name in TERMS:
        add_terms(rows, name)
    return rows


def rows_in_order(ids):
    """The rows of `ids` in that order, read CHUNK_SIZE at a time; any unpublished since the
    ids were read are left out."""
    size = CHUNK_SIZE
    for start in range(0, len(ids), size):
        chunk = ids[start : start + size]
        rows = read_chunk(chunk)
        for pk in chunk:
            if pk in rows:
                yield rows.pop(pk)
