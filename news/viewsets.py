"""Admin views of news: the event snippet (one step, on nodes' NodeOwnedSnippetViewSet)."""

import uuid

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.snippets.views.snippets import CopyView

from nodes.viewsets import NodeOwnedSnippetViewSet

from .models import Event, EventOccurrence


class EventCopyView(CopyView):
    """A copy starts as a new event: the same fields and times, but new occurrence rows with
    calendar keys of their own, no slug (made from the title) and nothing of the original's
    publishing history. Wagtail's own copy would hand the form the original's occurrence rows."""

    def get_initial_form_instance(self):
        original = self.get_object()
        copy = Event(
            **{
                field.attname: getattr(original, field.attname)
                for field in Event._meta.concrete_fields
                if field.name in COPIED_FIELDS
            }
        )
        copy.themes = list(original.themes.all())
        copy.occurrences = [
            EventOccurrence(key=uuid.uuid4(), start=item.start, end=item.end, all_day=item.all_day)
            for item in original.occurrence_list
        ]
        return copy


COPIED_FIELDS = {
    "title",
    "node",
    "summary",
    "body",
    "status",
    "moved_from",
    "format",
    "venue",
    "address",
    "online_link",
    "registration_url",
    "registration_deadline",
    "price",
    "price_note",
    "language",
    "organiser",
    "contact",
}


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
    copy_view_class = EventCopyView

    def get_queryset(self, request):
        occurrences = EventOccurrence.objects.order_by("start", "pk")
        return Event.objects.select_related("node").prefetch_related(
            Prefetch("occurrences", queryset=occurrences)
        )
