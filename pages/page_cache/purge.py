"""What makes stored answers stale (docs/page-cache.md): signal receivers bumping the tags a
change touches.

- A saved or deleted row bumps its table's tag (`table:<db_table>`), unless the model has
  drafts (pages, events, examples…): their rows change on every draft save, so only
  publishing, unpublishing, deleting and moving them counts.
- A page bumps its subtree (`path:<its tree path>`: it and every page below, whose
  breadcrumbs and addresses show it), its parent (`page:<the parent's path>`, which may list
  its children) and its type's tables (listings of that type read them). A page that changes
  the main menu bumps `chrome`, which every answer carries.
- Tables that public pages never show, or that change without changing what they show
  (revisions, logs, the search and reference indexes, renditions made while rendering,
  sessions, login attempts, tasks, newsletter deliveries), bump nothing.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from wagtail.models import DraftStateMixin, Page, Site
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    pre_page_move,
    published,
    unpublished,
)

from .recorder import table_tag
from .tags import bump, cache
from .timing import NEXT_CHANGE_KEY

QUIET_TABLES = {
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtailcore_pagelogentry",
    "wagtailcore_modellogentry",
    "wagtailcore_referenceindex",
    "wagtailcore_workflowstate",
    "wagtailcore_taskstate",
    "wagtailcore_pagesubscription",
    "wagtailcore_comment",
    "wagtailcore_commentreply",
    "wagtailsearch_indexentry",
    "pages_customrendition",
    "django_session",
    "axes_accessattempt",
    "axes_accesslog",
    "axes_accessfailurelog",
    "django_tasks_database_dbtaskresult",
    "news_delivery",
    "news_subscriber",
    "auth_user",
    "wagtailadmin_editingsession",
    "wagtailsearch_query",
    "wagtailsearch_querydailyhits",
}
CHROME_SIGNATURE_KEY = "page-cache:chrome-signature"


def tables_of(model):
    models = [model, *model._meta.get_parent_list()]
    return {m._meta.db_table for m in models if not m._meta.proxy} - QUIET_TABLES


def bump_tables(model, *extra):
    """Bumps are made with the page cache on or off: the shared values of memo.py rely on
    them everywhere, and turning the page cache on needs no emptying first."""
    tags = [table_tag(table) for table in tables_of(model)]
    if tags or extra:
        bump(*tags, *extra)


def row_changed(sender, instance, **kwargs):
    if issubclass(sender, DraftStateMixin) and kwargs.get("signal") is post_save:
        return  # a draft save; publishing says when the public version changes
    bump_tables(sender)


@receiver(m2m_changed)
def relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        bump_tables(sender)


@receiver(published)
@receiver(unpublished)
def snippet_published(sender, instance, **kwargs):
    cache().delete(NEXT_CHANGE_KEY)
    bump_tables(type(instance))


def page_tags(page):
    """The tags of a page's own answer: its page (bumped when a child changes, as a page may
    list its children) and its address."""
    return [f"page:{page.path}", *address_tags(page)]


def address_tags(page):
    """Every tree path above and including a page: bumped when it or a page above it is
    published, unpublished, moved or deleted (its title or address may change)."""
    step = Page.steplen
    return [f"path:{page.path[:end]}" for end in range(step, len(page.path) + 1, step)]


def page_changed_tags(path):
    return [f"path:{path}", f"page:{path[: -Page.steplen]}"]


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        return
    cache().delete(NEXT_CHANGE_KEY)
    bump_tables(type(instance), *page_changed_tags(instance.path))
    check_chrome()


def connect():
    """Connect the row receivers model by model (pages/apps.py): a model whose tables bump
    nothing (sessions, login attempts, task results…) gets no receiver, so Django may still
    delete its rows in bulk (a receiver for every model would turn fast deletes off)."""
    for model in apps.get_models():
        label = model._meta.label_lower
        if issubclass(model, Page):
            post_delete.connect(page_changed, sender=model, dispatch_uid=f"page-cache:{label}")
        if tables_of(model):
            post_save.connect(row_changed, sender=model, dispatch_uid=f"page-cache:{label}")
            post_delete.connect(row_changed, sender=model, dispatch_uid=f"page-cache:r:{label}")


def moved_tags(path):
    """A move or a reorder renumbers the tree paths of the page's later siblings and of
    everything below them (treebeard), so everything below its parent is stale."""
    return [f"path:{path[: -Page.steplen]}"]


@receiver(pre_page_move)
def page_moving(sender, instance, **kwargs):
    bump(*moved_tags(instance.path))


@receiver(post_page_move)
def page_moved_to(sender, instance, **kwargs):
    instance.refresh_from_db(fields=["path"])
    bump(*moved_tags(instance.path))
    check_chrome()


def chrome_signature():
    """What the main menu of every site shows: its home and its pages in the menu."""
    signature = []
    for site in Site.objects.select_related("root_page").order_by("pk"):
        root = site.root_page
        items = root.get_children().live().in_menu().values_list("pk", "title", "url_path")
        signature.append((site.pk, site.hostname, root.title, root.url_path, list(items)))
    return signature


def remember_chrome():
    """Note the main menu as it is, if no note is kept (before an answer is stored)."""
    if cache().get(CHROME_SIGNATURE_KEY) is None:
        cache().add(CHROME_SIGNATURE_KEY, chrome_signature(), None)


def check_chrome():
    """Bump `chrome` if the main menu differs from the last one noted (or the note is lost)."""
    signature = chrome_signature()
    if cache().get(CHROME_SIGNATURE_KEY) != signature:
        cache().set(CHROME_SIGNATURE_KEY, signature, None)
        bump("chrome")
