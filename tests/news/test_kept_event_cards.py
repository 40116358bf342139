"""Event cards kept as HTML for everyone (news/event_cards.py): a repeat of the event listing
renders no card, and what a card shows (the event, its dates, its node's name, its address)
changes on the very next request, or by itself when an occurrence ends. Editors always get
cards rendered. With the page cache off, as in development."""

from datetime import timedelta

import pytest
import time_machine

from django.utils import timezone

from news.models import Event, EventIndexPage, EventOccurrence
from nodes.models import Node
from pages.page_cache.tags import bump
from tests.news.rendered import times_rendered

pytestmark = pytest.mark.django_db

CARD = "components/event_card.html"


def cards_rendered(url, client=None):
    """(how many cards were rendered, the page's HTML)."""
    return times_rendered(url, CARD, client)


def national_listing():
    return EventIndexPage.objects.live().filter(depth=4).order_by("path").first()


def test_a_repeat_listing_renders_no_card(uncached):
    url = national_listing().url
    rendered, html = cards_rendered(url)
    assert rendered > 0
    rendered_again, html_again = cards_rendered(url)
    assert rendered_again == 0
    assert html_again == html


def test_a_changed_event_shows_on_the_next_request(uncached):
    url = national_listing().url
    cards_rendered(url)
    event = Event.objects.upcoming().order_by("pk").first()
    event.title = "Ett helt nytt namn på evenemanget"
    event.save_revision().publish()
    rendered, html = cards_rendered(url)
    assert "Ett helt nytt namn på evenemanget" in html
    assert rendered == html.count('<li class="event-card')  # the events' table: every card


def test_a_renamed_node_shows_on_its_events_cards(uncached):
    url = national_listing().url
    _rendered, html = cards_rendered(url)
    node = next((node for node in Node.objects.all() if f"· {node.name}</p>" in html), None)
    assert node is not None, "the listing's first page has node events"
    node.name = "Noden med nytt namn"
    node.save()
    _rendered, html = cards_rendered(url)
    assert "· Noden med nytt namn</p>" in html  # the card's line, not the node filter's


def test_a_renamed_event_listing_gives_the_cards_their_new_address(uncached):
    index = national_listing()
    _rendered, html = cards_rendered(index.url)
    index.slug = "kalendarium"
    index.save_revision().publish()
    index.refresh_from_db()
    _rendered, html = cards_rendered(index.url)
    assert "/kalendarium/" in index.url
    assert f'class="event-card__link" href="{index.url}' in html
    assert 'href="/aktuellt/evenemang/' not in html


def test_a_card_shows_the_next_occurrence_once_one_has_ended(uncached):
    now = timezone.now().replace(microsecond=0)
    Event.objects.filter(live=True).update(live=False)  # only the new one is listed
    bump("table:news_event")
    event = Event.objects.create(title="Två tillfällen", slug="tva-tillfallen", live=True)
    ends = now + timedelta(seconds=90)
    EventOccurrence.objects.create(event=event, start=now - timedelta(minutes=5), end=ends)
    later = now + timedelta(days=3)
    EventOccurrence.objects.create(event=event, start=later, end=later + timedelta(hours=1))
    url = national_listing().url
    _rendered, html = cards_rendered(url)
    first_day = timezone.localtime(now - timedelta(minutes=5)).strftime("%Y-%m-%d")
    assert f'datetime="{first_day}' in html
    with time_machine.travel(ends + timedelta(seconds=1)):
        _rendered, html = cards_rendered(url)  # PAGE_CACHE_SECONDS (600) would keep it
    assert f'datetime="{timezone.localtime(later).strftime("%Y-%m-%d")}' in html


def test_editors_get_every_card_rendered(uncached, admin_client):
    url = national_listing().url
    cards_rendered(url, admin_client)
    rendered, _html = cards_rendered(url, admin_client)
    assert rendered > 0
