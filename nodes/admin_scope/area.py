"""A user's area: the pages below the homes of their nodes, or everything for the national
office. Outside it an editor sees live pages only."""

from django.db.models import Q

from wagtail.models import Page

from nodes.permissions import nodes_for_user, user_is_national


def sees_everything(user):
    return user.is_active and (user.is_superuser or user_is_national(user))


def visible_pages_condition(user):
    """A filter for the pages the user may see named in the admin: live ones, and every page
    in their own nodes' trees. None when the user sees everything."""
    if sees_everything(user):
        return None
    condition = Q(live=True)
    for path in (
        nodes_for_user(user)
        .filter(root_page__isnull=False)
        .values_list("root_page__path", flat=True)
    ):
        condition |= Q(path__startswith=path)
    return condition


def visible_pages(user, pages=None):
    pages = Page.objects.all() if pages is None else pages
    condition = visible_pages_condition(user)
    return pages if condition is None else pages.filter(condition)


def page_is_visible(user, page):
    return visible_pages(user, Page.objects.filter(pk=page.pk)).exists()
