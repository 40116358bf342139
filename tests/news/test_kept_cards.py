"""News cards kept as HTML for everyone (news/cards.py): a repeat of a listing renders no
card, and what a card shows (the article, its node's name, its image) changes on the very next
request. Editors always get cards rendered. With the page cache off, as in development."""

import pytest

from news.models import NewsArticlePage, NewsIndexPage
from tests.news.rendered import times_rendered

pytestmark = pytest.mark.django_db

CARD = "components/news_card.html"


def cards_rendered(url, client=None):
    """(how many cards were rendered, the page's HTML)."""
    return times_rendered(url, CARD, client)


def national_listing():
    return NewsIndexPage.objects.live().order_by("depth", "path").first().url


def newest_node_article():
    """The newest article in a node's tree, and the listing that shows it."""
    for article in NewsArticlePage.objects.live().order_by("-date", "-pk"):
        if article.node is not None:
            return article, article.get_parent().url
    raise AssertionError("the demo content has node articles")


def test_a_repeat_listing_renders_no_card(uncached):
    url = national_listing()
    rendered, _html = cards_rendered(url)
    assert rendered > 0
    rendered_again, _html = cards_rendered(url)
    assert rendered_again == 0


def test_a_changed_article_shows_on_the_next_request(uncached):
    url = national_listing()
    cards_rendered(url)
    article = NewsArticlePage.objects.live().order_by("-date", "-pk").first()
    article.title = "En helt ny rubrik på nyheten"
    article.save_revision().publish()
    rendered, html = cards_rendered(url)
    assert "En helt ny rubrik på nyheten" in html
    assert rendered == 1  # only the changed card


def test_a_renamed_node_home_shows_on_its_articles_cards(uncached):
    article, url = newest_node_article()
    _rendered, html = cards_rendered(url)
    home = article.node.root_page.specific
    assert home.title in html
    home.title = "Noden med nytt namn"
    home.save_revision().publish()
    _rendered, html = cards_rendered(url)
    assert "Noden med nytt namn" in html


def test_a_saved_image_renders_the_cards_again(uncached):
    url = national_listing()
    cards_rendered(url)
    article = NewsArticlePage.objects.live().exclude(image=None).order_by("-date", "-pk").first()
    assert article is not None, "the demo content has articles with images"
    article.image.focal_point_x, article.image.focal_point_y = 10, 10
    article.image.focal_point_width = article.image.focal_point_height = 5
    article.image.save()
    rendered, _html = cards_rendered(url)
    assert rendered > 0


def test_editors_get_every_card_rendered(uncached, admin_client):
    url = national_listing()
    cards_rendered(url, admin_client)
    rendered, _html = cards_rendered(url, admin_client)
    assert rendered > 0


def test_the_related_articles_under_an_article_are_kept_too(uncached):
    article = NewsArticlePage.objects.live().order_by("-date", "-pk").first()
    rendered, _html = cards_rendered(article.url)
    assert rendered > 0
    rendered_again, _html = cards_rendered(article.url)
    assert rendered_again == 0


def test_an_article_whose_node_lets_go_of_its_home_shows_the_national_office(uncached):
    """Which node an article belongs to is read from the nodes (nodes/tree.py): a node saved
    without its home page publishes nothing, yet its articles' cards change."""
    article, url = newest_node_article()
    _rendered, html = cards_rendered(url)
    node = article.node
    assert node.root_page.title in html
    node.root_page = None
    node.save()
    _rendered, html = cards_rendered(url)
    assert "Nationella kansliet" in html


def test_a_card_says_which_node_even_when_the_listing_found_the_nodes(uncached, rf):
    """A listing fills in every article's node before the cards render (nodes/tree.py
    attach_nodes): the card still carries what the nodes were read from."""
    from news.cards import news_card
    from nodes.tree import attach_nodes

    article, url = newest_node_article()
    request = rf.get(url, HTTP_HOST="localhost")

    def card():
        [fresh] = attach_nodes([NewsArticlePage.objects.get(pk=article.pk)])
        return news_card(request, fresh)

    node = article.node
    assert node.root_page.title in card()
    node.root_page = None
    node.save()
    assert "Nationella kansliet" in card()
