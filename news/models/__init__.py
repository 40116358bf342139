from .hub import (
    LATEST_NEWS,
    StoriesHubPage,
    latest_news,
    national_news_index,
    newest_publications,
    publication_index,
)
from .news import NewsArticlePage, NewsIndexPage
from .publications import PublicationIndexPage, PublicationPage

__all__ = [
    "LATEST_NEWS",
    "NewsArticlePage",
    "NewsIndexPage",
    "PublicationIndexPage",
    "PublicationPage",
    "StoriesHubPage",
    "latest_news",
    "national_news_index",
    "newest_publications",
    "publication_index",
]
