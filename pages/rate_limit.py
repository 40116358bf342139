"""A limit on how often one client address may send a public form (the example suggestions,
the contact page's feedback): a fixed window in the shared cache, so every app container counts
together. The address is the one the site's login throttling sees (docs/rate-limits.md)."""

import math
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import ngettext


def client_address(request):
    """The client's address as the site's throttling sees it: the function the settings name
    (msi_site/client_address.py, which reads the trusted proxy's header). By name, since
    msi_site is the floor above the apps (docs/layers.md)."""
    return import_string(settings.AXES_CLIENT_IP_CALLABLE)(request)


@dataclass
class RateLimit:
    scope: str  # the cache key's prefix: one count per form
    per_window: int
    window_seconds: int = 60 * 60

    def seconds_until_allowed(self, request, now=None):
        """Count one sending against the client's address; 0 when it may go through, else
        how many seconds until the window ends."""
        now = time.time() if now is None else now
        window = int(now // self.window_seconds)
        key = f"{self.scope}:{client_address(request)}:{window}"
        cache.add(key, 0, self.window_seconds)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, self.window_seconds)
            count = 1
        if count <= self.per_window:
            return 0
        return (window + 1) * self.window_seconds - now


def wait_words(seconds):
    """("om 12 minuter", "14.05"): how long to wait and the clock time it ends, in Swedish."""
    minutes = max(1, math.ceil(seconds / 60))
    until = timezone.localtime() + timedelta(seconds=seconds)
    wait = ngettext("om %(minutes)d minut", "om %(minutes)d minuter", minutes) % {
        "minutes": minutes
    }
    return wait, until.strftime("%H.%M")
