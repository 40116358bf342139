"""Related examples counted from the bank's held bit masks (examplebank/related.py), checked
against a plain count over the database's own rows."""

from examplebank.example_terms import example_terms
from examplebank.facets import swedish_key
from examplebank.models import Example
from examplebank.related import add, related_examples, scoring
from pages.models import Theme
from tests.factories import make_example, make_many_examples

SHARED = ("themes", "goals", "stages")


def shared_terms(example):
    return {field: set(getattr(example, field).values_list("pk", flat=True)) for field in SHARED}


def counted_by_hand(example, limit=3):
    """The related examples as the page promises them: published, not the example itself,
    sharing at least one theme, goal or stage, most shared first, then by Swedish name."""
    mine = shared_terms(example)
    scored = []
    for other in Example.objects.filter(live=True).exclude(pk=example.pk):
        theirs = shared_terms(other)
        score = sum(len(mine[field] & theirs[field]) for field in SHARED)
        if score:
            scored.append((-score, swedish_key(other.name), other.pk))
    return [pk for _score, _name, pk in sorted(scored)[:limit]]


def test_the_masks_find_what_a_plain_count_finds(bank):
    make_many_examples(120, seed=5, draft_every=7)
    examples = list(Example.objects.filter(live=True).order_by("pk"))
    assert len(examples) > 90
    with_related = 0
    for example in examples[::9]:
        found = [other.pk for other in related_examples(example, example_terms(example))]
        assert found == counted_by_hand(example), example.name
        with_related += bool(found)
    assert with_related >= 5


def test_more_shared_terms_come_first_and_ties_go_by_swedish_name(bank):
    themes = list(Theme.objects.order_by("pk")[:3])
    example = make_example("Mitt", themes=themes)
    make_example("Öst", themes=themes[:2])
    make_example("Ärlig", themes=themes[:2])
    make_example("Zeta", themes=themes[:1])
    make_example("Alfa", themes=themes[:1])
    make_example("Utkast", themes=themes, live=False)
    found = [other.name for other in related_examples(example, example_terms(example), limit=4)]
    assert found == ["Ärlig", "Öst", "Alfa", "Zeta"]  # z < å < ä < ö in Swedish


def test_an_example_sharing_nothing_has_no_related_ones(bank):
    themes = list(Theme.objects.order_by("pk")[:2])
    example = make_example("Ensam", themes=themes[:1])
    make_example("Annan", themes=themes[1:])
    assert related_examples(example, example_terms(example)) == []


def test_counters_add_up_scores_bit_by_bit():
    counters = []
    masks = [0b1011, 0b0011, 0b0001, 0b1111]  # example 0 in all four, 1 in three, 3 in two
    for mask in masks:
        add(counters, mask)
    everything = 0b1111
    assert scoring(counters, 4, everything) == 0b0001
    assert scoring(counters, 3, everything) == 0b0010
    assert scoring(counters, 2, everything) == 0b1000
    assert scoring(counters, 1, everything) == 0b0100
    assert scoring(counters, 5, everything) == 0
    assert scoring(counters, 8, everything) == 0
