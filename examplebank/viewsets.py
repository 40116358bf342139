"""Admin views of the example bank: the example snippet (one step, on nodes'
NodeOwnedSnippetViewSet)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, LiveStatusTagColumn

from nodes.viewsets import NodeOwnedSnippetViewSet
from pages.admin_columns import YesNoColumn

from .models import Example


class ExampleViewSet(NodeOwnedSnippetViewSet):
    model = Example
    icon = "site"
    menu_label = _("Exempelbanken")
    menu_order = 295
    add_to_admin_menu = True
    list_display = [
        "name",
        Column("owner_label", label=_("Nod")),
        Column("get_status_display", label=_("Status")),
        YesNoColumn("featured", label=_("Utvalt")),
        LiveStatusTagColumn(label=_("Publicering")),
    ]
    list_filter = ["node", "status", "region", "featured", "live"]
    ordering = ["-pk"]

    def get_queryset(self, request):
        return Example.objects.select_related("node")
