"""Registration only: Wagtail hooks for the pages app."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet

from .editor_guide import editor_guide
from .home_sections import SECTIONS
from .page_cache.purge import page_tags
from .page_cache.recorder import depends_on
from .sections import SECTIONS_HOOK
from .viewsets import (
    LevelViewSet,
    MapFactorViewSet,
    ProcessStageViewSet,
    SectorViewSet,
    ThemeViewSet,
)

for viewset in (ThemeViewSet, SectorViewSet, LevelViewSet, ProcessStageViewSet, MapFactorViewSet):
    register_snippet(viewset)


class MainContentCheckerItem(ContentCheckerItem):
    """Wagtail's content checker, limited to the part of the page editors write."""

    axe_include = ["main"]


@hooks.register("construct_wagtail_userbar")
def check_only_main_content(request, items, page):
    items[:] = [
        MainContentCheckerItem() if type(item) is ContentCheckerItem else item for item in items
    ]


@hooks.register("register_admin_urls")
def editor_guide_urls():
    return [path("redaktorsguide/", editor_guide, name="editor_guide")]


@hooks.register("register_admin_menu_item")
def editor_guide_menu_item():
    return MenuItem(_("Redaktörsguide"), reverse("editor_guide"), icon_name="help", order=10000)


@hooks.register(SECTIONS_HOOK)
def pages_sections():
    return SECTIONS


@hooks.register("before_serve_page")
def page_cache_tags(page, request, serve_args, serve_kwargs):
    """The page cache's tags of the page served: it and its place in the tree
    (docs/page-cache.md)."""
    depends_on(*page_tags(page))
