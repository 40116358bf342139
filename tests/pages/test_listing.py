"""The shared listing machinery (pages/listing/): filters that never fail the page, pagination
that never errs, and the canonical rule."""

import re

import pytest

from django.test import RequestFactory

from pages.listing import ListingChoiceFilter, ListingFilterSet, paginate
from pages.models import Theme

NEWS = "/aktuellt/nyheter/"


class ThemeFilterSet(ListingFilterSet):
    """A test-only listing of themes, filtered by slug and by first letter."""

    slug = ListingChoiceFilter(
        field_name="slug", empty_label="Alla", invalid_message="Inget sådant tema."
    )
    initial = ListingChoiceFilter(
        field_name="name",
        lookup_expr="startswith",
        empty_label="Alla",
        invalid_message="Ingen sådan bokstav.",
    )

    def set_choices(self):
        self.filters["slug"].set_choices(self.queryset.values_list("slug", "name"))
        self.filters["initial"].set_choices([("D", "D"), ("J", "J")])


def themes(query):
    request = RequestFactory().get("/", query)
    return ThemeFilterSet(request.GET, Theme.objects.order_by("slug"), request=request)


def test_a_valid_filter_applies_and_says_so(demo):
    filterset = themes({"initial": "D"})
    assert {theme.name[0] for theme in filterset.qs} == {"D"}
    assert filterset.values == {"initial": "D"}
    assert filterset.query_string == "initial=D"
    assert filterset.problems == []


def test_an_unknown_value_is_left_out_with_its_message_and_the_others_still_apply(demo):
    filterset = themes({"slug": "finns-inte", "initial": "J"})
    assert filterset.problems == ["Inget sådant tema."]
    assert filterset.values == {"initial": "J"}
    assert {theme.name[0] for theme in filterset.qs} == {"J"}
    field = filterset.form.fields["slug"]
    assert field.widget.attrs["aria-describedby"] == "filter-slug-error"


@pytest.mark.parametrize(
    "query", [{"slug": ["a", "b"]}, {"slug": "x" * 5000}, {"initial": "\x00"}, {"okänd": "1"}]
)
def test_hostile_values_never_fail(demo, query):
    filterset = themes(query)
    assert filterset.qs.count() == Theme.objects.count()


@pytest.mark.parametrize(
    ("page", "shown"),
    [(None, 1), ("2", 2), ("0", 1), ("-3", 1), ("999", 4), ("tre", 1), ("2.5", 1), ("", 1)],
)
def test_page_numbers_never_fail(page, shown):
    request = RequestFactory().get("/", {} if page is None else {"page": page})
    assert paginate(request, list(range(40)), 12).number == shown


def canonical(client, query):
    html = client.get(NEWS + query).content.decode()
    return re.findall(r'<link rel="canonical" href="http://[^/]+([^"]+)">', html)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", NEWS),
        ("?page=2", NEWS + "?page=2"),
        ("?page=tva", NEWS),
        ("?tema=jamlik-halsa", NEWS),
        ("?tema=jamlik-halsa&page=2", NEWS),  # page 2 of a filtered view is not page 2
        ("?tema=finns-inte&page=2", NEWS + "?page=2"),  # unknown filter: the unfiltered list
    ],
)
def test_canonical_rule(client, demo, query, expected):
    assert canonical(client, query) == [expected]


def test_an_unknown_theme_shows_everything_with_a_message(client, demo):
    everything = client.get(NEWS).content.decode()
    html = client.get(NEWS + "?tema=finns-inte").content.decode()
    assert "Det finns inget sådant tema. Visar alla teman." in html
    count = re.search(r'id="results-heading">(\d+) ', everything).group(1)
    assert re.search(r'id="results-heading">(\d+) ', html).group(1) == count
    assert 'aria-describedby="filter-tema-error"' in html
