"""A suggestion counts as reviewed when its review task or workflow is approved or rejected, or
its example is published. The retention period of the sender's address starts then
(examplebank/management/commands/purge_suggestion_addresses.py)."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.signals import (
    published,
    task_approved,
    task_rejected,
    workflow_approved,
    workflow_rejected,
)


def mark_reviewed(example_id):
    from .models import ExampleSuggestion

    ExampleSuggestion.objects.filter(example_id=example_id, reviewed_at__isnull=True).update(
        reviewed_at=timezone.now()
    )


def _workflow_state_example_id(workflow_state):
    from .models import Example

    if workflow_state.base_content_type_id != ContentType.objects.get_for_model(Example).pk:
        return None
    return workflow_state.object_id


def on_workflow_decided(sender, instance, **kwargs):
    example_id = _workflow_state_example_id(instance)
    if example_id is not None:
        mark_reviewed(example_id)


def on_task_decided(sender, instance, **kwargs):
    example_id = _workflow_state_example_id(instance.workflow_state)
    if example_id is not None:
        mark_reviewed(example_id)


def on_published(sender, instance, **kwargs):
    from .models import Example

    if isinstance(instance, Example):
        mark_reviewed(instance.pk)


def connect():
    """Called once from ExampleBankConfig.ready()."""
    uid = "examplebank.suggestion_reviewed"
    workflow_approved.connect(on_workflow_decided, dispatch_uid=f"{uid}.workflow_approved")
    workflow_rejected.connect(on_workflow_decided, dispatch_uid=f"{uid}.workflow_rejected")
    task_approved.connect(on_task_decided, dispatch_uid=f"{uid}.task_approved")
    task_rejected.connect(on_task_decided, dispatch_uid=f"{uid}.task_rejected")
    published.connect(on_published, dispatch_uid=f"{uid}.published")
