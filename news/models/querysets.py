"""What the news code asks of articles and publications, in one place."""

from django.db import models

from pages.listing import with_images
from pages.querysets import BasePageQuerySet


class NewsArticleQuerySet(BasePageQuerySet):
    NEWEST_FIRST = (
        models.F("date").desc(),
        models.F("first_published_at").desc(nulls_last=True),
        models.F("pk").desc(),
    )

    def for_cards(self):
        """With their images and renditions, for news cards."""
        return with_images(self)


class PublicationQuerySet(BasePageQuerySet):
    NEWEST_FIRST = (
        models.F("year").desc(),
        models.F("first_published_at").desc(nulls_last=True),
        models.F("pk").desc(),
    )
