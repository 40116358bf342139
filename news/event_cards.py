"""An event's card kept as HTML for everyone (docs/page-cache.md, "Kept for everyone"), as
news/cards.py keeps an article's: the event listing's twelve cards and the home and node
pages' next events render each card once for every process, not on every view.

The card shows the event and its occurrences (read with the listing, before the card), its
node's name and its address (`event.url`, set by `attach_event_urls`: part of the key, so a
new address is a new card). It is thrown away when an event, an occurrence or a node is
saved or published, or by itself at the site's next change (an occurrence ending makes the
next one the card's date). Editors and previews get the card rendered."""

from django.template.loader import render_to_string
from django.utils import timezone

from nodes.models import Node
from pages.page_cache.memo import remembered
from pages.page_cache.purge import tables_of
from pages.page_cache.recorder import table_tag
from pages.page_cache.store import same_for_everyone
from pages.page_cache.timing import next_change

from .models import Event, EventOccurrence

TEMPLATE = "components/event_card.html"


def event_card(request, event):
    def render():
        return render_to_string(TEMPLATE, {"event": event, "request": request})

    if not same_for_everyone(request):
        return render()
    tables = {*tables_of(Event), *tables_of(EventOccurrence), *tables_of(Node)}
    return remembered(
        f"event-card:{request.get_host()}:{event.pk}:{event.url}",
        render,
        *(table_tag(table) for table in tables),
        until=lambda: next_change(timezone.now()),
    )
