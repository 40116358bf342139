"""The home page's ways in (pages/entry_points.py): each app's page a visitor looks for, in the
apps' order, with its own title and the editor's search description when there is one; a page
that is not live or not public is left out; two queries for all of them (the view
restrictions and the pages), however many apps register one."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from examplebank.models import ExampleBankPage
from news.models import EventIndexPage, NewsIndexPage, PublicationIndexPage
from nodes.models import NodeIndexPage
from pages.entry_points import ways_in

pytestmark = pytest.mark.django_db


def tiles(html):
    """[(href, link text, description)] of the rendered ways in."""
    section = re.search(r'<section class="ways-in".*?</section>', html, re.S).group(0)
    return re.findall(
        r'<a class="ways-in__link" href="([^"]+)">([^<]+)</a>\s*'
        r'<p class="ways-in__text">([^<]+)</p>',
        section,
    )


def national(model, home):
    return model.objects.descendant_of(home).order_by("depth").first()


def test_the_home_page_links_to_each_kind_of_content_in_order(client, home):
    found = tiles(client.get("/").content.decode())
    expected = [
        national(model, home)
        for model in (
            ExampleBankPage,
            EventIndexPage,
            NewsIndexPage,
            PublicationIndexPage,
            NodeIndexPage,
        )
    ]
    assert [(href, title) for href, title, _text in found] == [
        (page.url, page.title) for page in expected
    ]
    assert all(text.strip() for _href, _title, text in found)


def test_the_editors_description_replaces_the_default_text(client, home):
    bank = national(ExampleBankPage, home)
    bank.search_description = "Hundratals idéer att låna och lära av."
    bank.save_revision().publish()
    found = {href: text for href, _title, text in tiles(client.get("/").content.decode())}
    assert found[bank.url] == "Hundratals idéer att låna och lära av."


def test_a_page_that_is_not_live_or_not_public_is_left_out(client, home):
    bank = national(ExampleBankPage, home)
    bank.unpublish()
    publications = national(PublicationIndexPage, home)
    PageViewRestriction.objects.create(
        page=publications, restriction_type=PageViewRestriction.LOGIN
    )
    hrefs = [href for href, _title, _text in tiles(client.get("/").content.decode())]
    assert bank.url not in hrefs and publications.url not in hrefs
    assert national(NodeIndexPage, home).url in hrefs


def test_no_ways_in_no_section(client, home):
    for model in (ExampleBankPage, EventIndexPage, NewsIndexPage, PublicationIndexPage):
        for page in model.objects.all():
            page.unpublish()
    national(NodeIndexPage, home).unpublish()
    html = client.get("/").content.decode()
    assert 'class="ways-in"' not in html
    assert "Hitta rätt" not in html


def test_two_queries_for_every_way_in(home):
    with CaptureQueriesContext(connection) as captured:
        ways = ways_in(home)
    assert len(ways) == 5
    assert len(captured) == 2, [query["sql"] for query in captured]


def test_the_404_page_offers_the_same_ways_in(client, home):
    response = client.get("/finns-inte-alls/")
    assert response.status_code == 404
    html = response.content.decode()
    found = [href for href, _title, _text in tiles(html)]
    assert found == [href for href, _title, _text in tiles(client.get("/").content.decode())]
    assert 'action="/sok/"' in html
