"""Values every page needs (the site's settings, the main menu, the nodes, where the news
index is) computed once for every process, and thrown away by the same tags that purge
cached pages (docs/page-cache.md, "Shared values").

`remembered(key, compute, *tags)` runs `compute()` while recording the tables its SQL reads,
and keeps the value in the shared cache with the version of each of those tags and of
`tags`. Later calls return the value without a query while every version is unchanged. A
page rendered with a remembered value carries its tags too, so the page cache stays exact.
Works with the page cache on or off: bumps are always made.
"""

import functools
import hashlib
import logging

from django.apps import apps
from django.conf import settings

from . import tags as versions
from .purge import address_tags
from .recorder import depends_on, recording

logger = logging.getLogger(__name__)

PREFIX = "page-cache:memo:"


@functools.cache
def schema():
    """A digest of every model's columns: values are kept pickled, so a deploy that changes a
    model (whether or not its static files change, which the cache's key prefix follows)
    starts from fresh keys."""
    columns = sorted(
        (model._meta.label, tuple(field.attname for field in model._meta.concrete_fields))
        for model in apps.get_models()
    )
    return hashlib.sha256(repr(columns).encode()).hexdigest()[:12]


def full_key(key):
    return f"{PREFIX}{schema()}:{key}"


def remembered(key, compute, *tags):
    """`compute()`'s value, shared by every process until one of the tables it read, or one
    of `tags`, is bumped. A failing cache means computing every time, never an error."""
    try:
        found = versions.cache().get_many([full_key(key), versions.CLOCK])
        entry, clock = found.get(full_key(key)), found.get(versions.CLOCK)
        if entry is not None and clock is not None and versions.still_current(entry[1]):
            depends_on(*entry[1])
            return entry[0]
        if clock is None:
            clock = versions.current_versions(["*"])["*"]
    except Exception:
        logger.exception("The shared cache failed; computing %s", key)
        return compute()
    with recording() as shown:
        value = compute()
    shown.update(tags)
    depends_on(*shown)
    try:
        keep(key, value, shown, clock)
    except Exception:
        logger.exception("The shared cache failed to keep %s", key)
    return value


def keep(key, value, shown, clock):
    """Keep the value unless something was bumped while it was computed (the clock moved)."""
    current = versions.current_versions([*shown, "*"])
    if current.pop("*") != clock:
        return
    versions.cache().set(full_key(key), (value, current), settings.PAGE_CACHE_SECONDS)


def remembered_page(key, find):
    """`find()`'s page (or None), shared like `remembered`, and thrown away when the page or
    a page above it is published, unpublished, moved or deleted (its address may change).
    `find` should defer stream fields: the value is kept pickled."""

    def compute():
        page = find()
        if page is not None:
            depends_on(*address_tags(page))
        return page

    return remembered(key, compute)
