from django import template
from django.utils.html import format_html_join

from wagtail.models import Site

from pages.entry_points import ways_in
from pages.sections import sections_for

register = template.Library()


@register.simple_tag(takes_context=True)
def page_sections(context, place, keys=None):
    """The registered sections for a page of `place` ("home", "hub", "node"), those with
    nothing to show left out. `keys` (the home page's choice) picks and orders them."""
    page, request = context["page"], context["request"]
    rendered = (section.render(page, request, place) for section in sections_for(place, keys))
    return format_html_join("", "{}", ((html,) for html in rendered if html))


@register.inclusion_tag("components/ways_in.html", takes_context=True)
def site_ways_in(context, heading="Hitta rätt"):
    """The home page's ways in, on a page that is not the home page (the 404 page): those of
    the site the request is for; nothing when there is no site or no way in."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    ways = ways_in(site.root_page) if site else []
    return {"ways": ways, "heading": heading, "heading_id": "site-ways-in-heading"}
