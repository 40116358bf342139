"""Idempotent set-up of the nodes: pages, collections, groups and exactly their permissions.

Run by `manage.py setup_nodes` and by the demo content. Existing nodes are never overwritten
(editors own that data); missing pieces are created; group permissions are synchronised to the
lists below, so a second run changes nothing. Nothing is ever granted on the Root page or the
Root collection.
"""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import CommandError

from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
)

from pages.models import HomePage

from .data import (
    NATIONAL_GROUP,
    NODE_INDEX_SLUG,
    NODES,
    SHARED_COLLECTION,
    WEBADMIN_GROUP,
)
from .models import Node, NodeHomePage, NodeIndexPage
from .models.owned import node_owned_models, node_owned_permission_codenames

# Apps above nodes add what every node needs of theirs (news adds the node's news index):
# each hook is called as hook(node, changed) for every node, and calls changed("…") when it
# creates something, so a second run still says "Inget att ändra.".
NODE_SETUP_HOOK = "setup_node"
# Apps above nodes name the model permissions only the national office gets (news: the
# newsletter): each hook returns a list of "app_label.codename" strings.
NATIONAL_PERMISSIONS_HOOK = "national_permissions"

ADMIN_ACCESS = ["wagtailadmin.access_admin"]
PAGE_EDITING = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
OWN_MEDIA = [
    "add_image",
    "change_image",
    "delete_image",
    "choose_image",
    "add_document",
    "change_document",
    "delete_document",
    "choose_document",
]
SHARED_MEDIA_FOR_NODES = ["choose_image", "choose_document"]
TAXONOMIES = [
    "pages.add_theme",
    "pages.change_theme",
    "pages.delete_theme",
    # Fixed vocabularies (seeded by a migration): reworded, never added or removed.
    "pages.change_sector",
    "pages.change_level",
    "pages.change_processstage",
    # The orientation map's factors: the office names the fourth and may add more.
    "pages.add_mapfactor",
    "pages.change_mapfactor",
    "pages.delete_mapfactor",
]
NATIONAL_MODEL_PERMISSIONS = [
    *ADMIN_ACCESS,
    *TAXONOMIES,
    "nodes.add_node",
    "nodes.change_node",
]
WEBADMIN_MODEL_PERMISSIONS = [
    *ADMIN_ACCESS,
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.add_group",
    "auth.change_group",
    "auth.delete_group",
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
    "pages.change_sitesettings",
    "nodes.add_node",
    "nodes.change_node",
    "nodes.delete_node",
]
NODE_MODEL_PERMISSIONS = [*ADMIN_ACCESS]


def node_owned_permissions():
    """Add/change/delete (publish, lock, unlock where the model has them) on every node-owned
    model, found at run time: a new node-owned snippet needs no change here."""
    return [
        dotted
        for model in node_owned_models()
        for dotted in node_owned_permission_codenames(model)
    ]


def national_only_permissions():
    return [dotted for hook in hooks.get_hooks(NATIONAL_PERMISSIONS_HOOK) for dotted in hook()]


def permission(dotted):
    app_label, codename = dotted.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist as error:
        raise CommandError(
            f"Behörigheten {dotted} finns inte. Har migreringarna körts?"
        ) from error


def media_permission(codename):
    app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
    return permission(f"{app_label}.{codename}")


def page_permission(codename):
    return permission(f"wagtailcore.{codename}")


