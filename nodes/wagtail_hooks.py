"""Registration only: node viewsets, the guards on node-owned snippets, and what a node editor
may see outside their area."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from pages.demo import DEMO_CONTENT_HOOK
from pages.entry_points import ENTRY_POINTS_HOOK, EntryPoint
from pages.sections import SECTIONS_HOOK

from . import demo
from .admin_scope import api as admin_scope_api
from .admin_scope import chooser as admin_scope_chooser
from .admin_scope import move as admin_scope_move
from .admin_scope import reports as admin_scope_reports
from .models import NodeIndexPage, NodeOwned
from .sections import SECTIONS
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


# What a node editor sees outside their area (nodes/admin_scope/); URL shadows: msi_site/urls.py
@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser(pages, request):
    return admin_scope_chooser.filter_chooser_pages(pages, request)


@hooks.register("before_move_page")
def check_move_before_confirming(request, page_to_move, destination):
    admin_scope_move.check_move(request, page_to_move, destination)


@hooks.register("construct_admin_api", order=100)  # after Wagtail's own registrations
def scope_admin_api(router):
    admin_scope_api.register_scoped_media_endpoints(router)


@hooks.register("construct_reports_menu")
def hide_national_reports(request, menu_items):
    admin_scope_reports.hide_national_reports(request, menu_items)


@hooks.register(ENTRY_POINTS_HOOK)
def nodes_entry_points():
    return [
        EntryPoint(
            NodeIndexPage,
            _("MSI på lärosäten runt om i landet, och vem du kan kontakta."),
            order=50,
        )
    ]


@hooks.register(SECTIONS_HOOK)
def nodes_sections():
    return SECTIONS
