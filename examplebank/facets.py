"""The example bank's faceted search: which examples match a query string, and how many the
visitor would get by choosing each facet value (docs/examplebank.md).

Everything is computed from one query, whatever the number of examples or filters
(examplebank/facet_data.py: the facets' vocabulary, the visible examples' own fields and their
many-to-many memberships), plus the search itself, whose hits narrow those rows in Python. The
counting happens in Python over those rows: no query per facet or value.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from pages.forms import SearchForm
from pages.page_cache.memo import remembered

from .facet_data import load
from .models import Example

# Values read per parameter: more than any facet has, so a repeated parameter is harmless.
MAX_VALUES_PER_FACET = 40

RELEVANCE, NAME, NEWEST = "relevans", "namn", "nyast"
ORDERINGS = {RELEVANCE: _("Relevans"), NAME: _("Namn"), NEWEST: _("Nyast")}


@dataclass(frozen=True)
class Facet:
    """A facet: its query-string key, its heading and what an unknown value is told."""

    key: str
    label: str
    unknown: str


FACETS = [
    Facet("tema", _("Tema"), _("Det finns inget sådant tema.")),
    Facet("sektor", _("Sektor"), _("Det finns ingen sådan sektor.")),
    Facet("steg", _("Steg i processmodellen"), _("Det finns inget sådant steg.")),
    Facet("faktor", _("Faktor i orienteringskartan"), _("Det finns ingen sådan faktor.")),
    Facet("niva", _("Nivå"), _("Det finns ingen sådan nivå.")),
    Facet("lan", _("Län"), _("Det finns inget sådant län.")),
    Facet(
        "mal",
        _("Globalt mål"),
        _("Agenda 2030 har 17 globala mål. Det finns inget mål med det numret."),
    ),
    Facet("status", _("Status"), _("Det finns ingen sådan status.")),
]


@dataclass
class FacetValue:
    slug: str
    name: str
    id: object
    order: tuple
    count: int = 0
    selected: bool = False


@dataclass
class FacetState:
    facet: Facet
    values: list = field(default_factory=list)

    @property
    def key(self):
        return self.facet.key

    @property
    def label(self):
        return self.facet.label

    @property
    def selected(self):
        return [value for value in self.values if value.selected]


@dataclass(frozen=True)
class BankData:
    """The bank as the facets count it. Each facet value's examples are a bit mask over
    `rows` (bit i: `rows[i]` has it), so counting is a few integer operations per value,
    whatever the number of examples."""

    terms: dict  # {facet key: [Term, …]} in display order
    rows: list  # the visible examples, by name in Swedish
    masks: dict  # {facet key: {term id: mask}}
    position: dict  # {example pk: its row's index}

    @property
    def everything(self):
        return (1 << len(self.rows)) - 1


def visible_in_order():
    """The bank's data (BankData): read in one query and, as reading it costs more than
    anything else the bank does, held by each process until an example or a term changes
    (pages/page_cache/memo.py). Shared by every request: never changed in place."""
    terms, rows = load(Example.objects.visible())
    for values in terms.values():
        values.sort(key=lambda value: (value.order[0], swedish_key(value.order[1])))
    rows.sort(key=lambda row: swedish_key(row.name))
    members = {}
    for index, row in enumerate(rows):
        for key, ids in row.terms.items():
            for term in ids:
                members.setdefault(key, {}).setdefault(term, []).append(index)
    masks = {
        key: {term: mask_of(indexes, len(rows)) for term, indexes in by_term.items()}
        for key, by_term in members.items()
    }
    position = {row.pk: index for index, row in enumerate(rows)}
    return BankData(terms, rows, masks, position)


def bank_data():
    """This process's BankData (`visible_in_order`), read again after a change."""
    return remembered("bank-facet-data", visible_in_order, read_only=True)


