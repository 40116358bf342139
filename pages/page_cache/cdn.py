"""A CDN in front of the page cache (docs/page-cache.md, "A CDN in front"): with
`WAGTAILFRONTENDCACHE` configured and `PAGE_CACHE_CDN_SECONDS` above 0, a kept answer may be
kept by the CDN too (`s-maxage`, `stale-while-revalidate`), and each tag remembers the full
URLs of the answers that carry it, so a bump purges exactly those URLs from the CDN through
`wagtail.contrib.frontend_cache`, when the change is committed.

Without both settings nothing here runs: answers say `max-age=0, must-revalidate` and a
proxy in front revalidates every time (a cheap hit or a 304).
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

URLS = "page-cache:urls:"


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None)) and cdn_seconds() > 0


def cdn_seconds():
    return getattr(settings, "PAGE_CACHE_CDN_SECONDS", 0)


def mark(response, seconds):
    """The Cache-Control of a kept answer: browsers revalidate, a CDN may keep it, never past
    the moment the page changes by itself (`seconds` from now)."""
    if configured():
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=min(cdn_seconds(), seconds),
            stale_while_revalidate=settings.PAGE_CACHE_CDN_STALE_SECONDS,
        )
    else:
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)


def note(url, tags):
    """Remember that the answer at `url` carries `tags`. Two processes noting at once may lose
    one URL: the CDN then keeps that page until `s-maxage` runs out, never longer."""
    if not configured():
        return
    cache = caches["pages"]
    keys = {URLS + tag: tag for tag in tags}
    found = cache.get_many(keys)
    changed = {}
    for key in keys:
        urls = found.get(key, set())
        if url not in urls:
            changed[key] = urls | {url}
    if changed:
        cache.set_many(changed, None)


def purge(tags):
    """Purge from the CDN every URL noted under `tags` (then forgotten)."""
    if not configured():
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    cache = caches["pages"]
    keys = [URLS + tag for tag in tags]
    urls = set().union(*cache.get_many(keys).values())
    cache.delete_many(keys)
    if urls:
        try:
            purge_urls_from_cache(sorted(urls))
        except Exception:  # the CDN's API is down: its copies run out after s-maxage
            logger.exception("Purging %d URLs from the CDN failed", len(urls))
