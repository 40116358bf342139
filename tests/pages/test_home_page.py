"""The home page as the front door: its <title> does not repeat the site's name, the ways in
come before the editors' own text, and the nodes show as a grid linking to each node."""

import re

import pytest

from nodes.models import Node
from pages.models import SiteSettings
from tests.factories.images import make_image

pytestmark = pytest.mark.django_db


def test_the_home_title_names_the_site_once(client, home):
    title = re.search(r"<title>(.*?)</title>", client.get("/").content.decode(), re.S).group(1)
    assert title.count("Mötesplats Social Innovation") == 1, title


def test_other_pages_keep_the_site_name_after_their_own(client, home):
    about = home.get_children().live().get(slug="om-msi")
    title = re.search(r"<title>(.*?)</title>", client.get(about.url).content.decode()).group(1)
    assert title.endswith(" – Mötesplats Social Innovation"), title


def test_the_ways_in_come_before_the_editors_text(client, home):
    html = client.get("/").content.decode()
    assert html.index('class="ways-in"') < html.index("Det här gör vi")


def test_the_nodes_grid_lists_every_active_node(client, home):
    html = client.get("/").content.decode()
    grid = re.search(r'<section class="node-grid".*?</section>', html, re.S).group(0)
    active = Node.objects.active().filter(root_page__live=True).select_related("root_page")
    for node in active:
        assert f'href="{node.root_page.url}">{node.name}</a>' in grid
    inactive = active.first()
    inactive.active = False
    inactive.save()
    html = client.get("/").content.decode()
    grid = re.search(r'<section class="node-grid".*?</section>', html, re.S).group(0)
    assert f">{inactive.name}</a>" not in grid


def test_the_wordmark_gives_way_to_the_logo_from_the_site_settings(client, home):
    html = client.get("/").content.decode()
    assert 'class="wordmark"' in html
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.logo = make_image(size=(300, 96))
    site_settings.save()
    html = client.get("/").content.decode()
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert 'class="wordmark"' not in header
    logo = re.search(r"<img[^>]+>", header).group(0)
    assert 'alt="Mötesplats Social Innovation"' in logo, logo
    assert 'height="96"' in logo, logo


def og(html, prop):
    match = re.search(rf'<meta property="{prop}" content="([^"]*)">', html.split("</head>")[0])
    return match.group(1) if match else None


def test_a_page_without_an_image_shares_the_sites_default_image(client, home):
    about = home.get_children().live().get(slug="om-msi")
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.social_image = make_image(size=(1200, 630))
    site_settings.social_image_alt = "MSI:s namn på mörk botten"
    site_settings.save()
    html = client.get(about.url).content.decode()
    assert og(html, "og:image").startswith("http://testserver/media/images/bild-1")
    assert og(html, "og:image:alt") == "MSI:s namn på mörk botten"
    site_settings.social_image = None
    site_settings.save()
    assert og(client.get(about.url).content.decode(), "og:image") is None
