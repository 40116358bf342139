"""Which node a page belongs to: the node whose home page is the page or one of its ancestors.

`InNodeTree.node` answers it for one page and listings call `attach_nodes(pages)`: both match
tree paths against every node's home page, read once and shared by every process until a node
changes, so a page costs no query for it and a listing of fifty pages the same as one of
five.
"""

from django.utils.functional import cached_property

from pages.page_cache.memo import remembered
from pages.page_cache.recorder import depends_on

from .models import Node


class InNodeTree:
    """For page types that may live in a node's tree. `node` is None for the national office."""

    @cached_property
    def node(self):
        return node_of(self)


def node_of(page, by_path=None):
    """The node whose tree holds `page` (its home page or anything below it), or None."""
    by_path = nodes_by_path() if by_path is None else by_path
    holding = [path for path in by_path if page.path.startswith(path)]
    return by_path[max(holding, key=len)] if holding else None


def nodes_by_path():
    """{root page tree path: node} for every node with a home page, shared by every process
    until a node changes or a node's home page moves (pages/page_cache/memo.py)."""

    def compute():
        nodes = Node.objects.exclude(root_page=None).select_related("root_page")
        by_path = {node.root_page.path: node for node in nodes}
        depends_on(*(f"path:{path}" for path in by_path))
        return by_path

    return remembered("nodes-by-path", compute)


def attach_nodes(pages, by_path=None):
    """Fill in `page.node` for every page in `pages` without a query per page."""
    by_path = nodes_by_path() if by_path is None else by_path
    for page in pages:
        page.__dict__["node"] = node_of(page, by_path)
    return pages
