"""Admin views for node-owned snippets that check the instance, not just the model."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views

INSTANCE_ACTIONS = ["change", "delete", "publish"]


class NodeInstanceGuardMixin:
    """Refuse any view of one object unless the user may act on that object's node.

    Wagtail 8.0 checks only model-level permissions in several instance views (history,
    revision compare and preview, unpublish, lock, usage…); this closes them all in one place.
    """

    def dispatch(self, request, *args, **kwargs):
        instance = getattr(self, "object", None)
        if instance is None and kwargs.get("pk") is not None:
            instance = get_object_or_404(self.model, pk=unquote(str(kwargs["pk"])))
        if instance is not None:
            policy = policy_registry.get_by_type(self.model)
            if not policy.user_has_any_permission_for_instance(
                request.user, INSTANCE_ACTIONS, instance
            ):
                raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def guarded(view_class):
    return type(view_class.__name__, (NodeInstanceGuardMixin, view_class), {"_node_guarded": True})


GUARDED_VIEW_ATTRIBUTES = [
    "history_view_class",
    "edit_view_class",
    "copy_view_class",
    "delete_view_class",
    "usage_view_class",
    "inspect_view_class",
    "revisions_view_class",
    "revisions_compare_view_class",
    "revisions_unschedule_view_class",
    "unpublish_view_class",
    "preview_on_edit_view_class",
    "lock_view_class",
    "unlock_view_class",
    "workflow_action_view_class",
    "collect_workflow_action_data_view_class",
    "confirm_workflow_cancellation_view_class",
    "workflow_preview_view_class",
    "workflow_history_view_class",
    "workflow_history_detail_view_class",
]


class NodeIndexView(snippet_views.IndexView):
    """The listing shows only the items of the user's own nodes (all of them to national)."""

    def get_base_queryset(self):
        # Filter on `node` (a FilterField of every NodeOwned model), not on `pk__in`: the
        # listing's search runs on this queryset and may filter only on declared fields.
        policy = policy_registry.get_by_type(self.model)
        queryset = super().get_base_queryset()
        if not policy.user_has_any_permission(self.request.user, INSTANCE_ACTIONS):
            return queryset.none()
        return queryset.filter(policy.own_items_condition(self.request.user))


class ModelPermissionRequiredMixin:
    """Choosers: only users with some permission on the model may browse it.

    Wagtail's snippet chooser lists every item to anyone with admin access. Choosing a published
    contact from another node is fine (they are public), but a group with no rights on the model
    (e.g. Webbadmin) gets nothing.
    """

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, ["add", *INSTANCE_ACTIONS]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
