"""The page chooser: children, search results and the browsed page itself.

`construct_page_chooser_queryset` filters the children and the search results; the page being
browsed (`/admin/choose-page/<id>/`) is not filtered by any hook, so that URL is shadowed by
`ScopedBrowseView` in msi_site/urls.py, which answers 404 for a page the user may not see.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404

from wagtail.admin.views.chooser import BrowseView
from wagtail.models import Page

from .area import page_is_visible, visible_pages


def filter_chooser_pages(pages, request):
    return visible_pages(request.user, pages)


class ScopedBrowseView(BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id is not None:
            parent = get_object_or_404(Page, id=parent_page_id)
            if not page_is_visible(request.user, parent):
                raise Http404
        return super().get(request, parent_page_id)
