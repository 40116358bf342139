"""The sections the pages app itself gives the home page (pages/sections.py): the ways in to
what the site holds (pages/entry_points.py)."""

from django.utils.translation import gettext_lazy as _

from .entry_points import ways_in
from .sections import HOME, Section


def ways_in_context(page, request, place):
    ways = ways_in(page)
    if not ways:
        return None
    return {"ways": ways, "heading_id": "ways-in-heading"}


SECTIONS = [
    Section(
        key="pages.ways_in",
        label=_("Hitta rätt"),
        template="components/ways_in.html",
        get_context=ways_in_context,
        places=frozenset({HOME}),
        order=0,
    ),
]
