"""Search result groups that apps contribute to the search page.

`/sok/` (pages.views.search) shows its hits grouped by type: news, publications, events, the
remaining pages. pages does not import the apps that own those types; each app registers its
groups through a Wagtail hook, as it registers its sections (pages/sections.py):

    @hooks.register(SEARCH_GROUPS_HOOK)
    def news_search_groups():
        return [SearchGroup(key="news.articles", label=_("Nyheter"), slug="nyheter",
                            search=search_articles, order=10,
                            page_models=(NewsArticlePage,), hit=article_hit)]

`search(search_query)` gets the query the search backend takes (a Wagtail search query
object, never None) and returns the group's results, lazily: Wagtail search results, a
queryset or a plain list; anything a Paginator can count and slice. `hit(obj)` turns one
result into a `SearchHit`, so the template never asks whether it is a page or a snippet;
`prepare(objects)` may first fetch what the hits of one page need in one go (e.g. the
addresses of events).

A group that searches pages lists their models in `page_models`: pages' own catch-all group
"Sidor" leaves those out, so a page is shown in one group only. See docs/search.md.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from types import SimpleNamespace

from django.core.paginator import Paginator
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page

from .listing.pagination import page_number
from .page_intros import with_intros
from .search_hits import hits_by_id, hits_of
from .view_restrictions import public

SEARCH_GROUPS_HOOK = "register_search_groups"

SUMMARY_WORDS = 40


@dataclass(frozen=True)
class SearchHit:
    """One result as the search page shows it."""

    title: str
    url: str
    summary: str = ""
    date: datetime.date | None = None


def truncated_summary(text):
    return Truncator(text or "").words(SUMMARY_WORDS, truncate="…")


def page_hit(page):
    """A page's hit: its title, URL and search description (or else its intro)."""
    summary = getattr(page, "search_description", "") or getattr(page, "intro", "")
    return SearchHit(title=page.title, url=page.url, summary=truncated_summary(summary))


@dataclass(frozen=True)
class SearchGroup:
    key: str  # unique, "<app>.<name>"; a later registration with the same key replaces one
    label: str  # the heading, in Swedish: "Nyheter"
    search: Callable  # search(search_query) -> lazy results
    slug: str  # unique, Swedish, for ?typ=: "nyheter"
    order: int = 100
    page_models: tuple = ()  # the page models this group claims (and "Sidor" leaves out)
    hit: Callable = page_hit  # hit(obj) -> SearchHit
    prepare: Callable = list  # prepare(objects) -> objects: one page's hits, before hit()


def claimed_page_models(groups=None):
    """Every page model a registered group claims as its own."""
    groups = registered_search_groups() if groups is None else groups
    return [model for group in groups for model in group.page_models]


def search_other_pages(search_query):
    """Live, public pages of every type no other group claims, as plain `Page` objects: the
    group's `prepare` gives them their intros (pages/page_intros.py)."""
    pages = public(Page.objects.live())
    claimed = claimed_page_models()
    if claimed:
        pages = pages.not_type(*claimed)
    return pages.search(search_query)


PAGES_GROUP = SearchGroup(
    key="pages.pages",
    label=_("Sidor"),
    slug="sidor",
    search=search_other_pages,
    order=90,
    prepare=with_intros,
)


def registered_search_groups():
    """pages' own group and every registered one, in their `order`, then by key."""
    groups = {PAGES_GROUP.key: PAGES_GROUP}
    for hook in hooks.get_hooks(SEARCH_GROUPS_HOOK):
        for group in hook():
            groups[group.key] = group
    return sorted(groups.values(), key=lambda group: (group.order, group.key))


def search_group_for_slug(slug, groups=None):
    """The group with this `slug`, or None (also for "" and for slugs of no group)."""
    groups = registered_search_groups() if groups is None else groups
    return next((group for group in groups if slug and group.slug == slug), None)


class GroupResults:
    """One group's results for one search. The overview shows each group's first few hits and
    never counts them: one query of `preview + 1` hits tells whether there are more
    (`has_more`). A chosen group is counted and paginated (`count`, `page`)."""

    def __init__(self, group, query, search_query, request=None):
        self.group = group
        self.request = request
        self.search_query = search_query
        self.params = urlencode({"q": query, "typ": group.slug})  # the group's own view
        self.heading_id = f"search-group-{group.slug}"
        self.page = None
        self.count = None  # counted only for the chosen group
        self.has_more = False

    @cached_property
    def results(self):
        """The group's lazy results: built only when a query needs them (not for a group
        whose first ids the held statement gave and whose hits are kept)."""
        return [] if self.search_query is None else self.group.search(self.search_query)

    def preview(self, size, ids=None):
        """The first `size` hits, in one query, or those of the `ids` of the first `size + 1`
        (pages/search_statements.py, pages/search_hits.py); True if there are any."""
        if ids is None:
            hits = self.hits(list(self.results[: size + 1]))
        else:
            hits = hits_by_id(self.request, self.group, lambda: self.results, ids)
        self.has_more = len(hits) > size
        self.page = SimpleNamespace(object_list=hits[:size])
        return bool(hits)

    def any_hit(self, ids=None):
        """True if the group has a hit: `ids` of its first one, or else one query."""
        return bool(list(self.results[:1]) if ids is None else ids)

    def paginate(self, request, per_page):
        """One page of every hit, for the chosen group."""
        paginator = Paginator(self.results, per_page)
        self.count = paginator.count
        page = page_number(request, paginator)
        page.object_list = self.hits(list(page.object_list))
        self.page = page

    def hits(self, objects):
        return hits_of(self.group, objects)
