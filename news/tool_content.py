"""The news and publications on the page of a process stage or a map factor
(pages/tool_content.py): the newest few tagged with it. No link to the indexes: they cannot
filter by stage or factor, and finding them would cost four queries (hub, index, restrictions).
The same queries however many are tagged."""

from django.utils.translation import gettext_lazy as _

from nodes.tree import attach_nodes
from pages.models import MapFactor, ProcessStage
from pages.tool_content import SHOWN, ToolContent

from .models import NewsArticlePage, PublicationPage

FIELDS = {ProcessStage: "stages", MapFactor: "factors"}


def news_context(element, request):
    field_name = FIELDS.get(type(element))
    if field_name is None:
        return None
    articles = NewsArticlePage.objects.live_public().filter(**{field_name: element})
    shown = attach_nodes(list(articles.newest_first().for_cards()[:SHOWN]))
    if not shown:
        return None
    return {
        "heading": _("Nyheter"),
        "heading_id": "tool-news-heading",
        "items": shown,
        "card": "components/news_card.html",
        "list_class": "news-list",
    }


def publications_context(element, request):
    field_name = FIELDS.get(type(element))
    if field_name is None:
        return None
    publications = PublicationPage.objects.live_public().filter(**{field_name: element})
    shown = list(publications.newest_first()[:SHOWN])
    if not shown:
        return None
    return {
        "heading": _("Publikationer"),
        "heading_id": "tool-publications-heading",
        "items": shown,
        "card": "components/publication_card.html",
        "list_class": "card-list",
    }


TOOL_CONTENT = [
    ToolContent(
        key="news.articles",
        template="components/tools/listing.html",
        get_context=news_context,
        order=20,
    ),
    ToolContent(
        key="news.publications",
        template="components/tools/listing.html",
        get_context=publications_context,
        order=30,
    ),
]
