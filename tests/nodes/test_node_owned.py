"""A node-owned snippet is made in one step (subclass NodeOwned, register a subclass of
NodeOwnedSnippetViewSet), and every admin URL of every node-owned model checks the node.

The models and their URLs are found, not listed: a node-owned model added later (events,
examples) is covered by these tests without touching them, and so is a view that a future Wagtail
adds to the snippet viewsets. A URL that takes an object and is neither guarded nor exempted
below with a reason fails the test.
"""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import (
    GroupApprovalTask,
    Revision,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowState,
    WorkflowTask,
)
from wagtail.permissions import policy_registry

from nodes.data import NATIONAL_GROUP
from nodes.forms import NodeOwnedForm
from nodes.models import Node
from nodes.models.owned import node_owned_models, node_owned_permission_codenames
from nodes.permissions import NodeOwnedPermissionPolicy
from nodes.viewsets import NodeOwnedSnippetViewSet

from .conftest import make_user

# URL names that may answer for another node's item, and why.
EXEMPT = {
    # Choosing another node's *published* contact is allowed on purpose (DESIGN §6).
    "chosen": "choosing a published item from another node",
}
DENIED = (302, 403)

MODELS = node_owned_models()


def model_id(model):
    return model._meta.label


def test_there_is_at_least_one_node_owned_model():
    assert MODELS, "node_owned_models() found nothing: the tests below would pass vacuously"


