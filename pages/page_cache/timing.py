"""How long an answer may be kept: PAGE_CACHE_SECONDS, and never past the next moment the site
changes by itself (scheduled publishing or expiry, an event starting or ending, registration
closing). Apps say when through PAGE_CACHE_CHANGES_HOOK: a function of `now` returning the
next such moment after it, or None."""

from django.apps import apps
from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from wagtail import hooks
from wagtail.models import DraftStateMixin, Page, Revision

from .tags import cache

PAGE_CACHE_CHANGES_HOOK = "page_cache_next_change"
NEXT_CHANGE_KEY = "page-cache:next-change"


def next_scheduled(now):
    """The next scheduled publishing (an approved revision's go-live) or expiry of a page or
    a snippet."""
    moments = [
        Revision.objects.filter(approved_go_live_at__gt=now).aggregate(
            at=Min("approved_go_live_at")
        )["at"],
        Page.objects.filter(live=True, expire_at__gt=now).aggregate(at=Min("expire_at"))["at"],
    ]
    for model in apps.get_models():
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page):
            expiring = model.objects.filter(live=True, expire_at__gt=now)
            moments.append(expiring.aggregate(at=Min("expire_at"))["at"])
    return min((at for at in moments if at), default=None)


def next_change(now):
    """The next moment anything changes by itself, cached until then (or a minute at most)
    and forgotten whenever something is published (pages/page_cache/purge.py)."""
    at = cache().get(NEXT_CHANGE_KEY)
    if at is None or at <= now:
        moments = [
            next_scheduled(now),
            *(hook(now) for hook in hooks.get_hooks(PAGE_CACHE_CHANGES_HOOK)),
        ]
        at = min((m for m in moments if m), default=now + timezone.timedelta(days=1))
        cache().set(NEXT_CHANGE_KEY, at, max(1, min(60, int((at - now).total_seconds()))))
    return at


def seconds_to_keep(now=None):
    now = now or timezone.now()
    until_change = int((next_change(now) - now).total_seconds())
    return max(0, min(settings.PAGE_CACHE_SECONDS, until_change))
