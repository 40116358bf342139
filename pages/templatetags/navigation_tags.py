"""Navigation built from the page tree: the main menu, breadcrumbs, and the site's home page."""

from django import template

from wagtail.models import Page, Site

register = template.Library()


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context, current_page=None):
    root = _site_root(context)
    items = root.get_children().live().in_menu() if root else Page.objects.none()
    current_path = current_page.path if current_page else ""
    return {
        "home": root,
        "items": [
            {
                "page": item,
                "is_current": current_path == item.path,
                "is_ancestor": current_path.startswith(item.path) and current_path != item.path,
            }
            for item in items
        ],
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    root = _site_root(context)
    if not root or not page or page.depth <= root.depth:
        return {"ancestors": [], "page": page}
    ancestors = Page.objects.ancestor_of(page).filter(depth__gte=root.depth).order_by("depth")
    return {"ancestors": list(ancestors), "page": page}
