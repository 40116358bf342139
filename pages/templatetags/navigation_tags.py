"""Navigation built from the page tree: the main menu, breadcrumbs, and the site's home page."""

from django import template

from wagtail.models import Page, Site

from pages.page_cache.memo import remembered
from pages.page_cache.purge import page_tags
from pages.page_cache.recorder import depends_on, table_tag
from pages.view_restrictions import public

register = template.Library()


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def menu_of(site):
    """[(tree path, title, address), …] of the pages in a site's main menu, shared by every
    process until the menu changes (`chrome`: pages/page_cache/purge.py)."""

    def compute():
        root = site.root_page
        items = root.get_children().live().in_menu().defer_streamfields()
        return [(item.path, item.title, item.get_url(None, site)) for item in items]

    return remembered(f"main-menu:{site.pk}", compute, "chrome", table_tag("wagtailcore_site"))


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context, current_page=None):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current_path = current_page.path if current_page else ""
    return {
        "items": [
            {
                "title": title,
                "url": url,
                "is_current": current_path == path,
                "is_ancestor": current_path.startswith(path) and current_path != path,
            }
            for path, title, url in (menu_of(site) if site else [])
        ],
    }


@register.simple_tag
def public_children(parent):
    """A page's live children anonymous visitors may see, as their own types. Shared by every
    process (pages/page_cache/memo.py) until a child is published, unpublished, moved or
    deleted, or the parent moves."""

    def compute():
        depends_on(*page_tags(parent))
        return list(public(parent.get_children().live()).defer_streamfields().specific())

    return remembered(f"children:{parent.path}", compute)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    root = _site_root(context)
    if not root or not page or page.depth <= root.depth:
        return {"ancestors": [], "page": page}
    along = getattr(page, "route_ancestors", None)  # found while routing (pages/routing.py)
    if along is not None:
        return {"ancestors": [a for a in along if a.depth >= root.depth], "page": page}
    ancestors = Page.objects.ancestor_of(page).filter(depth__gte=root.depth).order_by("depth")
    return {"ancestors": list(ancestors), "page": page}
