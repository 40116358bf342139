"""What an answer shows, recorded while it renders: the database tables its queries read
(from the SQL itself, so no listing can forget to say what it lists) and any tags the code
adds with `depends_on` (the page served and its place in the tree)."""

import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection

TABLE = re.compile(r'(?:FROM|JOIN)\s+"(\w+)"', re.IGNORECASE)

_tags: ContextVar = ContextVar("page_cache_tags", default=None)
_paused: ContextVar = ContextVar("page_cache_paused", default=False)


def table_tag(table):
    return f"table:{table}"


def depends_on(*tags):
    """Add tags to the answer being rendered, if one is being recorded."""
    current = _tags.get()
    if current is not None:
        current.update(tags)


@contextmanager
def recording():
    """Yields the set of tags the block's rendering shows."""
    tags = set()
    token = _tags.set(tags)

    def record(execute, sql, params, many, context):
        if not _paused.get():
            tags.update(table_tag(table) for table in TABLE.findall(sql))
        return execute(sql, params, many, context)

    try:
        with connection.execute_wrapper(record):
            yield tags
    finally:
        _tags.reset(token)


@contextmanager
def paused():
    """Queries in the block are not recorded (they say nothing about what is shown)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)
