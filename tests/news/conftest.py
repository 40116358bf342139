"""A small site for the news tests: home, the hub with both indexes, and the nodes' trees."""

import pytest

from wagtail.models import Page, Site

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
        self.publications = PublicationIndexPageFactory(parent=self.hub)
        node_index = NodeIndexPage(title="Våra noder", slug="noder")
        self.home.add_child(instance=node_index)
        self.nodes, self.node_news = {}, {}
        for slug, name in [("malmo", "Malmö"), ("umea", "Umeå")]:
            node_home = NodeHomePage(title=f"MSI {name}", slug=slug)
            node_index.add_child(instance=node_home)
            self.nodes[slug] = Node.objects.create(
                name=name, slug=slug, host_university=f"{name} universitet", root_page=node_home
            )
            self.node_news[slug] = NewsIndexPageFactory(parent=node_home, title=f"Nyheter {name}")
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


@pytest.fixture
def site(db):
    return NewsSite()
