"""Node membership and the permission policy for node-owned snippets.

A user is a member of a node when they may add or change pages in the node's tree (a group
permission on the node's home page or on a page above it). National editors hold that permission
on the home page, so they are members of every node, and they alone may change items that belong
to the national office (node left empty). See docs/node-permissions.md.
"""

from django.db.models import Q

from wagtail.models import GroupPagePermission, Page
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Node

MEMBERSHIP_PAGE_PERMISSIONS = ("add_page", "change_page")


def _granted_page_paths(user):
    """Tree paths of the pages on which the user's groups may add or change pages."""

    def compute():
        paths = GroupPagePermission.objects.filter(
            group__user=user,
            permission__codename__in=MEMBERSHIP_PAGE_PERMISSIONS,
            permission__content_type__app_label="wagtailcore",
        ).values_list("page__path", flat=True)
        return sorted(set(paths))

    return _cached_on_user(user, "_node_granted_page_paths", compute)


def _cached_on_user(user, name, compute):
    """Membership is asked once per row in admin listings; compute it once per user object."""
    if not hasattr(user, name):
        setattr(user, name, compute())
    return getattr(user, name)


def user_is_national(user):
    """May the user act for the national office: a grant on the home page or above it."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True

    def compute():
        site_roots = Page.objects.filter(sites_rooted_here__isnull=False).values_list(
            "path", flat=True
        )
        granted = _granted_page_paths(user)
        return any(root.startswith(path) for root in site_roots for path in granted)

    return _cached_on_user(user, "_node_is_national", compute)


def nodes_for_user(user):
    """The nodes the user is a member of, as a queryset."""
    if not user.is_active:
        return Node.objects.none()
    if user.is_superuser:
        return Node.objects.all()
    granted = _granted_page_paths(user)
    if not granted:
        return Node.objects.none()
    # A grant on a page covers the node whose home page is that page or below it.
    condition = Q()
    for path in granted:
        condition |= Q(root_page__path__startswith=path)
    return Node.objects.filter(condition)


def user_may_manage_node_item(user, node_id):
    if user.is_superuser:
        return user.is_active
    if node_id is None:
        return user_is_national(user)
    member_of = _cached_on_user(
        user, "_node_member_ids", lambda: set(nodes_for_user(user).values_list("pk", flat=True))
    )
    return node_id in member_of


class NodeOwnedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions (add, change, delete, publish…) plus node membership per instance."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and user_may_manage_node_item(
            user, instance.node_id
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and user_may_manage_node_item(
            user, instance.node_id
        )

    def own_items_condition(self, user):
        """A filter on `node` for the items of the user's nodes (and national ones for the
        national office). Node ids are listed, so search backends can apply it too."""
        if user.is_superuser and user.is_active:
            return Q()
        own = Q(node__in=list(nodes_for_user(user).values_list("pk", flat=True)))
        if user_is_national(user):
            own |= Q(node__isnull=True)
        return own

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return self.model.objects.filter(self.own_items_condition(user))

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission_for_instance(self, actions, instance):
        # Used for notifications; membership is checked per user when they act.
        return self.users_with_any_permission(actions)
