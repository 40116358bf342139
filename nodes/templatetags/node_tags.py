from django import template

from wagtail.models import Page

from nodes.models import Node

register = template.Library()


@register.inclusion_tag("components/archived_node_notice.html")
def archived_node_notice(page):
    """A notice on every page of a retired node's tree. One query; none for national pages."""
    if not isinstance(page, Page):
        return {"node": None}
    node = Node.objects.containing(page).filter(active=False).first()
    return {"node": node}
