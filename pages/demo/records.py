"""What the demo created, so that `load_demo_content --reset` removes that and nothing else.

`load_demo_content` notes the primary keys of the tracked models before each step and records
every row the step added (`DemoRecord`). A step's `reset()` then deletes only `demo_objects(…)`.
Pages are removed only where the whole subtree is demo content: a demo page under which an
editor has added a page of their own stays, with that page. Collections and site settings are
never removed (the shared collection "Gemensamt" is real; settings belong to the office).
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from pages.models import DemoRecord


def tracked_models(steps):
    """Models whose new rows are recorded: pages, media, users, and each step's DEMO_MODELS."""
    models = [Page, get_image_model(), get_document_model(), get_user_model()]
    for step in steps:
        models += [apps.get_model(label) for label in getattr(step, "DEMO_MODELS", [])]
    return models


def snapshot(models):
    return {model: set(model.objects.values_list("pk", flat=True)) for model in models}


def record_new(before, models):
    """Record every row of `models` that is not in the `before` snapshot."""
    records = []
    for model in models:
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        added = set(model.objects.values_list("pk", flat=True)) - before[model]
        records += [DemoRecord(content_type=content_type, object_id=str(pk)) for pk in added]
    DemoRecord.objects.bulk_create(records, ignore_conflicts=True)


def demo_objects(model):
    """The rows of `model` that the demo created."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    ids = DemoRecord.objects.filter(content_type=content_type).values_list("object_id", flat=True)
    return model.objects.filter(pk__in=[model._meta.pk.to_python(pk) for pk in ids])


def subtree_is_demo(page, demo_ids=None):
    """True when the page and every page below it were made by the demo."""
    if demo_ids is None:
        demo_ids = set(demo_objects(Page).values_list("pk", flat=True))
    subtree = set(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    return subtree <= demo_ids


def delete_demo_pages():
    """Delete demo pages top-down, skipping any page with a non-demo page below it."""
    demo_ids = set(demo_objects(Page).values_list("pk", flat=True))
    kept = 0
    for page in Page.objects.filter(pk__in=demo_ids).order_by("depth", "path"):
        if not Page.objects.filter(pk=page.pk).exists():
            continue  # already gone with an ancestor
        if subtree_is_demo(page, demo_ids):
            page.delete()
        else:
            kept += 1
    return kept


def forget_deleted():
    """Drop records whose objects are gone, so a rebuilt demo records afresh."""
    for content_type_id in set(DemoRecord.objects.values_list("content_type", flat=True)):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        existing = {str(pk) for pk in model.objects.values_list("pk", flat=True)}
        DemoRecord.objects.filter(content_type_id=content_type_id).exclude(
            object_id__in=existing
        ).delete()
