"""A suggestion is reviewed when the national office approves or rejects it (or publishes the
example); its sender's address is deleted a set time after that by a daily command."""

from datetime import timedelta
from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from examplebank.intake import create_suggestion
from examplebank.models import Example, ExampleSuggestion
from nodes.data import NATIONAL_GROUP
from nodes.models import Node

pytestmark = pytest.mark.django_db

CONSENT = "Jag samtycker till att ni sparar min adress."


def suggest(name="Cykelköket", email="avsandare@example.org"):
    data = {
        "name": name,
        "description": "Ett verkstadskök där grannar lagar cyklar ihop.",
        "organisation": "",
        "place": "",
        "email": email,
    }
    return create_suggestion(data, consent_text=CONSENT)


@pytest.fixture
def reviewer(db):
    user = get_user_model().objects.create(username="granskare", email="g@example.org")
    user.groups.add(Group.objects.get(name=NATIONAL_GROUP))
    return user


def act(example, user, action):
    task_state = example.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, action)


def reviewed_at(suggestion):
    suggestion.refresh_from_db()
    return suggestion.reviewed_at


def test_approving_marks_the_suggestion_reviewed_and_publishes_it(bank, reviewer):
    suggestion = suggest()
    before = timezone.now()
    act(suggestion.example, reviewer, "approve")
    assert before <= reviewed_at(suggestion) <= timezone.now()
    assert Example.objects.get(pk=suggestion.example_id).live


def test_rejecting_marks_the_suggestion_reviewed_and_keeps_it_a_draft(bank, reviewer):
    suggestion = suggest()
    act(suggestion.example, reviewer, "reject")
    assert reviewed_at(suggestion) is not None
    assert not Example.objects.get(pk=suggestion.example_id).live


def test_publishing_directly_marks_it_reviewed(bank, reviewer):
    suggestion = suggest()
    suggestion.example.get_latest_revision().publish(user=reviewer)
    assert reviewed_at(suggestion) is not None


def test_the_first_review_counts(bank, reviewer):
    suggestion = suggest()
    act(suggestion.example, reviewer, "reject")
    first = reviewed_at(suggestion)
    suggestion.example.get_latest_revision().publish(user=reviewer)
    assert reviewed_at(suggestion) == first


def test_a_pending_suggestion_and_other_examples_are_untouched(bank, reviewer):
    pending = suggest("Väntar")
    decided = suggest("Avgjort", email="annan@example.org")
    act(decided.example, reviewer, "reject")
    assert reviewed_at(pending) is None


def purge():
    out = StringIO()
    call_command("purge_suggestion_addresses", stdout=out)
    return out.getvalue()


def test_purge_deletes_addresses_reviewed_longer_ago_than_the_retention(bank, settings):
    settings.EXAMPLE_SUGGESTION_RETENTION_DAYS = 30
    now = timezone.now()
    old = [suggest(f"Gammalt {number}", f"gammal{number}@example.org") for number in range(2)]
    recent = suggest("Nyligen", "ny@example.org")
    pending = suggest("Ej granskat", "vantar@example.org")
    ExampleSuggestion.objects.filter(pk__in=[item.pk for item in old]).update(
        reviewed_at=now - timedelta(days=31)
    )
    ExampleSuggestion.objects.filter(pk=recent.pk).update(reviewed_at=now - timedelta(days=29))

    output = purge()

    assert str(len(old)) in output
    for item in old:
        item.refresh_from_db()
        assert item.email == ""
        assert item.consent_text == CONSENT  # the record of the consent stays
    for item in (recent, pending):
        email = item.email
        item.refresh_from_db()
        assert item.email == email
    assert "0" in purge()  # idempotent: nothing left to delete
    assert ExampleSuggestion.objects.count() == 4


def test_purge_follows_the_setting(bank, settings):
    suggestion = suggest()
    ExampleSuggestion.objects.filter(pk=suggestion.pk).update(
        reviewed_at=timezone.now() - timedelta(days=3)
    )
    settings.EXAMPLE_SUGGESTION_RETENTION_DAYS = 5
    purge()
    suggestion.refresh_from_db()
    assert suggestion.email
    settings.EXAMPLE_SUGGESTION_RETENTION_DAYS = 2
    purge()
    suggestion.refresh_from_db()
    assert suggestion.email == ""


def test_a_national_reviewer_approves_in_the_admin(bank, reviewer, client):
    suggestion = suggest()
    example = suggestion.example
    client.force_login(reviewer)
    edit = client.get(reverse("wagtailsnippets_examplebank_example:edit", args=[example.pk]))
    assert edit.status_code == 200
    task_state = example.current_workflow_state.current_task_state
    assert task_state.task.name in edit.content.decode()

    url = reverse(
        "wagtailsnippets_examplebank_example:workflow_action",
        args=[example.pk, "approve", task_state.pk],
    )
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    example.refresh_from_db()
    assert example.live
    assert reviewed_at(suggestion) is not None


def test_a_node_editor_cannot_open_a_suggestion(bank, client):
    node = Node.objects.filter(active=True).first()
    editor = get_user_model().objects.create(username="nodredaktor")
    editor.groups.add(Group.objects.get(name=node.editor_group_name))
    example = suggest().example
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_examplebank_example:edit", args=[example.pk]))
    assert response.status_code in (302, 403)
    example.refresh_from_db()
    assert not example.live
