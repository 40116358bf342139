"""The news feeds a page advertises in its <head> (registered in news/wagtail_hooks.py)."""

from nodes.models import NodeHomePage

from .models import NewsArticlePage, NewsIndexPage, national_news_index


def news_index_for(page):
    """The news index whose feeds a page advertises: its own, its node's, or the national one."""
    if isinstance(page, NewsIndexPage):
        return page
    if isinstance(page, NewsArticlePage):
        return page.get_parent().specific
    if isinstance(page, NodeHomePage):
        return NewsIndexPage.objects.live_public().child_of(page).first()
    return national_news_index()


def feed_links_for(page):
    """The feeds a page advertises in its head (registered in news/wagtail_hooks.py)."""
    index = news_index_for(page)
    return index.feed_links() if index else []
