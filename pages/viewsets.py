"""Admin view sets for what the pages app owns."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Teman")
    menu_order = 310
    add_to_admin_menu = False
    list_display = ["name", "slug"]
    search_fields = ["name"]
