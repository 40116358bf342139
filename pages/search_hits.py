"""Search hits kept for everyone (docs/search.md, "Kept hits"): the overview's hits of a group,
once the held statement has given their ids (pages/search_statements.py), come from the
values the process holds, one per group and object, instead of a fetch by id per group and a
hit built from each object on every search. Only the objects this process holds no hit for
are fetched, in one query per group, and their hits kept.

A hit shows its object's title, address, summary and date, so it is thrown away when:
- its object's table changes (the tables read while fetching and preparing the objects:
  publishing any article throws away every article's hit, as a new event date does an
  event's);
- a page's own hit, when it or a page above it is published, unpublished, moved or deleted
  (its address);
- a site's host or root changes (addresses are made for the request's site);
- by itself, at the site's next change (an event's next day passes; pages/page_cache/timing.py).

Each process holds its own hits (`read_only`: not written to the shared cache, not pickled): a
search of thirty new hits would otherwise write thirty entries, which costs more than
fetching them, and a hit (a frozen `SearchHit`) is safe to hand to every caller.

Which objects are found is never kept here: the ids come from the search on every request,
so a page unpublished or restricted since is not among them. Editors, and anyone with a
session, get their hits built, as they would without this."""

from django.utils import timezone

from wagtail.models import Page

from .page_cache.memo import remembered_each
from .page_cache.purge import address_tags
from .page_cache.recorder import table_tag
from .page_cache.store import anonymous
from .page_cache.timing import next_change
from .search_statements import objects_by_id


def hits_of(group, objects):
    return [group.hit(obj) for obj in group.prepare(objects)]


def own_tags(obj):
    return address_tags(obj) if isinstance(obj, Page) else []


def hits_by_id(request, group, results, ids):
    """The hits of the objects `ids` names, in that order (an object gone since is left out).
    `results()` gives the group's search results, whose queryset fetches the objects."""
    if request is None or not anonymous(request):
        return hits_of(group, objects_by_id(results(), ids))
    host = request.get_host()

    def key(pk):
        return f"search-hit:{group.key}:{host}:{pk}"

    pks = {key(pk): pk for pk in ids}

    def compute(keys):
        objects = group.prepare(objects_by_id(results(), [pks[each] for each in keys]))
        return {key(obj.pk): (group.hit(obj), own_tags(obj)) for obj in objects}

    kept = remembered_each(
        list(pks),
        compute,
        table_tag("wagtailcore_site"),
        until=lambda: next_change(timezone.now()),
        read_only=True,  # frozen hits, held by each process: see the module's docstring
    )
    return [kept[key] for key in pks if key in kept]
