"""Private pages without a query on every public one (docs/page-cache.md, "Shared values").

Wagtail checks a page's view restrictions (password, login, groups) on every request, and
`.public()` reads them for every listing: two or three queries per page on a site that has
none. Whether any restriction exists is remembered in the shared cache until one is added,
changed or removed; only then are the restrictions read as Wagtail reads them.
"""

from wagtail.models import PageViewRestriction

from .page_cache.memo import remembered


def any_view_restrictions():
    return remembered("view-restrictions", PageViewRestriction.objects.exists)


def public(queryset):
    """`queryset.public()`, without a query while no page is restricted."""
    return queryset.public() if any_view_restrictions() else queryset


def restrictions_of(page, wagtail_lookup):
    """A page's restrictions as Wagtail finds them (`wagtail_lookup`), or none while no page
    anywhere is restricted."""
    if not any_view_restrictions():
        return PageViewRestriction.objects.none()
    return wagtail_lookup()
