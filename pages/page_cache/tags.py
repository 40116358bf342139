"""Tag versions in the shared cache. A stored answer keeps the version of each of its tags;
bumping a tag gives it a new version, so every answer stored with the old one is stale. A tag
whose version is missing (never set, or evicted) makes the answer stale too."""

import secrets

from django.core.cache import caches
from django.db import transaction

from . import cdn

ALIAS = "pages"
PREFIX = "page-cache:tag:"
CLOCK = PREFIX + "*"  # changes with every bump


def cache():
    return caches[ALIAS]


def current_versions(tags):
    """{tag: version} for `tags`, giving each tag without one a version now."""
    keys = {PREFIX + tag: tag for tag in tags}
    found = cache().get_many(keys)
    missing = {key: secrets.token_hex(4) for key in keys if key not in found}
    for key, version in missing.items():
        cache().add(key, version, None)  # another process may have added one first
    if missing:
        found.update(cache().get_many(list(missing)))
    return {keys[key]: version for key, version in found.items()}


def still_current(versions):
    """True if every tag still has the version an answer was stored with."""
    if not versions:
        return False
    found = cache().get_many([PREFIX + tag for tag in versions])
    return all(found.get(PREFIX + tag) == version for tag, version in versions.items())


def bump(*tags):
    """Make every answer that carries one of `tags` stale. The tag "*" changes with every bump:
    an answer rendered while anything was bumped is not kept. Inside a transaction the bump is
    made now and again when it commits: a page rendered in between read the old rows."""

    def new_versions():
        cache().set_many({PREFIX + tag: secrets.token_hex(4) for tag in (*tags, "*")}, None)

    new_versions()
    transaction.on_commit(new_versions, robust=True)
    transaction.on_commit(lambda: cdn.purge(tags), robust=True)  # the CDN: committed rows
