"""Sharing metadata, the sitemap, and the latest news on the home, hub and node pages."""

import datetime
import json
import re

import pytest

from tests.factories import PublicationPageFactory


def head(html):
    return html.split("</head>")[0]


def meta(html, prop):
    match = re.search(rf'<meta property="{prop}" content="([^"]*)">', head(html))
    return match.group(1) if match else None


def test_article_has_description_canonical_and_open_graph(client, site):
    article = site.article(title="Delbar nyhet", intro="Ingressen & mer.")
    html = client.get(article.url).content.decode()
    url = f"http://testserver{article.url}"
    assert f'<link rel="canonical" href="{url}">' in head(html)
    assert '<meta name="description" content="Ingressen &amp; mer.">' in head(html)
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == "Delbar nyhet"
    assert meta(html, "og:description") == "Ingressen &amp; mer."
    assert meta(html, "og:url") == url
    assert meta(html, "og:locale") == "sv_SE"


def test_article_has_news_article_json_ld(client, site):
    from nodes.models import Person

    article = site.article(
        title="</script><script>alert(1)</script>",
        intro="Om strukturerad data.",
        date=datetime.date(2025, 3, 14),
        themes=["jamlik-halsa"],
    )
    article.authors.set([Person.objects.create(name="Kim Skribent", live=True)])
    article.save_revision().publish()
    html = client.get(article.url).content.decode()

    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1  # the title could not close the element early
    data = json.loads(scripts[0])
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "</script><script>alert(1)</script>"
    assert data["datePublished"] == "2025-03-14"
    assert data["author"] == [{"@type": "Person", "name": "Kim Skribent"}]
    assert data["url"] == f"http://testserver{article.url}"
    assert data["about"] == ["Jämlik hälsa"]


def shared_image_size(html):
    """The size the page claims for its og:image, and the size of the file it points to."""
    from PIL import Image

    from django.conf import settings
    from django.core.files.storage import default_storage

    url = meta(html, "og:image").removeprefix("http://testserver" + settings.MEDIA_URL)
    with default_storage.open(url) as file:
        real = Image.open(file).size
    claimed = (int(meta(html, "og:image:width")), int(meta(html, "og:image:height")))
    return claimed, real


@pytest.mark.parametrize(
    ("size", "shared"),
    [
        ((1600, 900), (1200, 630)),  # the size link previews ask for
        ((64, 36), (64, 34)),  # a small image is cropped to the shape, never enlarged
    ],
)
def test_article_image_is_shared_as_an_absolute_image_of_the_size_it_claims(
    client, site, size, shared
):
    from tests.news.test_queries import image

    article = site.article(image=image(1, size), image_alt="Deltagare runt ett bord")
    html = client.get(article.url).content.decode()
    assert meta(html, "og:image").startswith("http://testserver/media/images/")
    assert meta(html, "og:image:alt") == "Deltagare runt ett bord"
    claimed, real = shared_image_size(html)
    assert claimed == real == shared
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["image"] == [meta(html, "og:image")]


def test_sitemap_lists_every_live_article_and_publication(client, site):
    article = site.article(title="I kartan")
    draft = site.article(title="Inte i kartan", publish=False, live=False)
    publication = PublicationPageFactory(parent=site.publications)
    xml = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://testserver{article.url}</loc>" in xml
    assert f"<loc>http://testserver{publication.url}</loc>" in xml
    assert draft.slug not in xml


def test_home_hub_and_node_home_show_the_latest_news(client, site):
    for day in range(1, 6):
        site.article(title=f"Nationell {day}", date=datetime.date(2025, 1, day))
    site.article(parent=site.node_news["malmo"], title="Malmönytt", date=datetime.date(2024, 1, 1))
    PublicationPageFactory(parent=site.publications, title="Ny rapport", year=2026)

    home = client.get("/").content.decode()
    assert re.findall(r'news-card__link" href="[^"]+">([^<]+)<', home) == [
        "Nationell 5",
        "Nationell 4",
        "Nationell 3",
        "Nationell 2",
    ]  # the featured story and a row of three
    assert "Ny rapport" in home
    assert 'href="/aktuellt/nyheter/">Alla nyheter</a>' in home

    hub = client.get("/aktuellt/").content.decode()
    assert len(re.findall(r'class="news-card"', hub)) == 4
    assert "Ny rapport" in hub
    assert 'href="/aktuellt/publikationer/">Alla publikationer</a>' in hub
    assert "Kommande evenemang" not in hub  # no events app yet: no placeholder section

    node = client.get("/noder/malmo/").content.decode()
    assert re.findall(r'news-card__link" href="[^"]+">([^<]+)<', node) == ["Malmönytt"]
    assert 'href="/noder/malmo/nyheter/">Alla nyheter från MSI Malmö</a>' in node
    umea = client.get("/noder/umea/").content.decode()
    # A section with nothing to show is left out, heading and all.
    assert 'id="node-news-heading"' not in umea
    assert "Inga nyheter" not in umea
    assert "MSI Umeå" in umea
