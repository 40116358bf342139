"""What the nodes app shows on the home page (pages/sections.py): the active nodes as a grid."""

from django.utils.translation import gettext_lazy as _

from pages.page_cache.memo import remembered, remembered_page
from pages.page_cache.purge import address_tags, tables_of
from pages.page_cache.recorder import depends_on, table_tag
from pages.sections import HOME, Section

from .models import Node, NodeHomePage, NodeIndexPage


def active_nodes():
    """The active nodes with a live home page, by name. Shared by every process
    (pages/page_cache/memo.py) until a node changes or a node's home page is published,
    unpublished, moved or deleted."""
    nodes = list(
        Node.objects.active()
        .filter(root_page__live=True)
        .select_related("root_page")
        .order_by("name")
    )
    for node in nodes:
        depends_on(*address_tags(node.root_page))
    # A node home published later is not among them yet: its type's tables say when.
    depends_on(*(table_tag(table) for table in tables_of(NodeHomePage)))
    return nodes


def node_grid_context(page, request, place):
    nodes = remembered("node-grid", active_nodes)
    if not nodes:
        return None
    index = remembered_page(
        f"node-index:{page.path}",
        NodeIndexPage.objects.live().descendant_of(page).defer_streamfields().first,
    )
    return {"nodes": nodes, "index": index, "heading_id": "nodes-heading"}


SECTIONS = [
    Section(
        key="nodes.node_grid",
        label=_("Noderna"),
        template="components/node_grid.html",
        get_context=node_grid_context,
        places=frozenset({HOME}),
        order=50,
    ),
]
