"""Admin views of news: the event snippet (one step, on nodes' NodeOwnedSnippetViewSet)."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, LiveStatusTagColumn

from nodes.viewsets import NodeOwnedSnippetViewSet

from .models import Event, EventOccurrence


class EventViewSet(NodeOwnedSnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Evenemang")
    menu_order = 290
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("when", label=_("Tid")),
        Column("owner_label", label=_("Nod")),
        Column("get_status_display", label=_("Status")),
        LiveStatusTagColumn(label=_("Publicering")),
    ]
    list_filter = ["node", "status", "format", "live"]
    ordering = ["-pk"]

    def get_queryset(self, request):
        occurrences = EventOccurrence.objects.order_by("start", "pk")
        return Event.objects.select_related("node").prefetch_related(
            Prefetch("occurrences", queryset=occurrences)
        )
