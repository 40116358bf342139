from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Node, Person
from .views import (
    GUARDED_VIEW_ATTRIBUTES,
    ModelPermissionRequiredMixin,
    NodeIndexView,
    guarded,
)


def requiring_model_permission(view_class):
    return type(view_class.__name__, (ModelPermissionRequiredMixin, view_class), {})


class NodeOwnedChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = requiring_model_permission(chooser_views.ChooseView)
    choose_results_view_class = requiring_model_permission(chooser_views.ChooseResultsView)
    chosen_view_class = requiring_model_permission(chooser_views.SnippetChosenView)
    chosen_multiple_view_class = requiring_model_permission(
        chooser_views.SnippetChosenMultipleView
    )


class NodeOwnedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose every single-object view checks the object's node."""

    index_view_class = NodeIndexView
    chooser_viewset_class = NodeOwnedChooserViewSet

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for attribute in GUARDED_VIEW_ATTRIBUTES:
            view_class = getattr(cls, attribute, None)
            if view_class is not None and not getattr(view_class, "_node_guarded", False):
                setattr(cls, attribute, guarded(view_class))


class PersonViewSet(NodeOwnedSnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Personer")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "role", Column("owner_label", label=_("Nod")), "live"]
    list_filter = ["node", "live"]
    search_fields = ["name", "role", "organisation"]


class NodeViewSet(ModelViewSet):
    model = Node
    icon = "site"
    menu_label = _("Noder")
    menu_order = 310
    add_to_admin_menu = True
    form_fields = [
        "name",
        "short_name",
        "slug",
        "host_university",
        "host_university_url",
        "regions",
        "active",
    ]
    list_display = ["name", "host_university", "regions", "active"]
    list_filter = ["active"]
    inspect_view_enabled = True
