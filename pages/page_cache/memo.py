"""Values every page needs (the site's settings, the main menu, the nodes, where the news
index is) computed once for every process, and thrown away by the same tags that purge
cached pages (docs/page-cache.md, "Shared values").

`remembered(key, compute, *tags)` runs `compute()` while recording the tables its SQL reads,
and keeps the value in the shared cache with the version of each of those tags and of
`tags`. Later calls return the value without a query while every version is unchanged. A
page rendered with a remembered value carries its tags too, so the page cache stays exact.
Works with the page cache on or off: bumps are always made.

Each process also holds what it read last. The clock tag ("*") changes with every bump, so
while it has not moved since a held value was checked, that value is current without
reading its tags: one cache read per call.
"""

import functools
import hashlib
import logging
import pickle
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils import timezone

from . import request_values, store
from . import tags as versions
from .purge import address_tags, page_tags
from .recorder import depends_on, paused, recording, table_tag
from .timing import next_change

logger = logging.getLogger(__name__)

PREFIX = "page-cache:memo2:"
HELD_MAX = 2000  # values one process holds (keys carry page paths, so they are bounded)


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


KEY_MAX = 160  # longer keys (made from addresses and query strings) end in a digest


def full_key(key):
    if len(key) > KEY_MAX:
        key = f"{key[: KEY_MAX - 40]}~{hashlib.sha256(key.encode()).hexdigest()[:32]}"
    return f"{PREFIX}{schema()}:{key}"


@dataclass
class Held:
    """A value as this process holds it: pickled (every caller gets its own copy), or the
    object itself for `read_only` values; the tag versions it was kept with; the clock when
    they were last seen current; until when (a time.time()) it may be used."""

    value: object
    versions: dict
    clock: str
    expires: float
    pickled: bool = True

    def get(self):
        return pickle.loads(self.value) if self.pickled else self.value  # noqa: S301  our own


_held: OrderedDict = OrderedDict()  # least recently used first
_lock = threading.Lock()  # gunicorn may run threads


def hold(key, held):
    with _lock:
        _held[key] = held
        _held.move_to_end(key)
        while len(_held) > HELD_MAX:
            _held.popitem(last=False)


def drop(key):
    with _lock:
        _held.pop(key, None)


def current(key, clock, own_only=False):
    """The held value of `key` if nothing it shows was bumped, else None; may read the shared
    cache (another process may have kept a fresh one), unless the value is this process's
    `own_only` (read-only values are never shared)."""
    with _lock:
        held = _held.get(key)
        if held is not None:
            _held.move_to_end(key)
    if held is not None and held.expires <= time.time():
        drop(key)
        held = None
    if held is not None and held.clock != clock:
        if clock is not None and versions.still_current(held.versions):
            held.clock = clock
        else:
            drop(key)
            held = None
    if held is None:
        return None if clock is None or own_only else shared(key, clock)
    return held


def shared(key, clock):
    """The value another process kept, held here from now on."""
    entry = versions.cache().get(key)
    if entry is None:
        return None
    value, tag_versions, expires = entry
    if expires <= time.time() or not versions.still_current(tag_versions):
        return None
    held = Held(value, tag_versions, clock, expires)
    hold(key, held)
    return held


def read_clock(in_request):
    """The shared clock; inside a request, as it was at the request's first shared value."""
    if in_request is None:
        return versions.cache().get(versions.CLOCK)
    if in_request.clock is None:
        in_request.clock = versions.cache().get(versions.CLOCK)
    return in_request.clock


MISSING = object()


def in_this_request(key, in_request):
    """The value this request has already read, or MISSING."""
    if in_request is None or key not in in_request.values:
        return MISSING
    value, tag_versions = in_request.values[key]
    depends_on(*tag_versions)
    return value


def from_held(key, in_request, clock, read_only=False):
    """The value this process or the shared cache holds, if current, or MISSING."""
    held = current(key, clock, own_only=read_only)
    if held is None:
        return MISSING
    depends_on(*held.versions)
    value = held.get()
    if in_request is not None:
        in_request.values[key] = (value, held.versions)
    return value


def expiry(until):
    """Until when (a time.time()) a value computed now may be used."""
    expires = time.time() + settings.PAGE_CACHE_SECONDS
    with paused():  # when it changes is not what it shows
        changes = until() if until else None
    if changes is not None:
        expires = min(expires, changes.timestamp())
    return expires