@pytest.mark.parametrize("model", MODELS, ids=model_id)
def test_registering_the_viewset_is_the_only_step(model, demo):
    viewset = model.snippet_viewset
    assert isinstance(viewset, NodeOwnedSnippetViewSet)
    policy = policy_registry.get_by_type(model)
    assert isinstance(policy, NodeOwnedPermissionPolicy)
    assert policy is not policy_registry.get_fallback_policy(model)
    form_class = viewset.get_edit_handler().get_form_class()
    assert issubclass(form_class, NodeOwnedForm)

    wanted = set(node_owned_permission_codenames(model))
    assert {f"{model._meta.app_label}.change_{model._meta.model_name}"} <= wanted
    groups = [NATIONAL_GROUP, *(node.editor_group_name for node in Node.objects.all())]
    for name in groups:
        group = Group.objects.get(name=name)
        granted = {
            f"{app}.{codename}"
            for app, codename in group.permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        assert wanted <= granted, f"{name} misses {sorted(wanted - granted)}"


def instance_urls(model, item):
    """(name, url) of every admin URL of the model's viewsets that takes an object."""
    viewset = model.snippet_viewset
    revisions = list(
        Revision.objects.for_instance(item).order_by("pk").values_list("pk", flat=True)
    )
    values = {
        "pk": item.pk,
        "revision_id": revisions[-1],
        "revision_id_a": revisions[0],
        "revision_id_b": revisions[-1],
    }
    state = WorkflowState.objects.for_instance(item).first()
    if state is not None:  # the workflow views, on the item's real workflow
        values |= {
            "workflow_state_id": state.pk,
            "task_state_id": state.current_task_state.pk,
            "task_id": state.current_task_state.task_id,
            "action_name": "approve",
        }
    found = []
    for owner in (viewset, viewset.chooser_viewset):
        for pattern in owner.get_urlpatterns():
            params = list(pattern.pattern.regex.groupindex)
            if "pk" not in params:
                continue
            unknown = set(params) - set(values)
            assert not unknown, f"{pattern.name} takes {unknown}: teach this test its values"
            kwargs = {name: values[name] for name in params}
            found.append((pattern.name, reverse(owner.get_url_name(pattern.name), kwargs=kwargs)))
    for action_type in bulk_action_registry.get_bulk_actions_for_model(
        model._meta.app_label, model._meta.model_name
    ):
        url = reverse(
            "wagtail_bulk_action",
            args=(model._meta.app_label, model._meta.model_name, action_type.action_type),
        )
        found.append((f"bulk:{action_type.action_type}", f"{url}?id={item.pk}"))
    return found


def in_review(item):
    """Put the item in a workflow that national editors review (the model's own workflow,
    or one made for the test), so the workflow views have a task to act on."""
    workflow = item.get_workflow()
    if workflow is None:
        workflow = Workflow.objects.create(name="Granskning (test)")
        task = GroupApprovalTask.objects.create(name="Nationell granskning (test)")
        task.groups.set(Group.objects.filter(name=NATIONAL_GROUP))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowContentType.objects.create(content_type=item.get_content_type(), workflow=workflow)
    workflow.start(item, None)


def other_nodes_item(model):
    """An item of Umeå's with two revisions (in review, for a model with workflows), seen by
    a Malmö editor."""
    item = model.objects.filter(node__slug="umea").first()
    assert item is not None, f"the demo has no {model._meta.verbose_name} for Umeå"
    item.save_revision()
    item.save_revision()
    if issubclass(model, WorkflowMixin):
        in_review(item)
    return item


@pytest.mark.parametrize("model", MODELS, ids=model_id)
@pytest.mark.parametrize("method", ["get", "post"])
def test_every_admin_url_refuses_another_nodes_item(model, method, client, demo):
    item = other_nodes_item(model)
    title = str(item)
    client.force_login(make_user("malmo"))
    leaks = []
    urls = instance_urls(model, item)
    assert len(urls) >= 10, urls  # edit, delete, history, usage, revisions…: found, not listed
    for name, url in urls:
        if name in EXEMPT:
            continue
        response = getattr(client, method)(url)
        body = response.content.decode(errors="replace")
        # A bulk action's confirmation may open, but must neither name nor act on the item.
        refused = name.startswith("bulk:") or response.status_code in DENIED
        if not refused or title in body or response.status_code >= 500:
            leaks.append(f"{method.upper()} {name} {url}: {response.status_code}")
    assert not leaks, "not guarded:\n" + "\n".join(leaks)
    item.refresh_from_db()
    assert str(item) == title
    assert model.objects.filter(pk=item.pk).exists()


@pytest.mark.parametrize("model", MODELS, ids=model_id)
def test_own_nodes_item_is_not_refused(model, client, demo):
    """The other side: the same views open for an item of the editor's own node."""
    item = model.objects.filter(node__slug="malmo").first()
    item.save_revision()
    client.force_login(make_user("malmo"))
    viewset = model.snippet_viewset
    for name in ("edit", "history", "usage", "copy"):
        url = reverse(viewset.get_url_name(name), args=[item.pk])
        assert client.get(url).status_code == 200, name


@pytest.mark.parametrize("model", MODELS, ids=model_id)
def test_choosers_show_other_nodes_items_only_once_published(model, client, demo):
    """A draft's title stays inside its node; a published item may be chosen anywhere."""
    published = model.objects.filter(node__slug="umea", live=True).first()
    draft = model.objects.filter(node__slug="umea").exclude(pk=published.pk).first()
    if draft is None:  # the demo has one item of this kind for Umeå: add a second
        draft = model.objects.get(pk=published.pk)
        draft.pk = None
        if hasattr(draft, "slug"):
            draft.slug = f"{draft.slug}-utkast"
        draft.save()
    model.objects.filter(pk=draft.pk).update(live=False)
    own_draft = model.objects.filter(node__slug="malmo").first()
    model.objects.filter(pk=own_draft.pk).update(live=False)
    draft_title = "Hemligt utkast från Umeå"
    model.objects.filter(pk=draft.pk).update(
        **{model.snippet_viewset.list_display[0]: draft_title}
    )
    client.force_login(make_user("malmo"))
    chooser = f"wagtailsnippetchoosers_{model._meta.app_label}_{model._meta.model_name}"
    listed = client.get(reverse(f"{chooser}:choose")).json()["html"]
    results = client.get(reverse(f"{chooser}:choose_results")).content.decode()
    for html in (listed, results):
        assert str(published) in html
        assert str(own_draft) in html
        assert draft_title not in html
