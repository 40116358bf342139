"""Chooser blocks read from the shared values (pages/blocks/kept_choosers.py): the page a
call to action links to costs no query on a repeat view, and a renamed, moved or deleted
page, or a renamed document, shows on the very next request. With the page cache off, as in
development."""

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.models import Page

from pages.blocks.kept_choosers import KeptPageChooserBlock
from pages.demo.helpers import call_to_action
from pages.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def linking(uncached):
    """A published page whose body has a call to action to the "Om MSI" page."""
    target = Page.objects.get(url_path__endswith="/om-msi/")
    parent = Page.objects.get(depth=2)
    page = parent.add_child(
        instance=StandardPage(
            title="Länkande sida",
            slug="lankande-sida",
            body=[call_to_action("Läs mer om oss", "", "Om Mötesplats", page=target)],
        )
    )
    page.save_revision().publish()
    return page, target


def body_of(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def page_lookups(url):
    """The queries of a view that read pages by key, as `in_bulk` does."""
    with CaptureQueriesContext(connection) as queries:
        body_of(url)
    return [q["sql"] for q in queries if '"wagtailcore_page"."id" IN' in q["sql"]]


def test_a_repeat_view_reads_no_chosen_page(linking):
    page, target = linking
    body_of(page.url)
    assert page_lookups(page.url) == []
    assert f'href="{target.url}"' in body_of(page.url)


def test_a_chosen_page_with_a_new_slug_shows_its_new_address(linking):
    page, target = linking
    body_of(page.url)
    target = target.specific
    target.slug = "om-oss"
    target.save_revision().publish()
    assert 'href="/om-oss/"' in body_of(page.url)


def test_a_moved_chosen_page_shows_its_new_address(linking):
    page, target = linking
    body_of(page.url)
    new_parent = Page.objects.get(url_path__endswith="/aktuellt/")
    target.move(new_parent, pos="last-child")
    assert 'href="/aktuellt/om-msi/"' in body_of(page.url)


def test_a_deleted_chosen_page_leaves_no_link_to_it(linking):
    page, target = linking
    old_address = target.url
    body_of(page.url)
    target.delete()
    assert f'href="{old_address}"' not in body_of(page.url)


def test_the_same_page_chosen_twice_gives_two_objects(uncached):
    target = Page.objects.get(url_path__endswith="/om-msi/")
    first, second, nothing = KeptPageChooserBlock().bulk_to_python([target.pk, target.pk, None])
    assert first.pk == second.pk == target.pk and first is not second and nothing is None


def test_a_renamed_document_shows_on_the_next_request(uncached):
    document = get_document_model().objects.order_by("pk").first()
    assert document is not None, "the demo content has documents"
    parent = Page.objects.get(depth=2)
    page = parent.add_child(
        instance=StandardPage(
            title="Sida med dokument",
            slug="sida-med-dokument",
            body=[{"type": "document", "value": {"document": document.pk, "label": ""}}],
        )
    )
    page.save_revision().publish()
    assert document.title in body_of(page.url)
    document.title = "Ett nytt namn på dokumentet"
    document.save()
    assert "Ett nytt namn på dokumentet" in body_of(page.url)
