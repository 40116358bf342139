"""The search result groups news contributes to /sok/ (pages/search_groups.py, docs/search.md).

Order 10 is news, 20 events (snippets, not pages), 30 publications. Pages' own "Sidor" group
(order 90) leaves out the page models claimed here, so an article is found under "Nyheter" only.
"""

from dataclasses import replace

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pages.search_groups import SearchGroup, SearchHit, page_hit, truncated_summary

from .models import Event, NewsArticlePage, PublicationPage
from .models.event_index import attach_event_urls


def search_articles(search_query):
    return NewsArticlePage.objects.live_public().search(search_query)


def article_hit(article):
    return replace(page_hit(article), date=article.date)


def search_events(search_query):
    return Event.objects.visible().for_cards().search(search_query)


def event_hit(event):
    """An event's hit: its next occurrence's day (the last one's, once it is over)."""
    occurrence = event.next_occurrence()
    return SearchHit(
        title=event.title,
        url=event.url,
        summary=truncated_summary(event.summary),
        date=timezone.localtime(occurrence.start).date() if occurrence else None,
    )


def search_publications(search_query):
    return PublicationPage.objects.live_public().search(search_query)


SEARCH_GROUPS = [
    SearchGroup(
        key="news.articles",
        label=_("Nyheter"),
        slug="nyheter",
        search=search_articles,
        order=10,
        page_models=(NewsArticlePage,),
        hit=article_hit,
    ),
    SearchGroup(
        key="news.events",
        label=_("Evenemang"),
        slug="evenemang",
        search=search_events,
        order=20,
        hit=event_hit,
        prepare=attach_event_urls,
    ),
    SearchGroup(
        key="news.publications",
        label=_("Publikationer"),
        slug="publikationer",
        search=search_publications,
        order=30,
        page_models=(PublicationPage,),
    ),
]
