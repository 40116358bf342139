"""Which node a page belongs to: the node whose home page is the page or one of its ancestors.

`InNodeTree.node` answers it for one page (one query, cached on the instance). Listings call
`attach_nodes(pages)` instead: one query for all nodes, then a match on tree paths, so a
listing of fifty pages costs the same as a listing of five.
"""

from django.utils.functional import cached_property

from .models import Node


class InNodeTree:
    """For page types that may live in a node's tree. `node` is None for the national office."""

    @cached_property
    def node(self):
        return Node.objects.containing(self).select_related("root_page").first()


def nodes_by_path():
    """{root page tree path: node} for every node with a home page."""
    nodes = Node.objects.exclude(root_page=None).select_related("root_page")
    return {node.root_page.path: node for node in nodes}


def attach_nodes(pages, by_path=None):
    """Fill in `page.node` for every page in `pages` without a query per page."""
    by_path = nodes_by_path() if by_path is None else by_path
    for page in pages:
        page.__dict__["node"] = next(
            (node for path, node in by_path.items() if page.path.startswith(path)), None
        )
    return pages
