"""Registration only: what news contributes to the pages below it, to node set-up and to the
demo content."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from nodes.models.owned import node_owned_permission_codenames
from nodes.setup import NATIONAL_PERMISSIONS_HOOK, NODE_SETUP_HOOK
from pages.alternate_links import ALTERNATE_LINKS_HOOK
from pages.demo import DEMO_CONTENT_HOOK
from pages.entry_points import ENTRY_POINTS_HOOK, EntryPoint
from pages.page_cache.timing import PAGE_CACHE_CHANGES_HOOK
from pages.search_groups import SEARCH_GROUPS_HOOK
from pages.sections import SECTIONS_HOOK
from pages.tool_content import TOOL_CONTENT_HOOK

from . import demo
from .alternate_links import feed_links_for
from .demo import newsletters as newsletter_demo
from .event_times import next_event_moment
from .models import EventIndexPage, NewsIndexPage, Newsletter, PublicationIndexPage
from .node_setup import create_node_event_index, create_node_news_index
from .search import SEARCH_GROUPS
from .sections import SECTIONS
from .tool_content import TOOL_CONTENT
from .viewsets import EventViewSet, NewsletterViewSet, SubscriberViewSet

register_snippet(EventViewSet)
register_snippet(NewsletterViewSet)


@hooks.register(SECTIONS_HOOK)
def news_sections():
    return SECTIONS


@hooks.register(SEARCH_GROUPS_HOOK)
def news_search_groups():
    return SEARCH_GROUPS


@hooks.register(ALTERNATE_LINKS_HOOK)
def news_feed_links(page):
    return feed_links_for(page)


@hooks.register(NODE_SETUP_HOOK)
def node_news_index(node, changed):
    create_node_news_index(node, changed)
    create_node_event_index(node, changed)


@hooks.register(NATIONAL_PERMISSIONS_HOOK)
def newsletter_permissions():
    """Only the national office writes and publishes the newsletter; node editors get none of
    these (docs/newsletter.md)."""
    return [
        *node_owned_permission_codenames(Newsletter),
        "news.view_subscriber",
        "news.delete_subscriber",
    ]


@hooks.register(DEMO_CONTENT_HOOK, order=20)
def demo_content():
    return demo


@hooks.register(DEMO_CONTENT_HOOK, order=40)
def newsletter_demo_content():
    """After the example bank (order 30): the issues show its examples."""
    return newsletter_demo


@hooks.register(ENTRY_POINTS_HOOK)
def news_entry_points():
    return [
        EntryPoint(
            EventIndexPage,
            _("Konferenser, webbinarier och träffar i hela landet, med kalenderfiler."),
            order=20,
        ),
        EntryPoint(NewsIndexPage, _("Berättelser och nyheter från MSI och noderna."), order=30),
        EntryPoint(
            PublicationIndexPage, _("Rapporter, handböcker och verksamhetsplaner."), order=40
        ),
    ]


@hooks.register("register_admin_viewset")
def subscriber_viewset():
    return SubscriberViewSet("newsletter_subscribers")


@hooks.register(PAGE_CACHE_CHANGES_HOOK)
def next_event_change(now):
    """Pages that show events change when one starts or ends, or registration closes."""
    return next_event_moment(now)


@hooks.register(TOOL_CONTENT_HOOK)
def news_tool_content():
    return TOOL_CONTENT
