"""Query methods every page type shares."""

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from .view_restrictions import public


class BasePageQuerySet(PageQuerySet):
    NEWEST_FIRST = ("-first_published_at", "-pk")  # subclasses order by their own date

    def live_public(self):
        """What anonymous visitors may see: published and not behind a password or login."""
        return public(self.live())

    def newest_first(self):
        return self.order_by(*self.NEWEST_FIRST)


BasePageManager = PageManager.from_queryset(BasePageQuerySet)