class NodeSetup:
    def __init__(self, log=print):
        self.log = log
        self.changes = 0

    def changed(self, message):
        self.changes += 1
        self.log(message)

    def run(self):
        home = HomePage.objects.first()
        if home is None:
            raise CommandError("Det finns ingen startsida. Kör load_demo_content eller skapa en.")
        self.remove_root_grants()
        self.deactivate_workflows_without_reviewers()
        index = self.node_index(home)
        shared = self.collection(SHARED_COLLECTION)
        nodes = [self.node(data, index) for data in NODES]
        node_collections = [node.collection for node in nodes]

        self.sync_group(
            NATIONAL_GROUP,
            [*NATIONAL_MODEL_PERMISSIONS, *node_owned_permissions(), *national_only_permissions()],
            pages={home: PAGE_EDITING},
            collections=dict.fromkeys([shared, *node_collections], OWN_MEDIA),
        )
        self.sync_group(WEBADMIN_GROUP, WEBADMIN_MODEL_PERMISSIONS, pages={}, collections={})
        for node in nodes:
            self.sync_group(
                node.editor_group_name,
                [*NODE_MODEL_PERMISSIONS, *node_owned_permissions()],
                pages={node.root_page: PAGE_EDITING},
                collections={node.collection: OWN_MEDIA, shared: SHARED_MEDIA_FOR_NODES},
            )
        return self.changes

    def remove_root_grants(self):
        """Grants on the Root page or collection cascade to everything: Wagtail's own initial
        migration gives its "Editors" and "Moderators" groups such grants. Remove them all."""
        pages = GroupPagePermission.objects.filter(page__depth=1)
        collections = GroupCollectionPermission.objects.filter(collection__depth=1)
        for queryset, label in ((pages, "Root-sidan"), (collections, "Root-samlingen")):
            groups = sorted(set(queryset.values_list("group__name", flat=True)))
            if groups:
                queryset.delete()
                self.changed(f"Tog bort behörigheter på {label} från {', '.join(groups)}")
        for name in ("Editors", "Moderators"):
            group = Group.objects.filter(name=name, user__isnull=True).first()
            if group:
                group.delete()
                self.changed(f"Tog bort Wagtails standardgrupp {name} (utan medlemmar)")

    def deactivate_workflows_without_reviewers(self):
        """Wagtail's initial migration attaches "Moderators approval" to the Root page, with the
        Moderators group as its only reviewers. Once that group is gone nobody can approve, yet
        every editor is offered "Lämna in till Moderators approval". Editors here publish
        directly (DESIGN §6), so a workflow that has an approval task without any group is
        switched off (Wagtail cancels what is in progress and unlinks its pages)."""
        for workflow in Workflow.objects.filter(active=True):
            tasks = [task.specific for task in workflow.tasks.filter(active=True)]
            unreviewed = [
                task
                for task in tasks
                if isinstance(task, GroupApprovalTask) and not task.groups.exists()
            ]
            if unreviewed:
                workflow.deactivate()
                self.changed(f"Stängde av arbetsflödet {workflow.name} (ingen kan godkänna)")

    def node_index(self, home):
        index = NodeIndexPage.objects.child_of(home).first()
        if index:
            return index
        index = NodeIndexPage(
            title="Våra noder",
            slug=NODE_INDEX_SLUG,
            show_in_menus=True,
            intro=(
                "MSI finns vid lärosäten från Luleå i norr till Malmö i söder. Varje nod driver "
                "arbetet med social innovation i sin region."
            ),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        self.changed("Skapade sidan Våra noder")
        return index

    def collection(self, name):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=name).first()
        if existing:
            return existing
        self.changed(f"Skapade samlingen {name}")
        return root.add_child(name=name)

    def node(self, data, index):
        fields = {key: value for key, value in data.items() if key != "intro"}
        node = Node.objects.filter(slug=data["slug"]).first()
        if node is None:
            node = Node.objects.create(**fields)
            self.changed(f"Skapade noden {node.name}")
        if node.root_page is None:
            page = NodeHomePage(
                title=f"MSI {node.name}", slug=node.slug, intro=data.get("intro", "")
            )
            index.add_child(instance=page)
            page.save_revision().publish()
            node.root_page = page
            node.save(update_fields=["root_page"])
            self.changed(f"Skapade startsidan för {node.name}")
        for hook in hooks.get_hooks(NODE_SETUP_HOOK):
            hook(node, self.changed)
        if node.collection is None:
            node.collection = self.collection(f"Nod {node.name}")
            node.save(update_fields=["collection"])
        return node

    def sync_group(self, name, model_permissions, pages, collections):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            self.changed(f"Skapade gruppen {name}")

        wanted = {permission(dotted).pk for dotted in model_permissions}
        current = set(group.permissions.values_list("pk", flat=True))
        if wanted != current:
            group.permissions.set(wanted)
            self.changed(
                f"{name}: {len(wanted - current)} behörigheter till, {len(current - wanted)} bort"
            )

        self.sync_rows(
            name,
            GroupPagePermission.objects.filter(group=group),
            {(page.pk, page_permission(c).pk) for page, codes in pages.items() for c in codes},
            lambda page_id, perm_id: GroupPagePermission(
                group=group, page_id=page_id, permission_id=perm_id
            ),
            "page_id",
            "sidbehörigheter",
        )
        self.sync_rows(
            name,
            GroupCollectionPermission.objects.filter(group=group),
            {
                (collection.pk, media_permission(c).pk)
                for collection, codes in collections.items()
                for c in codes
            },
            lambda collection_id, perm_id: GroupCollectionPermission(
                group=group, collection_id=collection_id, permission_id=perm_id
            ),
            "collection_id",
            "samlingsbehörigheter",
        )

    def sync_rows(self, name, queryset, wanted, build, object_field, label):
        current = {
            (row[object_field], row["permission_id"]): row["pk"]
            for row in queryset.values("pk", object_field, "permission_id")
        }
        extra = [pk for key, pk in current.items() if key not in wanted]
        missing = [key for key in wanted if key not in current]
        if extra:
            queryset.filter(pk__in=extra).delete()
        if missing:
            queryset.model.objects.bulk_create([build(*key) for key in missing])
        if extra or missing:
            self.changed(f"{name}: {len(missing)} {label} till, {len(extra)} bort")
