"""A small site for the news tests: home, the hub with its indexes, and the nodes' trees."""

from datetime import datetime, timedelta

import pytest

from django.utils import timezone

from wagtail.models import Page, Site

from news.models import Event, EventIndexPage, EventOccurrence
from nodes.models import Node, NodeHomePage, NodeIndexPage
from tests.conftest import clear_site
from tests.factories import (
    HomePageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    PublicationIndexPageFactory,
    StoriesHubPageFactory,
    ThemeFactory,
)


class NewsSite:
    def __init__(self):
        clear_site()  # the session's demo site, inside this test's transaction
        root = Page.get_first_root_node()
        self.home = HomePageFactory(parent=root, title="Startsida", slug="start")
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "testserver", "port": 80, "root_page": self.home},
        )
        self.hub = StoriesHubPageFactory(parent=self.home)
        self.news = NewsIndexPageFactory(parent=self.hub)
        self.events = self.add_event_index(self.hub, "Evenemang")
        self.publications = PublicationIndexPageFactory(parent=self.hub)
        node_index = NodeIndexPage(title="Våra noder", slug="noder")
        self.home.add_child(instance=node_index)
        self.nodes, self.node_news, self.node_events = {}, {}, {}
        for slug, name in [("malmo", "Malmö"), ("umea", "Umeå")]:
            node_home = NodeHomePage(title=f"MSI {name}", slug=slug)
            node_index.add_child(instance=node_home)
            self.nodes[slug] = Node.objects.create(
                name=name, slug=slug, host_university=f"{name} universitet", root_page=node_home
            )
            self.node_news[slug] = NewsIndexPageFactory(parent=node_home, title=f"Nyheter {name}")
            self.node_events[slug] = self.add_event_index(node_home, f"Evenemang {name}")
        self.themes = {
            slug: ThemeFactory(name=name, slug=slug)
            for slug, name in [
                ("digital-inkludering", "Digital inkludering"),
                ("jamlik-halsa", "Jämlik hälsa"),
            ]
        }

    def article(self, parent=None, themes=(), publish=True, **fields):
        article = NewsArticlePageFactory(parent=parent or self.news, **fields)
        article.themes.set([self.themes[slug] for slug in themes])
        revision = article.save_revision()
        if publish:
            revision.publish()
        return article

    @staticmethod
    def add_event_index(parent, title):
        index = EventIndexPage(title=title, slug="evenemang")
        parent.add_child(instance=index)
        index.save_revision().publish()
        return index

    def event(self, *occurrences, node=None, themes=(), publish=True, **fields):
        """An event with `occurrences`: (start, end) or (start, end, all_day) in local time
        (naive datetimes are Stockholm time). Published unless `publish` is False."""
        fields.setdefault("title", f"Evenemang {Event.objects.count() + 1}")
        fields.setdefault("summary", "Vad evenemanget handlar om.")
        event = Event(node=self.nodes[node] if node else None, live=False, **fields)
        event.occurrences = [occurrence(*times) for times in occurrences or [soon()]]
        event.themes = [self.themes[slug] for slug in themes]
        event.full_clean()
        event.save()
        revision = event.save_revision()
        if publish:
            revision.publish()
        return Event.objects.get(pk=event.pk)


@pytest.fixture
def site(db):
    return NewsSite()


def aware(value):
    return timezone.make_aware(value) if timezone.is_naive(value) else value


def occurrence(start, end, all_day=False):
    return EventOccurrence(start=aware(start), end=aware(end), all_day=all_day)


def soon(days=7, hours=(15, 16)):
    """(start, end) of an event `days` from now, local time."""
    day = timezone.localdate() + timedelta(days=days)
    return (
        datetime(day.year, day.month, day.day, hours[0]),
        datetime(day.year, day.month, day.day, hours[1]),
    )
