"""Related examples: those sharing the most themes, goals and process-model stages with an
example (docs/examplebank.md, "Related examples").

Counted from the bank's held data (`facets.bank_data`): each term's examples are a bit mask
over the published examples in Swedish name order, so the masks of the example's terms are
added as bit-sliced counters (bit i of `counters[k]` is bit k of example i's score) and the
examples with the highest score are read off, name order breaking ties. No query scores the
bank's examples (scoring 2 000 in SQL took PostgreSQL 15 ms per page); one fetches the few
shown, with what their cards need.
"""

from .facets import bank_data, positions
from .models import Example

RELATED_COUNT = 3
SHARED = {"themes": "tema", "goals": "mal", "stages": "steg"}  # field: its facet's key


def add(counters, mask):
    """Add 1 to the score of every example in `mask` (a ripple-carry add over bit masks)."""
    carry = mask
    for index, counter in enumerate(counters):
        counters[index], carry = counter ^ carry, counter & carry
        if not carry:
            return
    counters.append(carry)


def scoring(counters, score, everything):
    """The examples whose score is exactly `score`, as a mask."""
    if score >> len(counters):
        return 0
    mask = everything
    for index, counter in enumerate(counters):
        mask &= counter if score >> index & 1 else ~counter
    return mask


def related_ids(example, terms, limit):
    """The ids of up to `limit` published examples sharing the most terms with `example`
    (at least one), best first, then by name."""
    data = bank_data()
    counters = []
    for field, key in SHARED.items():
        masks = data.masks.get(key, {})
        for term in terms.get(field, []):
            add(counters, masks.get(term.pk, 0))
    everything = data.everything
    if example.pk in data.position:
        everything &= ~(1 << data.position[example.pk])
    found = []
    for score in range((1 << len(counters)) - 1, 0, -1):
        found += positions(scoring(counters, score, everything))
        if len(found) >= limit:
            break
    return [data.rows[index].pk for index in found[:limit]]


def related_examples(example, terms, limit=RELATED_COUNT):
    """Up to `limit` published examples sharing the most with `example` (at least one term),
    given the example's terms as {field: [term, …]}, with what their cards need."""
    ids = related_ids(example, terms, limit)
    if not ids:
        return []
    found = Example.objects.visible().for_cards().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