def remembered(key, compute, *tags, until=None, shareable=None, read_only=False):
    """`compute()`'s value, shared by every process until one of the tables it read, or one
    of `tags`, is bumped. A failing cache means computing every time, never an error.

    `until()`, asked before computing, gives the moment (a datetime) the value changes by
    itself (an event passing), or None. `shareable(value)`, asked after computing, may say the
    value must not be kept (it holds one visitor's CSRF token). A `read_only` value is held
    by this process only and every caller gets the same object: for large values that are
    faster to compute than to unpickle, and that no caller changes."""
    key = full_key(key)
    in_request = request_values.current()
    value = in_this_request(key, in_request)
    if value is not MISSING:
        return value
    try:
        clock = read_clock(in_request)
        value = from_held(key, in_request, clock, read_only)
        if value is not MISSING:
            return value
        if clock is None:
            clock = versions.current_versions(["*"])["*"]
        expires = expiry(until)
    except Exception:
        logger.exception("The shared cache failed; computing %s", key)
        return compute()
    with recording() as shown:
        value = compute()
    shown.update(tags)
    depends_on(*shown)
    if shareable is None or shareable(value):
        try:
            keep(key, value, shown, clock, expires, read_only)
        except Exception:
            logger.exception("The shared cache failed to keep %s", key)
    return value


def remembered_each(keys, compute, *tags, until=None, read_only=False):
    """{key: value} for each of `keys`, each kept as `remembered` keeps one: those held come
    from the shared values, the rest from one call of `compute(missing keys)`, which returns
    {key: (value, its own tags)} for those it finds (a key it leaves out is left out of the
    answer too). Each value is kept with the tags read while computing them all, its own tags
    and `tags`: for many small values that cost one query together and one each apart.
    `read_only` as for `remembered`: held by this process only, one object for every caller
    (for values that cost more to write to the shared cache than to compute once per
    process)."""
    in_request = request_values.current()
    found, missing = {}, []
    try:
        clock = read_clock(in_request)
        for key in keys:
            value = in_this_request(full_key(key), in_request)
            if value is MISSING:
                value = from_held(full_key(key), in_request, clock, read_only)
            if value is MISSING:
                missing.append(key)
            else:
                found[key] = value
        if not missing:
            return found
        if clock is None:
            clock = versions.current_versions(["*"])["*"]
        expires = expiry(until)
    except Exception:
        logger.exception("The shared cache failed; computing %d values", len(keys))
        return {key: value for key, (value, _own) in compute(list(keys)).items()}
    with recording() as shown:
        computed = compute(missing)
    shown.update(tags)
    depends_on(*shown)
    for key, (value, own) in computed.items():
        depends_on(*own)
        found[key] = value
    try:
        keep_each(computed, shown, clock, expires, read_only)
    except Exception:
        logger.exception("The shared cache failed to keep %d values", len(computed))
    return found


def keep_each(computed, shown, clock, expires, read_only):
    """Keep each of `computed` ({key: (value, own tags)}) as `keep` keeps one, with one read
    of every tag's version."""
    own = set().union(*(tags for _value, tags in computed.values()))
    tag_versions = versions.current_versions([*shown, *own, "*"])
    if tag_versions.pop("*") != clock:
        return
    for key, (value, tags) in computed.items():
        its_versions = {tag: tag_versions[tag] for tag in (*shown, *tags)}
        store_value(full_key(key), value, its_versions, clock, expires, read_only)


def keep(key, value, shown, clock, expires, read_only):
    """Keep the value unless something was bumped while it was computed (the clock moved)."""
    tag_versions = versions.current_versions([*shown, "*"])
    if tag_versions.pop("*") != clock:
        return
    store_value(key, value, tag_versions, clock, expires, read_only)


def store_value(key, value, tag_versions, clock, expires, read_only):
    seconds = int(expires - time.time())
    if seconds <= 0:
        return
    if read_only:
        hold(key, Held(value, tag_versions, clock, expires, pickled=False))
        return
    pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    versions.cache().set(key, (pickled, tag_versions, expires), seconds)
    hold(key, Held(pickled, tag_versions, clock, expires))


def shown_on(page, request, key, compute, *tags, shareable=None):
    """`compute()`'s value for `page` as everyone sees it (its sections, its related
    articles, its filter form), shared like `remembered` and thrown away when the page is
    published, moved or deleted, one of `tags` is bumped, or by itself when an event passes
    or a page is scheduled to change. Editors and previews (a draft may differ) get it
    computed."""
    if not store.same_for_everyone(request):
        return compute()
    return remembered(
        f"on:{page.pk}:{request.get_host()}:{key}",
        compute,
        *page_tags(page),
        *tags,
        table_tag("wagtailcore_site"),  # its links follow the site's host and root
        until=lambda: next_change(timezone.now()),
        shareable=shareable,
    )


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
