"""The news feeds a page advertises in its <head> (registered in news/wagtail_hooks.py)."""

from nodes.models import NodeHomePage
from pages.page_cache.memo import remembered_page

from .models import NewsArticlePage, NewsIndexPage, national_news_index, news_index_in


def news_index_for(page):
    """The news index whose feeds a page advertises: its own, its node's, or the national one."""
    if isinstance(page, NewsIndexPage):
        return page
    if isinstance(page, NewsArticlePage):
        parent_path = page.path[: -page.steplen]
        return remembered_page(
            f"news-index:{parent_path}", NewsIndexPage.objects.filter(path=parent_path).first
        )
    if isinstance(page, NodeHomePage):
        return news_index_in(page)
    return national_news_index()


def feed_links_for(page):
    """The feeds a page advertises in its head (registered in news/wagtail_hooks.py)."""
    index = news_index_for(page)
    return index.feed_links() if index else []
