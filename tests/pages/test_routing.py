"""Routing in one query for the pages along the address (pages/routing.py), with Wagtail's
answers: the same page, routable pages' own routes first, 404 for what does not exist or is
not live, however deep."""

import pytest

from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

from examplebank.models import ExampleBankPage
from news.models import NewsArticlePage
from pages.models import StandardPage

pytestmark = pytest.mark.django_db


def home():
    return Site.objects.get(is_default_site=True).root_page.specific


def route(path, root=None):
    request = RequestFactory().get(path)
    components = [part for part in path.split("/") if part]
    return (root or home()).route(request, components)


def comparable(result):
    """(page id, page type, view name, view arguments) of a RouteResult."""
    named = None
    if result.args:  # a routable page's (view, args, kwargs)
        view, args, kwargs = result.args
        named = (view.__name__, args, kwargs)
    return result.page.pk, type(result.page), named, result.kwargs


def wagtail_route(path):
    """What Wagtail's own routing (one level at a time) answers."""
    request = RequestFactory().get(path)
    site = Site.objects.get(is_default_site=True)
    components = [part for part in path.split("/") if part]
    return Page.route(site.root_page.specific, request, components)


def test_every_live_page_routes_to_itself_as_wagtail_routes_it(demo):
    for page in Page.objects.live().filter(depth__gt=2):
        assert comparable(route(page.url)) == comparable(wagtail_route(page.url)), page.url


def test_a_deep_page_costs_two_queries_whatever_its_depth(demo):
    article = NewsArticlePage.objects.live().order_by("-depth").first()
    assert article.depth >= 5
    root, url = home(), article.url
    with CaptureQueriesContext(connection) as queries:
        route("/om-msi/", root)
    assert len(queries) == 3  # and the routable pages' addresses, held until a page changes
    with CaptureQueriesContext(connection) as queries:
        found = route(url, root).page
    assert found.pk == article.pk and isinstance(found, NewsArticlePage)
    assert len(queries) == 2  # the pages along the address, then the page as its own type


@pytest.mark.parametrize("path", ["/finns-inte/", "/aktuellt/finns-inte/", "/om-msi/x/y/z/"])
def test_what_does_not_exist_is_404(demo, path):
    with pytest.raises(Http404):
        route(path)


def test_a_routable_pages_own_route_wins_over_a_child_with_that_slug(demo):
    bank = ExampleBankPage.objects.live().first()
    example_url = bank.url + "koalitionsmodellen/"
    bank.add_child(instance=StandardPage(title="Skuggsida", slug="koalitionsmodellen"))
    found = route(example_url)
    assert found.page.pk == bank.pk and found.args  # the bank's example view, as in Wagtail
    assert wagtail_route(example_url).page.pk == bank.pk


def test_a_page_below_a_draft_is_found_and_a_draft_is_not(demo):
    about = Page.objects.get(slug="om-msi")
    child = about.add_child(instance=StandardPage(title="Under", slug="under"))
    about.unpublish()
    assert route("/om-msi/under/").page.pk == child.pk  # as Wagtail: only the last must be live
    with pytest.raises(Http404):
        route("/om-msi/")
