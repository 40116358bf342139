"""Routing a request to its page in one query, whatever its depth (docs/page-cache.md,
"Lean rendering").

Wagtail walks the tree from the site's home: for each part of the address, one query for the
child with that slug and one for its specific page, 8 queries for a news article. A page's
`url_path` is the slugs from the tree's root, so one query finds every page along the
address; only the last one (or a routable page on the way that answers the rest) is then
loaded as its specific type. Routable pages keep Wagtail's order: a route of their own wins
over a child page with the same slug.

For anonymous visitors the page found is kept with the shared values (page_cache/memo.py)
until it or a page above it is published, unpublished, moved or deleted: no query at all.
An address that a routable page answers with a route of its own (`/exempelbanken/<slug>/`,
an event) is not kept, since it may be made up; it goes through the kept walk to that page,
found by the addresses and types of the live routable pages that each process holds.
"""

from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from .page_cache import store
from .page_cache.memo import remembered
from .page_cache.purge import address_tags
from .page_cache.recorder import depends_on

MAX_PARTS = 24  # deeper than any address here; longer ones are walked as Wagtail walks them


class OneQueryRouteMixin:
    """For a site's root page: `route()` in one query for the pages along the address."""

    def route(self, request, path_components):
        if not path_components or len(path_components) > MAX_PARTS:
            return super().route(request, path_components)  # Wagtail stops at the first miss
        if store.same_for_everyone(request):
            walked = self.through_routable(path_components) or self.kept_walk(path_components)
        else:
            walked = self.walk(path_components)
        if walked is None:
            raise Http404
        page, above, rest = walked
        if above:
            above[0]._cached_parent_obj = self
        elif page is not self:
            page._cached_parent_obj = self
        if page is not self:
            page.route_ancestors = [self, *above]  # for the breadcrumbs: no query
        return page.route(request, rest)

    def kept_walk(self, path_components):
        """`walk`, kept only when the tree answers the whole address: a miss (404) or a
        routable page's own route (`<slug>/` takes any value) would keep one entry for every
        address anybody makes up."""
        return remembered(
            f"route:{self.pk}:{'/'.join(path_components)}",
            lambda: self.walk(path_components),
            shareable=lambda walked: walked is not None and not walked[2],
        )

    def through_routable(self, path_components):
        """The walk to a routable page whose own route answers the rest of the address (an
        example, an event), from the kept walk to that page, or None. Wagtail's order: the
        first routable page along the address whose route answers the rest wins."""
        if answers_itself(self, path_components):
            return None  # walk() answers it, unkept
        routable = routable_pages(self)
        for n in range(1, len(path_components)):
            page_class = routable.get("/".join(path_components[:n]))
            if page_class is not None and resolves(page_class, path_components[n:]):
                walked = self.kept_walk(path_components[:n])
                if walked is None or walked[2]:
                    return None
                page, above, _rest = walked
                return page, above, list(path_components[n:])
        return None

    def walk(self, path_components):
        """(the page that answers, the pages between this one and it, the rest of the
        address), or None. This page itself is left out (it is not kept with them)."""
        along = {
            page.url_path: page
            for page in Page.objects.filter(
                url_path__in=addresses_along(self.url_path, path_components),
                path__startswith=self.path,
            )
        }
        page, rest = self, list(path_components)
        while rest and not answers_itself(page, rest):
            child = along.get(f"{page.url_path}{rest[0]}/")
            if child is None:
                return None
            if page is not self:
                child._cached_parent_obj = page
            page, rest = child, rest[1:]
        if page is self:
            return page, [], rest
        page = page.specific
        above = sorted((a for a in along.values() if self.depth < a.depth < page.depth), key=depth)
        depends_on(*address_tags(page))  # kept until it or a page above it changes or moves
        return page, above, rest


def routable_pages(root):
    """{address below `root`, relative to it ("exempelbanken"): page class} of its live
    routable pages, held by each process until a page changes."""

    def find():
        models = [model for model in get_page_models() if issubclass(model, RoutablePageMixin)]
        pages = Page.objects.live().descendant_of(root).type(*models)
        return {
            page.url_path[len(root.url_path) :].strip("/"): page.specific_class
            for page in pages.only("url_path", "content_type")
        }

    return remembered(f"routable:{root.pk}", find, read_only=True)


def depth(page):
    return page.depth


def addresses_along(root_url_path, components):
    return [
        root_url_path + "".join(f"{part}/" for part in components[:n])
        for n in range(1, 1 + len(components))
    ]


def answers_itself(page, rest):
    """A live routable page with a route of its own for the rest of the address."""
    return page.live and resolves(page.specific_class, rest)


def resolves(page_class, rest):
    """A routable page class with a route for the rest of the address."""
    if page_class is None or not issubclass(page_class, RoutablePageMixin):
        return False
    try:
        page_class.get_resolver().resolve("/" + "".join(f"{part}/" for part in rest))
    except Resolver404:
        return False
    return True
