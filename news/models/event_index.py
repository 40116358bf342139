"""Event index pages: the national one at /aktuellt/evenemang/ (every node's events too) and one
per node (that node's). They list, show, and serve calendars of Event snippets: see
docs/events.md."""

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from nodes.tree import InNodeTree, attach_nodes
from pages.listing import ListingPageMixin
from pages.models import BasePage, Theme
from pages.page_cache.memo import remembered
from pages.page_cache.purge import address_tags
from pages.page_cache.recorder import depends_on
from pages.querysets import BasePageManager

from .event_slugs import EventPreviousSlug
from .events import Event

UPCOMING = "upcoming"
PAST = "past"


class EventIndexPage(InNodeTree, ListingPageMixin, RoutablePageMixin, BasePage):
    """Upcoming events first (`/`), the past archive (`tidigare/`), an event (`<slug>/`), its
    calendar file (`<slug>.ics`) and subscribable calendars (`kalender.ics`, per theme)."""

    objects = BasePageManager()

    parent_page_types = ["news.StoriesHubPage", "nodes.NodeHomePage"]
    subpage_types = []
    item_model = "news.Event"
    max_count_per_parent = 1  # one national index, one per node: event addresses assume it
    period = UPCOMING

    class Meta:
        verbose_name = _("evenemangslista")
        verbose_name_plural = _("evenemangslistor")

    # --- the listing ---------------------------------------------------------------------
    def events(self):
        """Published events this index lists: a node's own, or all of them nationally."""
        events = Event.objects.visible()
        if self.node is not None:
            events = events.filter(node=self.node)
        return events

    @property
    def filterset_class(self):
        from news.filters import EventFilterSet

        return EventFilterSet

    def listing_queryset(self):
        events = self.events()
        return events.past() if self.period == PAST else events.upcoming()

    def card_queryset(self, queryset):
        return queryset.for_cards()

    def prepare_items(self, items):
        return attach_event_urls(items)

    def listing_suffix(self):
        return self.reverse_subpage("archive") if self.period == PAST else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.period == PAST:
            context["listing_title"] = (
                f"Tidigare evenemang med MSI {self.node.name}"
                if self.node
                else "Tidigare evenemang"
            )
        context.update(
            period=self.period,
            archive_url=self.get_url(request) + self.reverse_subpage("archive"),
            calendars=self.calendar_links(request, context["filter_form"].theme),
        )
        return context

    @path("", name="upcoming")
    def upcoming_view(self, request):
        self.period = UPCOMING
        return self.render(request)

    @path("tidigare/", name="archive")
    def archive_view(self, request):
        self.period = PAST
        return self.render(request)

    # --- calendars -----------------------------------------------------------------------
    @path("kalender.ics/", name="calendar")
    def calendar_view(self, request):
        from news.calendar import calendar_response

        return calendar_response(request, self.events(), name=self.title, index=self)

    @path("kalender/tema/<slug:theme>.ics/", name="theme_calendar")
    def theme_calendar_view(self, request, theme):
        from news.calendar import calendar_response

        theme = get_object_or_404(Theme, slug=theme)
        events = self.events().filter(themes=theme)
        return calendar_response(request, events, name=f"{self.title} – {theme.name}", index=self)

    def calendar_links(self, request, theme=None):
        """(label, https URL, webcal URL) of this index's calendar, and the theme's if given."""
        links = [(self.title, self.full_url_of(request, "calendar"))]
        if theme is not None:
            links.insert(
                0,
                (
                    f"{self.title} – {theme.name}",
                    self.full_url_of(request, "theme_calendar", theme=theme.slug),
                ),
            )
        return [(label, url, "webcal://" + url.split("://", 1)[1]) for label, url in links]

    def full_url_of(self, request, name, **kwargs):
        """A calendar's address. Wagtail routes only paths that end in "/"; calendars are
        served without it (msi_site/urls.py passes "….ics" paths to Wagtail)."""
        return self.get_full_url(request) + self.reverse_subpage(name, kwargs=kwargs).rstrip("/")

    # --- one event -----------------------------------------------------------------------
    @path("<slug:slug>.ics/", name="event_calendar")
    def event_calendar_view(self, request, slug):
        from news.calendar import calendar_response

        event = self.find_event(slug)
        return calendar_response(
            request,
            Event.objects.filter(pk=event.pk),
            name=event.title,
            index=self,
            filename=f"{event.slug}.ics",
            keep_days=None,
        )

    @path("<slug:slug>/", name="event")
    def event_view(self, request, slug):
        from news.event_detail import event_context

        event = self.find_event(slug)
        canonical = event_url(event, request)
        if event.slug != slug or canonical != self.get_url(request) + f"{slug}/":
            return HttpResponsePermanentRedirect(canonical)
        # The page's own context, without the listing (ListingPageMixin) it does not show.
        context = super(ListingPageMixin, self).get_context(request)
        context.update(event_context(event, request, canonical_index=self))
        return TemplateResponse(request, "pages/news/event_page.html", context)

    def find_event(self, slug):
        """A published event this index lists, by its slug or a slug it had before."""
        events = self.events().for_cards().prefetch_related("themes")
        event = events.filter(slug=slug).first()
        if event is None:
            previous = EventPreviousSlug.objects.filter(slug=slug).first()
            event = events.filter(pk=previous.event_id).first() if previous else None
        if event is None:
            raise Http404("Det finns inget sådant evenemang.")
        return event

    def get_sitemap_urls(self, request=None):
        """The listing, its archive, and every event whose page is here."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        urls.append({"location": base + self.reverse_subpage("archive")})
        indexes = event_indexes()
        for event in self.events().select_related("node").order_by("pk"):
            if canonical_index(event, indexes) == self:
                urls.append(
                    {"location": f"{base}{event.slug}/", "lastmod": event.last_published_at}
                )
        return urls


def event_indexes():
    """{node id, or None for the national office: the event index that shows its events}."""
    # Live, not only public: an index behind a login still is the event's one address.

    def compute():
        pages = EventIndexPage.objects.live().defer_streamfields().order_by("path")
        indexes = {}
        for page in attach_nodes(list(pages)):
            indexes.setdefault(page.node.pk if page.node else None, page)
            depends_on(*address_tags(page))
        return indexes

    return remembered("event-indexes", compute)


def canonical_index(event, indexes=None):
    """An event's one page: its node's index, or the national one (also for a node without
    a live index of its own)."""
    indexes = event_indexes() if indexes is None else indexes
    return indexes.get(event.node_id) or indexes.get(None)


def event_url(event, request=None, indexes=None):
    index = canonical_index(event, indexes)
    return f"{index.get_url(request)}{event.slug}/" if index else None


def attach_event_urls(events, request=None, *, full=False, indexes=None):
    """Set `event.url` (the full URL if `full`) on every event: two queries in all, however
    many events (none if `indexes` is given)."""
    indexes = event_indexes() if indexes is None else indexes
    for event in events:
        index = canonical_index(event, indexes)
        if index is None:
            event.url = None
        else:
            base = index.get_full_url(request) if full else index.get_url(request)
            event.url = f"{base}{event.slug}/"
    return events
