"""What every node gets of news: its own news index below the node's home page."""

from .models import NewsIndexPage

NODE_NEWS_SLUG = "nyheter"


def create_node_news_index(node, changed):
    """Called by setup_nodes for every node (hook "setup_node"); idempotent."""
    if NewsIndexPage.objects.child_of(node.root_page).exists():
        return
    news = NewsIndexPage(
        title=f"Nyheter från MSI {node.name}",
        slug=NODE_NEWS_SLUG,
        intro=f"Det senaste från Mötesplats Social Innovation i {node.name}.",
    )
    node.root_page.add_child(instance=news)
    news.save_revision().publish()
    changed(f"Skapade nyhetssidan för {node.name}")
