from django import template

from wagtail.models import Page

from nodes.tree import node_of

register = template.Library()


@register.inclusion_tag("components/archived_node_notice.html")
def archived_node_notice(page):
    """A notice on every page of a retired node's tree (no query: nodes/tree.py)."""
    if not isinstance(page, Page):
        return {"node": None}
    node = node_of(page)
    return {"node": node if node is not None and not node.active else None}
