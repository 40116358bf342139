"""Move confirmation: Wagtail shows the page and the destination by title before it checks
anything (the check comes with the POST). Refuse at once unless the user may move this page
and add pages at the destination."""

from django.core.exceptions import PermissionDenied


def check_move(request, page_to_move, destination):
    if not page_to_move.permissions_for_user(request.user).can_move():
        raise PermissionDenied
    if not destination.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
