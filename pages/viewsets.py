"""Admin view sets for what the pages app owns."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Level, MapFactor, ProcessStage, Sector, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Teman")
    menu_order = 310
    add_to_admin_menu = False
    list_display = ["name", "slug"]
    search_fields = ["name"]


class OrderedTermViewSet(SnippetViewSet):
    """A fixed vocabulary seeded by a migration: the national office may reword its terms (and
    describe the process model's stages) but not add or remove any: editors get only the change
    permission (nodes/setup.py), and filters and saved links rely on the slugs."""

    icon = "list-ul"
    add_to_admin_menu = False
    list_display = ["name", "slug"]
    ordering = ["sort_order"]
    copy_view_enabled = False


class SectorViewSet(OrderedTermViewSet):
    model = Sector
    menu_label = _("Sektorer")


class LevelViewSet(OrderedTermViewSet):
    model = Level
    menu_label = _("Nivåer")


class ToolElementViewSet(OrderedTermViewSet):
    """A part of one of MSI's tools (docs/tools-for-change.md): the national office orders
    them by dragging in the list (the order of the diagram, the list and the worksheet)."""

    sort_order_field = "sort_order"
    list_display = ["name", "slug", "icon"]


class ProcessStageViewSet(ToolElementViewSet):
    model = ProcessStage
    menu_label = _("Steg i processmodellen")


class MapFactorViewSet(ToolElementViewSet):
    """The orientation map's factors: the office may also add one (the fourth factor is theirs
    to name) and remove one that no content is tagged with."""

    model = MapFactor
    icon = "site"
    menu_label = _("Faktorer i orienteringskartan")
    copy_view_enabled = False
