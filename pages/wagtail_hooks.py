"""Registration only: Wagtail hooks for the pages app."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet

from .viewsets import ThemeViewSet

register_snippet(ThemeViewSet)


class MainContentCheckerItem(ContentCheckerItem):
    """Wagtail's content checker, limited to the part of the page editors write."""

    axe_include = ["main"]


@hooks.register("construct_wagtail_userbar")
def check_only_main_content(request, items, page):
    items[:] = [
        MainContentCheckerItem() if type(item) is ContentCheckerItem else item for item in items
    ]
