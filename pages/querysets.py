"""Query methods every page type shares."""

from wagtail.models import PageManager
from wagtail.query import PageQuerySet


class BasePageQuerySet(PageQuerySet):
    def live_public(self):
        """What anonymous visitors may see: published and not behind a password or login."""
        return self.live().public()


BasePageManager = PageManager.from_queryset(BasePageQuerySet)
