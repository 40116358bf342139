"""Admin view sets for what the pages app owns."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Level, ProcessStage, Sector, Theme


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


class ProcessStageViewSet(OrderedTermViewSet):
    model = ProcessStage
    menu_label = _("Steg i processmodellen")
