"""Admin listings of nodes and people: search works for every role and stays node-scoped,
booleans read as Swedish words, and no workflow waits for reviewers who do not exist."""

import pytest

from django.urls import reverse

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from nodes.models import Person
from nodes.setup import NodeSetup

from .conftest import ROLES, make_user


@pytest.mark.parametrize("role", ROLES)
def test_person_listing_search_works_for_every_role_and_keeps_to_own_nodes(role, client, demo):
    client.force_login(make_user(role))
    url = reverse(Person.snippet_viewset.get_url_name("list"))
    umea, malmo = (
        Person.objects.get(name="Elin Demodotter"),
        Person.objects.get(name="Maja Exempeldotter"),
    )
    for query in ("Elin", "Maja", "exempel", "Nodsamordnare"):
        response = client.get(url, {"q": query})
        if role == "webbadmin":  # no rights on people at all
            assert response.status_code in (302, 403), query
            continue
        assert response.status_code == 200, query
    if role == "webbadmin":
        return
    html = client.get(url, {"q": "Elin"}).content.decode()
    assert (umea.name in html) == (role in ("superuser", "national", "umea"))
    html = client.get(url, {"q": "Maja"}).content.decode()
    assert (malmo.name in html) == (role in ("superuser", "national", "malmo"))
    assert "Elin" not in client.get(url, {"q": "Maja"}).content.decode()


def test_admin_listings_say_ja_nej_and_publicerad_not_true_false(client, demo):
    client.force_login(make_user("superuser"))
    nodes = client.get("/admin/nodes/").content.decode()
    people = client.get(reverse(Person.snippet_viewset.get_url_name("list"))).content.decode()
    for html in (nodes, people):
        assert ">True<" not in html and ">False<" not in html
    assert "Ja" in nodes and "Nej" in nodes  # Jönköping is retired in the demo
    assert "publicerad" in people.lower()


def approval_workflow_without_reviewers():
    """Wagtail's own default, as its initial migration leaves it: on the Root page, its one
    task reviewed by the Moderators group."""
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    workflow = Workflow.objects.create(name="Moderators approval", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=Page.get_first_root_node())
    return workflow


def test_setup_nodes_leaves_no_workflow_without_reviewers(client, demo):
    workflow = approval_workflow_without_reviewers()
    client.force_login(make_user("malmo"))
    node_page = Page.objects.get(slug="malmo")
    edit = reverse("wagtailadmin_pages:edit", args=[node_page.pk])
    assert "Lämna in till" in client.get(edit).content.decode()  # the trap, before set-up

    log = []
    assert NodeSetup(log=log.append).run() == 1
    assert log == ["Stängde av arbetsflödet Moderators approval (ingen kan godkänna)"]
    workflow.refresh_from_db()
    assert not workflow.active
    assert "Lämna in till" not in client.get(edit).content.decode()
    assert NodeSetup(log=log.append).run() == 0  # idempotent


def test_setup_nodes_keeps_a_workflow_that_has_reviewers(demo):
    from django.contrib.auth.models import Group

    from nodes.data import NATIONAL_GROUP

    workflow = approval_workflow_without_reviewers()
    workflow.tasks.get().specific.groups.add(Group.objects.get(name=NATIONAL_GROUP))
    NodeSetup(log=lambda message: None).run()
    workflow.refresh_from_db()
    assert workflow.active
