"""The filters of the news and publication listings (on pages.listing)."""

from django.utils.translation import gettext_lazy as _

from nodes.tree import nodes_by_path
from pages.listing import ListingChoiceFilter, ListingFilterSet
from pages.models import Theme

NATIONAL = "nationellt"


def theme_filter():
    return ListingChoiceFilter(
        field_name="themes__slug",
        label=_("Tema"),
        empty_label=_("Alla teman"),
        invalid_message=_("Det finns inget sådant tema. Visar alla teman."),
    )


def year_filter(field_name):
    return ListingChoiceFilter(
        field_name=field_name,
        label=_("År"),
        empty_label=_("Alla år"),
        invalid_message=_("Det finns inget innehåll från det året. Visar alla år."),
    )


def theme_choices():
    return Theme.objects.values_list("slug", "name")


class NewsFilterSet(ListingFilterSet):
    nod = ListingChoiceFilter(
        label=_("Nod"),
        empty_label=_("Hela MSI"),
        invalid_message=_("Det finns ingen sådan nod. Visar nyheter från hela MSI."),
        method="filter_node",
    )
    tema = theme_filter()
    ar = year_filter("date__year")

    def set_choices(self):
        self.nodes = {node.slug: node for node in nodes_by_path().values()}
        if self.index.node is None:
            nodes = sorted(self.nodes.values(), key=lambda node: node.name)
            self.filters["nod"].set_choices(
                [(NATIONAL, _("Nationella kansliet"))]
                + [(node.slug, node.root_page.title) for node in nodes]
            )
        else:
            del self.filters["nod"]  # a node's own index lists only that node
        self.filters["tema"].set_choices(theme_choices())
        years = self.queryset.dates("date", "year", order="DESC")
        self.filters["ar"].set_choices([(str(day.year), str(day.year)) for day in years])

    def filter_node(self, articles, name, value):
        if value == NATIONAL:
            for other in self.nodes.values():
                articles = articles.not_descendant_of(other.root_page, inclusive=True)
            return articles
        return articles.descendant_of(self.nodes[value].root_page)

    @property
    def node(self):
        """The chosen node, or None for all of MSI and for the national office alone."""
        slug = self.values.get("nod")
        return self.nodes[slug] if slug and slug != NATIONAL else None

    @property
    def theme(self):
        slug = self.values.get("tema")
        return Theme.objects.filter(slug=slug).first() if slug else None


class PublicationFilterSet(ListingFilterSet):
    typ = ListingChoiceFilter(
        field_name="publication_type",
        label=_("Typ"),
        empty_label=_("Alla typer"),
        invalid_message=_("Det finns ingen sådan publikationstyp. Visar alla typer."),
    )
    tema = theme_filter()
    ar = year_filter("year")

    def set_choices(self):
        self.filters["typ"].set_choices(self.queryset.model.PublicationType.choices)
        self.filters["tema"].set_choices(theme_choices())
        years = self.queryset.order_by("-year").values_list("year", flat=True).distinct()
        self.filters["ar"].set_choices([(str(year), str(year)) for year in years])
