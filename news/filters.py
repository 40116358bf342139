"""The filters of the news, event and publication listings (on pages.listing)."""

from datetime import date

from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext_lazy as _

from nodes.tree import nodes_by_path
from pages.listing import ListingChoiceFilter, ListingFilterSet
from pages.models import Theme
from pages.vocabularies import term_by_slug, terms

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
    return [(theme.slug, theme.name) for theme in terms(Theme)]


class ThemeFilterSet(ListingFilterSet):
    """A listing with a `tema` filter (subclasses place it among their filters), whose feeds or
    calendars follow the chosen theme."""

    @property
    def theme(self):
        return term_by_slug(Theme, self.values.get("tema"))


class NewsFilterSet(ThemeFilterSet):
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
        self.filters["ar"].set_choices(self.kept_choices("ar", self.year_choices))

    def year_choices(self):
        years = self.queryset.dates("date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

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
        self.filters["ar"].set_choices(self.kept_choices("ar", self.year_choices))

    def year_choices(self):
        years = self.queryset.order_by("-year").values_list("year", flat=True).distinct()
        return [(str(year), str(year)) for year in years]


class EventFilterSet(ThemeFilterSet):
    """Node (on the national index), theme, format and month of the upcoming or past events."""

    nod = ListingChoiceFilter(
        label=_("Nod"),
        empty_label=_("Hela MSI"),
        invalid_message=_("Det finns ingen sådan nod. Visar evenemang från hela MSI."),
        method="filter_node",
    )
    tema = theme_filter()
    format = ListingChoiceFilter(
        field_name="format",
        label=_("På plats eller digitalt"),
        empty_label=_("Alla"),
        invalid_message=_("Det valet finns inte. Visar evenemang både på plats och digitalt."),
    )
    manad = ListingChoiceFilter(
        label=_("Månad"),
        empty_label=_("Alla månader"),
        invalid_message=_("Det finns inga evenemang den månaden i listan. Visar alla månader."),
        method="filter_month",
    )

    def set_choices(self):
        if self.index.node is None:
            nodes = sorted(nodes_by_path().values(), key=lambda node: node.name)
            self.filters["nod"].set_choices(
                [(NATIONAL, _("Nationella kansliet"))] + [(node.slug, node.name) for node in nodes]
            )
        else:
            del self.filters["nod"]  # a node's own index lists only that node
        self.filters["tema"].set_choices(theme_choices())
        self.filters["format"].set_choices(self.queryset.model.Format.choices)
        self.filters["manad"].set_choices(self.kept_choices("manad", self.month_choices))

    def month_choices(self):
        """The months (Stockholm time) the listed events' occurrences touch: one row per
        distinct pair of first and last month, however many occurrences there are."""
        from news.models import EventOccurrence

        occurrences = EventOccurrence.objects.filter(event__in=self.queryset.values("pk"))
        past = self.index.period == "past"
        if not past:
            occurrences = occurrences.not_over()
        stockholm = timezone.get_current_timezone()
        spans = (
            occurrences.annotate(
                first=TruncMonth("start", tzinfo=stockholm),
                last=TruncMonth("end", tzinfo=stockholm),
            )
            .values_list("first", "last")
            .distinct()
        )
        months = set()
        for first, last in spans:
            year, month = first.year, first.month
            while (year, month) <= (last.year, last.month):
                months.add((year, month))
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return [
            (f"{year:04}-{month:02}", date_format(date(year, month, 1), "F Y"))
            for year, month in sorted(months, reverse=past)
        ]

    def filter_node(self, events, name, value):
        if value == NATIONAL:
            return events.filter(node__isnull=True)
        return events.filter(node__slug=value)

    def filter_month(self, events, name, value):
        year, month = map(int, value.split("-"))
        return events.in_month(year, month)
