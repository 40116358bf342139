"""What every node gets of news: its own news and event indexes below the node's home page."""

from .models import EventIndexPage, NewsIndexPage

NODE_NEWS_SLUG = "nyheter"
NODE_EVENTS_SLUG = "evenemang"


def create_child_index(node, changed, model, *, slug, title, intro, done):
    """Add and publish an index of `model` below the node's home page unless it has one."""
    if model.objects.child_of(node.root_page).exists():
        return
    index = model(title=title, slug=slug, intro=intro)
    node.root_page.add_child(instance=index)
    index.save_revision().publish()
    changed(done)


def create_node_news_index(node, changed):
    """Called by setup_nodes for every node (hook "setup_node"); idempotent."""
    create_child_index(
        node,
        changed,
        NewsIndexPage,
        slug=NODE_NEWS_SLUG,
        title=f"Nyheter från MSI {node.name}",
        intro=f"Det senaste från Mötesplats Social Innovation i {node.name}.",
        done=f"Skapade nyhetssidan för {node.name}",
    )


def create_node_event_index(node, changed):
    """Called by setup_nodes for every node (hook "setup_node"); idempotent."""
    create_child_index(
        node,
        changed,
        EventIndexPage,
        slug=NODE_EVENTS_SLUG,
        title=f"Evenemang med MSI {node.name}",
        intro=(
            f"Seminarier, workshoppar och konferenser med Mötesplats Social Innovation "
            f"i {node.name}."
        ),
        done=f"Skapade evenemangssidan för {node.name}",
    )
