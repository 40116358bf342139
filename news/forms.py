"""The GET filter forms of the news and publication indexes.

A filter form never fails the page: a value it does not know (a misspelt theme, year 99999,
a node that does not exist) is left out with a message saying so, and the other filters
still apply. Only values from the form's own choices reach the database.
"""

from django import forms
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from nodes.tree import nodes_by_path
from pages.models import Theme

NATIONAL = "nationellt"


class FilterField(forms.ChoiceField):
    def __init__(self, *, all_label, invalid_message, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.all_label = all_label
        self.invalid_message = invalid_message

    def set_choices(self, choices):
        self.choices = [("", self.all_label), *choices]


class ListingFilterForm(forms.Form):
    """Subclasses set their fields' choices in __init__, then call `check()`."""

    def __init__(self, data):
        super().__init__(data, auto_id="filter-%s")

    def check(self):
        """Validate, and point each refused field at its message."""
        self.is_valid()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-describedby"] = f"filter-{name}-error"

    @cached_property
    def values(self):
        """{field name: value} for the filters that are set and valid."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned[name] for name in self.fields if cleaned.get(name)}

    @property
    def problems(self):
        """One message per filter that was given a value it does not know."""
        self.is_valid()
        return [self.fields[name].invalid_message for name in self.fields if name in self.errors]

    @property
    def query_string(self):
        """The valid filters as a query string, for pagination links and feed links."""
        return urlencode(self.values)

    def filter(self, queryset):
        raise NotImplementedError


def theme_field():
    return FilterField(
        label=_("Tema"),
        all_label=_("Alla teman"),
        invalid_message=_("Det finns inget sådant tema. Visar alla teman."),
    )


def year_field():
    return FilterField(
        label=_("År"),
        all_label=_("Alla år"),
        invalid_message=_("Det finns inget innehåll från det året. Visar alla år."),
    )


class NewsFilterForm(ListingFilterForm):
    nod = FilterField(
        label=_("Nod"),
        all_label=_("Hela MSI"),
        invalid_message=_("Det finns ingen sådan nod. Visar nyheter från hela MSI."),
    )
    tema = theme_field()
    ar = year_field()

    def __init__(self, data, *, index):
        super().__init__(data)
        self.index = index
        self.nodes = {node.slug: node for node in nodes_by_path().values()}
        if index.node is None:
            nodes = sorted(self.nodes.values(), key=lambda node: node.name)
            self.fields["nod"].set_choices(
                [(NATIONAL, _("Nationella kansliet"))]
                + [(node.slug, node.root_page.title) for node in nodes]
            )
        else:
            del self.fields["nod"]
        self.fields["tema"].set_choices(Theme.objects.values_list("slug", "name"))
        years = index.articles().dates("date", "year", order="DESC")
        self.fields["ar"].set_choices([(str(day.year), str(day.year)) for day in years])
        self.check()

    @property
    def node(self):
        """The chosen node, or None for all of MSI and for the national office alone."""
        slug = self.values.get("nod")
        return self.nodes[slug] if slug and slug != NATIONAL else None

    @property
    def theme(self):
        slug = self.values.get("tema")
        return Theme.objects.filter(slug=slug).first() if slug else None

    def filter(self, articles):
        node = self.values.get("nod")
        if node == NATIONAL:
            for other in self.nodes.values():
                articles = articles.not_descendant_of(other.root_page, inclusive=True)
        elif node:
            articles = articles.descendant_of(self.nodes[node].root_page)
        if "tema" in self.values:
            articles = articles.filter(themes__slug=self.values["tema"])
        if "ar" in self.values:
            articles = articles.filter(date__year=int(self.values["ar"]))
        return articles


class PublicationFilterForm(ListingFilterForm):
    typ = FilterField(
        label=_("Typ"),
        all_label=_("Alla typer"),
        invalid_message=_("Det finns ingen sådan publikationstyp. Visar alla typer."),
    )
    tema = theme_field()
    ar = year_field()

    def __init__(self, data, *, index):
        super().__init__(data)
        from news.models import PublicationPage

        self.fields["typ"].set_choices(PublicationPage.PublicationType.choices)
        self.fields["tema"].set_choices(Theme.objects.values_list("slug", "name"))
        years = index.publications().order_by("-year").values_list("year", flat=True).distinct()
        self.fields["ar"].set_choices([(str(year), str(year)) for year in years])
        self.check()

    def filter(self, publications):
        if "typ" in self.values:
            publications = publications.filter(publication_type=self.values["typ"])
        if "tema" in self.values:
            publications = publications.filter(themes__slug=self.values["tema"])
        if "ar" in self.values:
            publications = publications.filter(year=int(self.values["ar"]))
        return publications
