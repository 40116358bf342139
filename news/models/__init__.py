from .deliveries import Delivery, NewsletterSend
from .event_index import EventIndexPage
from .event_occurrences import EventOccurrence
from .event_slugs import EventPreviousSlug
from .events import Event
from .hub import (
    LATEST_NEWS,
    StoriesHubPage,
    latest_news,
    national_news_index,
    newest_publications,
    news_index_in,
    publication_index,
)
from .news import NewsArticlePage, NewsIndexPage
from .newsletter_page import NewsletterPage, newsletter_page
from .newsletters import Newsletter
from .publications import PublicationIndexPage, PublicationPage
from .subscribers import Subscriber

__all__ = [
    "LATEST_NEWS",
    "Delivery",
    "Event",
    "EventIndexPage",
    "EventOccurrence",
    "EventPreviousSlug",
    "NewsArticlePage",
    "NewsIndexPage",
    "Newsletter",
    "NewsletterPage",
    "NewsletterSend",
    "PublicationIndexPage",
    "PublicationPage",
    "StoriesHubPage",
    "Subscriber",
    "latest_news",
    "national_news_index",
    "newest_publications",
    "news_index_in",
    "newsletter_page",
    "publication_index",
]
