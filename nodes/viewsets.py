from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import DraftStateMixin
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.admin_columns import YesNoColumn

from .forms import NodeOwnedForm
from .models import Node, NodeOwned, Person
from .permissions import NodeOwnedPermissionPolicy
from .views import (
    GUARDED_VIEW_ATTRIBUTES,
    ModelPermissionRequiredMixin,
    NodeIndexView,
    guarded,
)


def requiring_model_permission(view_class):
    return type(view_class.__name__, (ModelPermissionRequiredMixin, view_class), {})


class PublishedOrOwnMixin:
    """Choosers list another node's items only once they are published: a draft's title stays
    inside its node (choosing a published contact from another node is allowed on purpose)."""

    def get_object_list(self):
        objects = super().get_object_list()
        if not issubclass(self.model_class, DraftStateMixin):
            return objects
        policy = policy_registry.get_by_type(self.model_class)
        return objects.filter(Q(live=True) | policy.own_items_condition(self.request.user))


def scoped_chooser(view_class):
    return requiring_model_permission(
        type(view_class.__name__, (PublishedOrOwnMixin, view_class), {})
    )


class NodeOwnedChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = scoped_chooser(chooser_views.ChooseView)
    choose_results_view_class = scoped_chooser(chooser_views.ChooseResultsView)
    chosen_view_class = requiring_model_permission(chooser_views.SnippetChosenView)
    chosen_multiple_view_class = requiring_model_permission(
        chooser_views.SnippetChosenMultipleView
    )


class NodeOwnedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose every single-object view checks the object's node.

    Registering a subclass is the one step a node-owned snippet needs: it registers the
    node-owned permission policy for the model (before anything asks for one), refuses a model
    that is not NodeOwned or whose form is not a NodeOwnedForm, lists only the user's nodes'
    items and guards every single-object view (see docs/node-permissions.md).
    """

    index_view_class = NodeIndexView
    chooser_viewset_class = NodeOwnedChooserViewSet

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not issubclass(self.model, NodeOwned):
            raise ImproperlyConfigured(f"{self.model._meta.label} is not NodeOwned.")
        if not issubclass(self.model.base_form_class, NodeOwnedForm):
            raise ImproperlyConfigured(
                f"{self.model._meta.label}.base_form_class must subclass NodeOwnedForm."
            )
        if policy_registry.get_by_type(self.model, fallback=False) is None:
            register_permission_policy(self.model, NodeOwnedPermissionPolicy(self.model))

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
    list_display = [
        "name",
        "role",
        Column("owner_label", label=_("Nod")),
        LiveStatusTagColumn(label=_("Status")),
    ]
    list_filter = ["node", "live"]


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
    list_display = [
        "name",
        "host_university",
        "regions",
        YesNoColumn("active", label=_("Aktiv"), sort_key="active"),
    ]
    list_filter = ["active"]
    inspect_view_enabled = True
