from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from nodes.tree import attach_nodes
from pages.blocks import BodyBlock
from pages.models import BasePage
from pages.page_cache.memo import remembered_page
from pages.querysets import BasePageManager

from .news import NewsArticlePage, NewsIndexPage
from .publications import PublicationIndexPage, PublicationPage

LATEST_NEWS = 4
NEWEST_PUBLICATIONS = 3


def latest_news(within=None, limit=LATEST_NEWS):
    """The newest live articles (below `within`, if given), ready for cards."""
    articles = NewsArticlePage.objects.live_public()
    if within is not None:
        articles = articles.descendant_of(within)
    newest = articles.newest_first().for_cards()[:limit]
    return attach_nodes(list(newest))


def newest_publications(limit=NEWEST_PUBLICATIONS):
    return list(PublicationPage.objects.live_public().newest_first()[:limit])


def national_news_index():
    """The national news index: the one on the Stories & Möten hub (shared:
    pages/page_cache/memo.py)."""

    def find():
        hub = StoriesHubPage.objects.live_public().first()
        indexes = NewsIndexPage.objects.live_public().defer_streamfields()
        return indexes.child_of(hub).first() if hub else None

    return remembered_page("national-news-index", find)


def news_index_in(page):
    """The news index just below `page` (a node's home, the hub), or None (shared:
    pages/page_cache/memo.py)."""

    def find():  # inside: what the query reads, restrictions too, is what the value shows
        return NewsIndexPage.objects.live_public().child_of(page).defer_streamfields().first()

    return remembered_page(f"news-index-in:{page.path}", find)


def publication_index():
    def find():
        return PublicationIndexPage.objects.live_public().defer_streamfields().first()

    return remembered_page("publication-index", find)


class StoriesHubPage(BasePage):
    """/aktuellt/ (Stories & Möten): the sections apps register for the hub (pages.sections)."""

    objects = BasePageManager()

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("innehåll"))

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = [
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "news.PublicationIndexPage",
        "pages.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("Stories & Möten (navet)")
        verbose_name_plural = _("Stories & Möten (navet)")
