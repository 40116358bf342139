"""The review of suggested examples: a Wagtail workflow whose one task is the national office's.

The workflow is not assigned to the Example model (no WorkflowContentType), so node editors keep
publishing their own examples directly; only suggestions are started on it. Wagtail's own
notifier e-mails the task's group when a suggestion reaches the task (docs/example-suggestions.md).
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from nodes.data import NATIONAL_GROUP

WORKFLOW_NAME = _("Granskning av föreslagna exempel")
TASK_NAME = _("Nationella kansliet granskar")


@transaction.atomic
def review_workflow():
    """The workflow, made the first time it is needed; an existing one is used as it is, so
    the national office may add reviewers or tasks in the admin. Found by its name."""
    workflow, created = Workflow.objects.get_or_create(
        name=str(WORKFLOW_NAME), defaults={"active": True}
    )
    if created or not workflow.workflow_tasks.exists():
        task, _created = GroupApprovalTask.objects.get_or_create(name=str(TASK_NAME))
        if not task.groups.exists():
            group, _created = Group.objects.get_or_create(name=NATIONAL_GROUP)
            task.groups.add(group)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def start_review(example):
    """Put a freshly saved draft (with a revision) on the review workflow, as nobody: the
    visitor has no account. The task's reviewers are e-mailed by Wagtail."""
    return review_workflow().start(example, user=None)
