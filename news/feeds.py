"""RSS 2.0 and Atom feeds of a news index, optionally for one theme.

Built on Django's syndication framework. The feed lists the same articles as its index page
(the national one every article, a node's its own), newest first.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from pages.models import SiteSettings

FEED_LENGTH = 20
# Entry ids are tag URIs (RFC 4151) on the page's id: they stay the same when an article is
# renamed, moved or served from another host, so feed readers never show it twice.
ENTRY_ID_AUTHORITY = "socialinnovation.se,2010"


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "sv"

    def __init__(self, index, theme=None):
        super().__init__()
        self.index = index
        self.theme = theme

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        organisation = SiteSettings.for_request(self.request).organisation_name
        suffix = f" – {self.theme.name}" if self.theme else ""
        return f"{index.title}{suffix} – {organisation}"

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.intro or self.title(index)

    def items(self, index):
        articles = index.articles().prefetch_related("authors", "themes")
        if self.theme:
            articles = articles.filter(themes=self.theme)
        return articles[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.intro

    def item_link(self, article):
        return article.get_url(self.request)

    def item_guid(self, article):
        return f"tag:{ENTRY_ID_AUTHORITY}:nyhet-{article.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, article):
        """The article's date; the publishing time when it was published that same day."""
        zone = ZoneInfo(settings.TIME_ZONE)
        published = article.first_published_at
        if published and published.astimezone(zone).date() == article.date:
            return published
        return datetime.datetime.combine(article.date, datetime.time(), tzinfo=zone)

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        names = [person.name for person in article.authors.all() if person.live]
        return ", ".join(names) or None

    def item_categories(self, article):
        return [theme.name for theme in article.themes.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
