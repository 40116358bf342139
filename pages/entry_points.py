"""The home page's ways in: each app names the page a visitor looks for (the example bank,
the events, the news, the publications, the nodes) and the home page links to it, without
importing the apps (DESIGN.md §3, docs/entry-points.md).

    @hooks.register(ENTRY_POINTS_HOOK)
    def examplebank_entry_points():
        return [EntryPoint(ExampleBankPage, _("Sociala innovationer i hela Sverige…"), order=10)]

The link is the shallowest live, public page of that type under the home page, with its own
title; the text is the page's search description (Promote tab) when the editor wrote one,
else the app's default. A type with no such page is left out. Two queries for all of them
(Wagtail's view restrictions, then the pages).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail import hooks
from wagtail.models import Page

from .page_cache.memo import remembered
from .page_cache.purge import address_tags, tables_of
from .page_cache.recorder import depends_on, table_tag
from .view_restrictions import public

ENTRY_POINTS_HOOK = "register_entry_points"


@dataclass(frozen=True)
class EntryPoint:
    page_type: type
    text: str
    order: int = 100


@dataclass(frozen=True)
class Way:
    page: Page
    text: str


def registered_entry_points():
    found = [point for hook in hooks.get_hooks(ENTRY_POINTS_HOOK) for point in hook()]
    return sorted(found, key=lambda point: (point.order, point.page_type.__name__))


def ways_in(home):
    """[Way, …] for the home page `home`, in the entry points' order."""
    points = registered_entry_points()
    types = {ContentType.objects.get_for_model(point.page_type).pk: point for point in points}

    def first_of_each_type():
        """{content type id: the shallowest live public page of that type}. Shared by every
        process (pages/page_cache/memo.py) until a page of one of the types is published,
        unpublished or deleted, or a page found (or one above it) moves."""
        candidates = (
            public(Page.objects.live())
            .descendant_of(home)
            .filter(content_type_id__in=types)
            .order_by("depth", "path")
        )
        first = {}
        for page in candidates:
            first.setdefault(page.content_type_id, page)
        for point in points:
            depends_on(*(table_tag(table) for table in tables_of(point.page_type)))
        for page in first.values():
            depends_on(*address_tags(page))
        return first

    first = remembered(f"ways-in:{home.path}", first_of_each_type)
    ways = []
    for type_id, point in types.items():  # in the points' order
        page = first.get(type_id)
        if page is not None:
            ways.append(Way(page, page.search_description or str(point.text)))
    return ways
