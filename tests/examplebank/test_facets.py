"""Facet counts and results against an independent count in the database (the ORM's own
filters), for every facet alone and combined, with and without a search."""

import random

import pytest

from django.db import connection
from django.db.models import Q
from django.http import QueryDict

from examplebank.facets import FACETS, BankQuery
from examplebank.models import Example
from pages.models import Region, Sector, Theme
from tests.conftest import require
from tests.factories import make_example, make_many_examples

# How each facet's query-string value is found in the database, written apart from the
# implementation: the ORM lookups a filter for that value would use.
LOOKUPS = {
    "tema": "themes__slug",
    "sektor": "sectors__slug",
    "steg": "stages__slug",
    "faktor": "factors__slug",
    "niva": "level__slug",
    "lan": "region__slug",
    "mal": "goals__number",
    "status": "status",
}


def expected_ids(chosen, within=None):
    """Live examples with at least one chosen value in every facet, counted by the ORM."""
    examples = Example.objects.filter(live=True)
    if within is not None:
        examples = examples.filter(pk__in=within)
    for key, values in chosen.items():
        if values:
            examples = examples.filter(Q(**{f"{LOOKUPS[key]}__in": list(values)}))
    return set(examples.values_list("pk", flat=True).distinct())


def query_dict(values):
    """request.GET for {key: value or [values]}."""
    data = QueryDict(mutable=True)
    for key, value in values.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return data


def check(chosen, query="", within=None):
    data = query_dict({key: sorted(values) for key, values in chosen.items()})
    if query:
        data["q"] = query
    bank_query = BankQuery(data)
    assert set(bank_query.ordered_ids) == expected_ids(chosen, within)
    for state in bank_query.facets:
        for value in state.values:
            chosen_here = set(chosen.get(state.key, set()))
            if value.selected:
                # how many of the current results have it
                want = len(
                    expected_ids(chosen, within) & expected_ids({state.key: {value.slug}}, within)
                )
            else:
                # what choosing it would give
                widened = {**chosen, state.key: chosen_here | {value.slug}}
                want = len(expected_ids(widened, within))
                if chosen_here and not expected_ids({**chosen, state.key: {value.slug}}, within):
                    want = 0  # no example has it: shown as empty, not as "no change"
            assert value.count == want, (state.key, value.slug, chosen)
    return bank_query


@pytest.fixture
def many(bank):
    make_many_examples(160, seed=5, draft_every=9)
    return bank


def slugs(key):
    return [value.slug for value in BankQuery(QueryDict()).terms[key]]


def test_every_facet_alone(many):
    generator = random.Random(1)
    check({})
    for facet in FACETS:
        values = slugs(facet.key)
        for value in generator.sample(values, min(3, len(values))):
            check({facet.key: {value}})
        check({facet.key: set(generator.sample(values, 2))})  # two values widen


def test_facets_combined(many):
    generator = random.Random(2)
    for _round in range(12):
        keys = generator.sample([facet.key for facet in FACETS], generator.randint(2, 4))
        chosen = {key: set(generator.sample(slugs(key), generator.randint(1, 2))) for key in keys}
        check(chosen)


@pytest.mark.postgres
def test_search_and_facets_together(bank):
    require(connection.vendor == "postgresql", "needs PostgreSQL: set DATABASE_URL")
    theme = Theme.objects.first()
    sector = Sector.objects.get(slug="civilsamhalle")
    hits = [
        make_example("Stadslotter", summary="Odling i bostadsområden.", themes=[theme]),
        make_example("Nätverket", summary="Odlingar och möten.", sectors=[sector]),
        make_example("Grannar", summary="Odling på taket.", sectors=[sector], themes=[theme]),
    ]
    make_example("Lånebanken", summary="Lån av fritidsutrustning.", themes=[theme])
    found = BankQuery(query_dict({"q": "odling"})).ordered_ids
    assert set(found) == {example.pk for example in hits}
    check({"tema": {theme.slug}}, query="odling", within=found)
    check({"sektor": {"civilsamhalle"}, "tema": {theme.slug}}, query="odling", within=found)


def test_unknown_values_are_named_and_ignored(many):
    bank_query = BankQuery(query_dict({"mal": ["18", "3"], "tema": "finns-inte"}))
    assert set(bank_query.ordered_ids) == expected_ids({"mal": {"3"}})
    messages = " ".join(str(problem) for problem in bank_query.problems)
    assert "17 globala mål" in messages
    assert "inget sådant tema" in messages


def test_values_nobody_has_count_zero(bank):
    skane = Region.objects.get(name="Skåne län")
    make_example("Ett", region=skane)
    bank_query = BankQuery(query_dict({"lan": skane.slug}))
    regions = next(state for state in bank_query.facets if state.key == "lan")
    counts = {value.slug: value.count for value in regions.values}
    assert counts[skane.slug] == 1
    assert all(count == 0 for slug, count in counts.items() if slug != skane.slug)
