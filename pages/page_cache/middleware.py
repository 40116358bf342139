"""PageCacheMiddleware (docs/page-cache.md): answers anonymous GETs from the shared cache while
every tag they were stored with is current; otherwise renders, records what the answer shows
and keeps it. Sits just inside WhiteNoise, so a hit touches no session, CSRF or database."""

import logging
import time

from django.conf import settings

from . import cdn
from . import tags as versions
from .purge import remember_chrome
from .recorder import recording
from .store import Entry, accepts_gzip, answers, entry_key, keeps
from .timing import seconds_to_keep

logger = logging.getLogger(__name__)

CHROME = "chrome"  # the header, menu and footer every page shows


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not answers(request):
            return self.get_response(request)
        key = entry_key(request)
        try:
            found = versions.cache().get_many([key, versions.CLOCK])
            entry, clock = found.get(key), found.get(versions.CLOCK)
            if entry is not None and clock is not None and self.current(key, entry, clock):
                response = entry.response(gzip=accepts_gzip(request))
                cdn.mark(response, int(entry.expires - time.time()))  # what is left of it
                response["X-Page-Cache"] = "hit"
                return response
            clock = clock or versions.current_versions(["*"])["*"]
        except Exception:  # the cache is down: the page, uncached
            logger.exception("The page cache failed; answering uncached")
            return self.get_response(request)
        # The moment it must go, from before it renders: a change meanwhile counts, and so
        # does the time rendering takes (a slow first render must not outlive the moment).
        until = time.time() + seconds_to_keep()
        with recording() as shown:  # any bump while it renders changes the clock
            response = self.get_response(request)
        if keeps(request, response):
            try:
                self.keep(request, key, response, shown | {CHROME}, clock, until)
            except Exception:
                logger.exception("The page cache failed to keep %s", request.path)
        return response

    def current(self, key, entry, clock):
        """Nothing bumped since the entry was stored (one read: the clock), or nothing it
        carries (a read per tag; then the entry notes the new clock, to be one read again)."""
        if entry.expires <= time.time():
            return False
        if entry.clock == clock:
            return True
        if not versions.still_current(entry.versions):
            return False
        entry.clock = clock
        remaining = int(entry.expires - time.time())
        if remaining > 0:
            versions.cache().set(key, entry, remaining)
        return True

    def keep(self, request, key, response, shown, clock, until):
        current = versions.current_versions([*shown, "*"])
        seconds = int(until - time.time())
        if seconds <= 0 or current.pop("*", None) != clock:
            response["X-Page-Cache"] = "miss"  # something changed while it rendered
            return
        remember_chrome()  # so a later menu change is seen as one
        cdn.mark(response, seconds)
        entry = Entry.of(response, current, clock, until)
        versions.cache().set(key, entry, seconds)
        cdn.note(request.build_absolute_uri(), current)
        response["X-Page-Cache"] = "miss"
