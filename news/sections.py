"""The sections news contributes to the home page, the hub and node home pages."""

from django.utils.translation import gettext_lazy as _

from nodes.models import NodeHomePage
from pages.sections import HOME, HUB, NODE, Section

from .models import (
    LATEST_NEWS,
    NewsIndexPage,
    StoriesHubPage,
    latest_news,
    national_news_index,
    newest_publications,
    publication_index,
)

HOME_NEWS = 3


def latest_news_context(page, request, place):
    """The newest articles of the page's area: a node's own below its home page, else all."""
    if place == NODE and isinstance(page, NodeHomePage):
        articles = latest_news(within=page, limit=HOME_NEWS)
        index = NewsIndexPage.objects.live_public().child_of(page).first()
        heading, more = _("Senaste nytt från noden"), _("Alla nyheter från %s") % page.title
        heading_id = "node-news-heading"
    else:
        articles = latest_news(limit=HOME_NEWS if place == HOME else LATEST_NEWS)
        if place == HUB and isinstance(page, StoriesHubPage):
            index = NewsIndexPage.objects.live_public().child_of(page).first()
        else:
            index = national_news_index()
        heading, more, heading_id = _("Senaste nytt"), _("Alla nyheter"), "news-heading"
    if not articles:
        return None
    return {
        "articles": articles,
        "index": index,
        "heading": heading,
        "heading_id": heading_id,
        "more": more,
    }


def newest_publications_context(page, request, place):
    publications = newest_publications()
    if not publications:
        return None
    return {
        "publications": publications,
        "index": publication_index(),
        "heading_id": "publications-heading",
    }


SECTIONS = [
    Section(
        key="news.latest_news",
        label=_("Senaste nytt"),
        template="components/latest_news.html",
        get_context=latest_news_context,
        places=frozenset({HOME, HUB, NODE}),
        order=10,
    ),
    Section(
        key="news.newest_publications",
        label=_("Nya publikationer"),
        template="components/newest_publications.html",
        get_context=newest_publications_context,
        places=frozenset({HOME, HUB}),
        order=30,
    ),
]