def mask_of(indexes, size):
    bits = bytearray(size // 8 + 1)
    for index in indexes:
        bits[index >> 3] |= 1 << (index & 7)
    return int.from_bytes(bits, "little")


def positions(mask):
    """The indexes of the set bits, in order."""
    return [index for index, bit in enumerate(bin(mask)[:1:-1]) if bit == "1"]


class BankQuery:
    """A query string of the example bank, read: the search, the facet values, the order.

    `ordered_ids` are the matching examples in listing order; `facets` every facet with each
    value's count: for a value of a facet with nothing chosen, the examples that have it among
    those the other facets let through; for a value not yet chosen in a facet that has choices,
    the results the visitor gets by adding it (values of one facet widen, facets narrow); for
    a chosen value, how many of the current results have it.
    """

    def __init__(self, data):
        self.data = data
        self.search_form = SearchForm(data)
        self.query = self.search_form.cleaned_query()
        self.problems = []
        if self.search_form.was_truncated:
            self.problems.append(
                _("Sökningen var för lång och har kortats till %(count)s tecken.")
                % {"count": settings.SEARCH_QUERY_MAX_LENGTH}
            )
        self.ordering = self.read_ordering()

    # --- reading the query string -----------------------------------------------------
    def read_ordering(self):
        value = self.data.get("ordning", "")
        default = RELEVANCE if self.query else NAME
        if value in ORDERINGS and (value != RELEVANCE or self.query):
            return value
        if value and value not in ORDERINGS:
            self.problems.append(_("Den sorteringen finns inte. Visar standardordningen."))
        return default

    @cached_property
    def loaded(self):
        return bank_data()

    @cached_property
    def terms(self):
        """{facet key: [Term, …]} in display order."""
        return self.loaded.terms

    @cached_property
    def selected(self):
        """{facet key: set of chosen term ids} for values that exist; unknown ones noted."""
        chosen = {}
        for facet in FACETS:
            raw = self.data.getlist(facet.key)[:MAX_VALUES_PER_FACET]
            by_slug = {value.slug: value for value in self.terms[facet.key]}
            wanted = [item.strip()[:100] for item in raw if item.strip()]
            known = {by_slug[item].id for item in wanted if item in by_slug}
            if len(known) < len(set(wanted)):
                self.problems.append(facet.unknown)
            if known:
                chosen[facet.key] = known
        return chosen

    # --- the rows ---------------------------------------------------------------------
    @cached_property
    def search_ids(self):
        """The full-text hits in relevance order, or None when there is no search."""
        search_query = self.search_form.search_query()
        if search_query is None:
            return None
        hits = Example.objects.visible().only("pk").search(search_query)
        return [hit.pk for hit in hits]

    @cached_property
    def within(self):
        """The examples the search lets through (all without one), as a mask."""
        data = self.loaded
        if self.search_ids is None:
            return data.everything
        hits = (data.position[pk] for pk in self.search_ids if pk in data.position)
        return mask_of(hits, len(data.rows))

    @cached_property
    def chosen_masks(self):
        """{facet key: the examples with any of its chosen values} for facets with choices."""
        masks = self.loaded.masks
        chosen_masks = {}
        for key, chosen in self.selected.items():
            mask = 0
            for term in chosen:
                mask |= masks.get(key, {}).get(term, 0)
            chosen_masks[key] = mask
        return chosen_masks

    def all_but(self, key):
        """The examples every chosen facet but `key` lets through."""
        mask = self.within
        for other, chosen in self.chosen_masks.items():
            if other != key:
                mask &= chosen
        return mask

    @cached_property
    def matching(self):
        mask = self.within
        for chosen in self.chosen_masks.values():
            mask &= chosen
        return mask

    @cached_property
    def ordered_ids(self):
        rows = self.loaded.rows
        matching = [rows[index] for index in positions(self.matching)]  # by name
        if self.ordering == RELEVANCE and self.search_ids is not None:
            rank = {pk: position for position, pk in enumerate(self.search_ids)}
            matching.sort(key=lambda row: rank.get(row.pk, len(rank)))
        elif self.ordering == NEWEST:  # stable: ties stay by name
            matching.sort(key=published_key, reverse=True)
        return [row.pk for row in matching]

    # --- the facets ---------------------------------------------------------------------
    @cached_property
    def facets(self):
        total = self.matching.bit_count()
        states = []
        for facet in FACETS:
            chosen = self.selected.get(facet.key, set())
            shown = self.all_but(facet.key)  # what this facet's values are counted among
            adds = shown & ~self.chosen_masks.get(facet.key, 0)  # not yet in the results
            masks = self.loaded.masks.get(facet.key, {})
            state = FacetState(facet)
            for value in self.terms[facet.key]:
                has_it = masks.get(value.id, 0)
                count = (has_it & shown).bit_count()
                selected = value.id in chosen
                if chosen and not selected and count:
                    # what adding it to the choices gives (0 when no example has it)
                    count = total + (has_it & adds).bit_count()
                state.values.append(
                    FacetValue(value.slug, value.name, value.id, value.order, count, selected)
                )
            states.append(state)
        return states

    # --- addresses ----------------------------------------------------------------------
    def params(self, without=None):
        """The query string's valid state as (key, value) pairs, minus one (key, slug)."""
        pairs = []
        if self.query:
            pairs.append(("q", self.query))
        for state in self.facets:
            for value in state.selected:
                if (state.key, value.slug) != without:
                    pairs.append((state.key, value.slug))
        default = RELEVANCE if self.query else NAME
        if self.ordering != default:
            pairs.append(("ordning", self.ordering))
        return pairs

    @property
    def query_string(self):
        return urlencode(self.params())

    @property
    def has_filters(self):
        return bool(self.query or self.selected)

    @property
    def chosen_count(self):
        """How many facet values are chosen (the phone's "Dölj filtren (3 valda)")."""
        return sum(len(ids) for ids in self.selected.values())

    def active_filters(self):
        """(label, address without it) for the search and each chosen value."""
        active = []
        if self.query:
            rest = [pair for pair in self.params() if pair[0] != "q"]
            active.append((_("Sökord: ”%(query)s”") % {"query": self.query}, urlencode(rest)))
        for state in self.facets:
            for value in state.selected:
                active.append(
                    (
                        f"{state.label}: {value.name}",
                        urlencode(self.params((state.key, value.slug))),
                    )
                )
        return active


def published_key(row):
    return row.published.timestamp() if row.published else float("-inf")


SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})


def swedish_key(text):
    """Sort key for Swedish alphabetical order (å, ä, ö after z)."""
    return str(text).casefold().translate(SWEDISH_ORDER)
