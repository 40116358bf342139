"""Registration only: node viewsets, the node-owned permission policy and its guard hooks."""

from django.core.exceptions import PermissionDenied

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from pages.demo import DEMO_CONTENT_HOOK

from . import demo
from .models import NodeOwned
from .viewsets import NodeViewSet, PersonViewSet

register_snippet(PersonViewSet)


@hooks.register(DEMO_CONTENT_HOOK, order=10)
def demo_content():
    return demo


@hooks.register("register_admin_viewset")
def register_node_viewset():
    return NodeViewSet("nodes")


def _refuse_unless_member(request, instances, action):
    from wagtail.permissions import policy_registry

    for instance in instances:
        if isinstance(instance, NodeOwned):
            policy = policy_registry.get(instance)
            if not policy.user_has_permission_for_instance(request.user, action, instance):
                raise PermissionDenied


@hooks.register("before_edit_snippet")
def check_node_before_edit(request, instance):
    _refuse_unless_member(request, [instance], "change")


@hooks.register("before_delete_snippet")
def check_node_before_delete(request, instances):
    _refuse_unless_member(request, instances, "delete")
