from django import template
from django.utils.html import format_html_join

from pages.sections import sections_for

register = template.Library()


@register.simple_tag(takes_context=True)
def page_sections(context, place, keys=None):
    """The registered sections for a page of `place` ("home", "hub", "node"), those with
    nothing to show left out. `keys` (the home page's choice) picks and orders them."""
    page, request = context["page"], context["request"]
    rendered = (section.render(page, request, place) for section in sections_for(place, keys))
    return format_html_join("", "{}", ((html,) for html in rendered if html))
