"""The sections news contributes to the home page, the hub and node home pages."""

from django.utils.translation import gettext_lazy as _

from nodes.models import NodeHomePage
from pages.sections import HOME, HUB, NODE, Section

from .models import (
    LATEST_NEWS,
    Event,
    StoriesHubPage,
    latest_news,
    national_news_index,
    newest_publications,
    news_index_in,
    newsletter_page,
    publication_index,
)
from .models.event_index import attach_event_urls, event_indexes

# The newest article as the featured story across the grid, and a full row of three under it.
HOME_NEWS = 4
UPCOMING_EVENTS = 3


def latest_news_context(page, request, place):
    """The newest articles of the page's area: a node's own below its home page, else all."""
    if place == NODE and isinstance(page, NodeHomePage):
        articles = latest_news(within=page, limit=HOME_NEWS)
        index = news_index_in(page)
        heading, more = _("Senaste nytt från noden"), _("Alla nyheter från %s") % page.title
        heading_id = "node-news-heading"
    else:
        articles = latest_news(limit=HOME_NEWS if place == HOME else LATEST_NEWS)
        if place == HUB and isinstance(page, StoriesHubPage):
            index = news_index_in(page)
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


def upcoming_events_context(page, request, place):
    """The next events: a node's own on its home page, all of MSI's elsewhere."""
    events = Event.objects.visible()
    node_page = place == NODE and isinstance(page, NodeHomePage)
    if node_page:
        events = events.filter(node__root_page=page)
    upcoming = list(events.upcoming().for_cards()[:UPCOMING_EVENTS])
    if not upcoming:
        return None
    indexes = event_indexes()
    attach_event_urls(upcoming, request, indexes=indexes)
    if node_page:
        index = indexes.get(upcoming[0].node_id)
        heading, more = _("Nodens kommande evenemang"), _("Alla evenemang från %s") % page.title
        heading_id = "node-events-heading"
    else:
        index = indexes.get(None)
        heading, more, heading_id = _("Kommande evenemang"), _("Alla evenemang"), "events-heading"
    return {
        "events": upcoming,
        "index": index,
        "heading": heading,
        "heading_id": heading_id,
        "more": more,
    }


def newsletter_signup_context(page, request, place):
    """The signup form, posting to the newsletter page (not shown on that page itself)."""
    from .newsletter_forms import SignupForm

    newsletter = newsletter_page()
    if newsletter is None:
        return None
    return {
        "form": SignupForm(),
        "action": newsletter.get_url(request),
        "consent_text": newsletter.consent_text,
        "heading_id": "newsletter-signup-heading",
        "text": _("Nyheter, evenemang och exempel från MSI, direkt i inkorgen."),
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
        key="news.upcoming_events",
        label=_("Kommande evenemang"),
        template="components/upcoming_events.html",
        get_context=upcoming_events_context,
        places=frozenset({HOME, HUB, NODE}),
        order=20,
    ),
    Section(
        key="news.newest_publications",
        label=_("Nya publikationer"),
        template="components/newest_publications.html",
        get_context=newest_publications_context,
        places=frozenset({HOME, HUB}),
        order=30,
    ),
    Section(
        key="news.newsletter_signup",
        label=_("Prenumerera på nyhetsbrevet"),
        template="components/newsletter_signup_section.html",
        get_context=newsletter_signup_context,
        places=frozenset({HOME, HUB, NODE}),
        order=90,
    ),
]
