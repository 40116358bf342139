"""Breadcrumbs for what is not a page but lives on one (an event, an example)."""

from wagtail.models import Site


def trail_to(page, request=None):
    """The page and its ancestors below the site root, for components/breadcrumbs.html."""
    if page is None:
        return []
    site = Site.find_for_request(request) if request is not None else page.get_site()
    root_depth = site.root_page.depth if site else 2
    along = getattr(page, "route_ancestors", None)  # found while routing (pages/routing.py)
    if along is not None:
        return [ancestor for ancestor in [*along, page] if ancestor.depth >= root_depth]
    return list(page.get_ancestors(inclusive=True).filter(depth__gte=root_depth))
