"""Both e-mails of a suggestion go out over real SMTP: the national office's reviewers are told
by Wagtail's workflow notifier, the sender gets a receipt in Swedish plain text."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from examplebank.models import Example
from nodes.data import NATIONAL_GROUP
from tests.mail import free_port

pytestmark = pytest.mark.django_db

SENDER = "forslagsstallare@example.org"
REVIEWER = "granskare@example.org"
NODE_EDITOR = "nodredaktor@example.org"


@pytest.fixture
def people(db):
    """A national reviewer, and a node editor who must not be asked to review."""
    from nodes.models import Node

    users = get_user_model()
    reviewer = users.objects.create(username="granskare", email=REVIEWER)
    reviewer.groups.add(Group.objects.get(name=NATIONAL_GROUP))
    node = Node.objects.filter(active=True).first()
    editor = users.objects.create(username="nodredaktor", email=NODE_EDITOR)
    editor.groups.add(Group.objects.get(name=node.editor_group_name))
    return reviewer, editor


def test_a_suggestion_emails_the_reviewers_and_the_sender(bank, smtp, people):
    name = "Mat & möten i <Skogsby>"
    response = Client().post(
        bank.url + "foresla/",
        {
            "name": name,
            "description": "Grannar lagar mat tillsammans varje torsdag.",
            "email": SENDER,
            "consent": "on",
        },
    )
    assert response.status_code == 303
    example = Example.objects.get()

    to_reviewer = smtp.to(REVIEWER)
    assert len(to_reviewer) == 1
    review_mail = to_reviewer[0]
    assert name in review_mail["Subject"]
    body = review_mail.get_body(preferencelist=("plain",)).get_content()
    edit_path = reverse("wagtailsnippets_examplebank_example:edit", args=[example.pk])
    assert edit_path in body
    task = example.current_workflow_state.current_task_state.task
    preview_path = reverse(
        "wagtailsnippets_examplebank_example:workflow_preview", args=[example.pk, task.pk]
    )
    assert preview_path in body
    assert SENDER not in body  # the sender's address stays with the suggestion

    assert smtp.to(NODE_EDITOR) == []

    to_sender = smtp.to(SENDER)
    assert len(to_sender) == 1
    receipt = to_sender[0]
    assert receipt.get_content_type() == "text/plain"
    text = receipt.get_content()
    assert name in text  # plain text: nothing escaped as HTML
    assert "&amp;" not in text and "&lt;" not in text
    assert "raderas" in text  # says that the address is deleted


def test_a_failing_mail_server_loses_no_suggestion(bank, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nobody listens there
    settings.EMAIL_TIMEOUT = 2
    response = Client().post(
        bank.url + "foresla/",
        {
            "name": "Ett förslag",
            "description": "Något bra.",
            "email": SENDER,
            "consent": "on",
        },
    )
    assert response.status_code == 303
    assert Example.objects.filter(name="Ett förslag", live=False).exists()


def test_the_swedish_reviewer_mail_still_serves_pages(demo, people, mailoutbox):
    """templates/wagtailadmin/notifications/task_state_submitted*.txt replace Wagtail's for
    every workflow: a page on a workflow still gets a mail with its own links."""
    from examplebank.review import review_workflow
    from pages.models import StandardPage

    page = StandardPage.objects.live().first()
    page.save_revision()
    review_workflow().start(page, user=None)

    mail = next(message for message in mailoutbox if REVIEWER in message.to)
    assert page.title in mail.subject
    task = page.current_workflow_state.current_task_state.task
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in mail.body
    assert reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]) in mail.body
