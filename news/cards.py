"""A news article's card kept as HTML for everyone (docs/page-cache.md, "Kept for everyone"):
a listing of twelve articles, the related articles under an article and the home page's news
render each card once for every process, not on every view.

The card shows the article (its title, date, intro, image), the name of its node and the
image's renditions. It is thrown away when the article or a page above it is published,
unpublished, moved or deleted (memo.shown_on), when a node or a node's home page changes
(the nodes are read inside, so their tags are the card's too), and when any image is saved
(a new focal point or file gives new renditions)."""

from django.template.loader import render_to_string

from wagtail.images import get_image_model

from nodes.tree import nodes_by_path
from pages.page_cache.memo import shown_on
from pages.page_cache.purge import tables_of
from pages.page_cache.recorder import table_tag

TEMPLATE = "components/news_card.html"


def news_card(request, article):
    def compute():
        nodes_by_path()  # what says which node the article belongs to, and its name
        return render_to_string(TEMPLATE, {"article": article, "request": request})

    images = (table_tag(table) for table in tables_of(get_image_model()))
    return shown_on(article, request, "news-card", compute, *images)
