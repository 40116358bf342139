"""What the nodes app shows on the home page (pages/sections.py): the active nodes as a grid."""

from django.utils.translation import gettext_lazy as _

from pages.sections import HOME, Section

from .models import Node, NodeIndexPage


def node_grid_context(page, request, place):
    nodes = list(
        Node.objects.active()
        .filter(root_page__live=True)
        .select_related("root_page")
        .order_by("name")
    )
    if not nodes:
        return None
    index = NodeIndexPage.objects.live().descendant_of(page).first()
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
