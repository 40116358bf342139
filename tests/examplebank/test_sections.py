"""The example bank's section (examplebank/sections.py): featured examples on the home page,
the node's own on a node's home page, left out when there is nothing to show."""

import datetime
import io
import re

from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.images import get_image_model

from examplebank.models import Example
from nodes.models import Node
from pages.models import HomePage
from tests.factories import make_example

KEY = "examplebank.featured_examples"


def example(name, days_ago, **fields):
    """A published example, published `days_ago` days ago."""
    made = make_example(name, **fields)
    published = timezone.now() - datetime.timedelta(days=days_ago)
    Example.objects.filter(pk=made.pk).update(first_published_at=published)
    return made


def choose_sections(*keys):
    """The national office picks the home page's sections, as in the admin."""
    home = HomePage.objects.get()
    home.sections = [("section", key) for key in keys]
    home.save_revision().publish()


def section_html(html, heading_id):
    match = re.search(
        rf'<section class="featured-examples" aria-labelledby="{heading_id}">(.*?)</section>',
        html,
        re.S,
    )
    return match[1] if match else None


def card_links(html):
    return re.findall(r'<a class="example-card__link" href="([^"]+)">([^<]+)</a>', html)


def home_section(client):
    response = client.get("/")
    assert response.status_code == 200
    return section_html(response.content.decode(), "examples-heading")


def test_the_home_page_shows_featured_examples_first_when_chosen(client, bank):
    choose_sections("news.latest_news", KEY)
    old_featured = example("Gammalt utvalt", days_ago=300, featured=True)
    new_featured = example("Nytt utvalt", days_ago=10, featured=True)
    example("Äldsta vanliga", days_ago=400)
    newest = example("Nyaste vanliga", days_ago=1)
    make_example("Utvalt utkast", live=False, featured=True)
    found = home_section(client)
    assert found is not None
    assert '<h2 id="examples-heading">Utvalda exempel</h2>' in found
    # the featured ones, newest first, then the newest other one fills the three places
    assert card_links(found) == [
        (f"/exempelbanken/{new_featured.slug}/", "Nytt utvalt"),
        (f"/exempelbanken/{old_featured.slug}/", "Gammalt utvalt"),
        (f"/exempelbanken/{newest.slug}/", "Nyaste vanliga"),
    ]
    assert re.search(
        r'<a class="more-link" href="/exempelbanken/">Alla exempel i exempelbanken</a>', found
    )


def test_only_three_featured_examples_are_shown(client, bank):
    for number in range(5):
        example(f"Utvalt {number}", days_ago=number, featured=True)
    example("Helt nytt men inte utvalt", days_ago=0)
    titles = [title for _href, title in card_links(home_section(client))]
    assert titles == ["Utvalt 0", "Utvalt 1", "Utvalt 2"]


def test_the_section_follows_the_chosen_order_and_can_be_left_out(client, bank):
    example("Ett exempel", days_ago=1, featured=True)
    choose_sections(KEY, "news.latest_news")
    html = client.get("/").content.decode()
    assert html.index('id="examples-heading"') < html.index('id="news-heading"')
    choose_sections("news.latest_news")
    assert home_section(client) is None


def test_no_published_examples_no_section(client, bank):
    make_example("Bara ett utkast", live=False, featured=True)
    choose_sections(KEY)
    html = client.get("/").content.decode()
    assert "Utvalda exempel" not in html
    assert "Bara ett utkast" not in html


def test_no_published_bank_no_section(client, bank):
    example("Ett exempel", days_ago=1, featured=True)
    choose_sections(KEY)
    bank.unpublish()
    assert home_section(client) is None


def test_a_node_home_page_shows_the_nodes_own_newest_examples(client, bank):
    malmo, umea = Node.objects.get(slug="malmo"), Node.objects.get(slug="umea")
    own = example("Malmös exempel", days_ago=3, node=malmo)
    example("Umeås exempel", days_ago=1, node=umea, featured=True)
    example("Nationellt exempel", days_ago=1, featured=True)
    html = client.get(malmo.root_page.url).content.decode()
    found = section_html(html, "node-examples-heading")
    assert '<h2 id="node-examples-heading">Exempel från noden</h2>' in found
    assert card_links(found) == [(f"/exempelbanken/{own.slug}/", "Malmös exempel")]
    other = client.get(Node.objects.get(slug="boras").root_page.url).content.decode()
    assert 'id="node-examples-heading"' not in other


def image(number):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 36), (number * 40 % 255, 80, 99)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=f"Bild {number}", file=ImageFile(buffer, name=f"bild-{number}.jpg")
    )


def home_queries(client):
    assert client.get("/").status_code == 200  # creates missing renditions
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_examples(client, bank):
    choose_sections(KEY)
    example("Först", days_ago=5, featured=True, image=image(0), image_alt="En bild")
    one = home_queries(client)
    for number in range(1, 3):
        example(f"Exempel {number}", days_ago=number, image=image(number), image_alt="En bild")
    three = home_queries(client)
    assert len(card_links(home_section(client))) == 3
    assert three <= one, f"{one} queries for one example, {three} for three"
