"""Sections that higher apps contribute to the pages below them.

The home page, the Stories & Möten hub and a node's home page show sections (the latest news,
the newest publications, and later upcoming events and featured examples) without importing
the apps that own them. An app registers its sections through a Wagtail hook, the way Wagtail's
own dashboard collects its panels:

    @hooks.register(SECTIONS_HOOK)
    def news_sections():
        return [Section(key="news.latest", label=_("Senaste nytt"), places={HOME, NODE},
                        template="components/latest_news.html",
                        get_context=latest_news_context)]

`get_context(page, request, place)` returns the section template's context, or None when the
section has nothing to show: then the section is left out, heading and all. See docs/sections.md.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.template.loader import render_to_string

from wagtail import hooks

from .page_cache.memo import shown_on

SECTIONS_HOOK = "register_page_sections"

# The places a section can appear on.
HOME = "home"
HUB = "hub"
NODE = "node"


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    template: str
    get_context: Callable
    places: frozenset = field(default_factory=frozenset)
    order: int = 100

    def render(self, page, request, place):
        """The section's HTML, or "" when it has nothing to show. For anonymous visitors it is
        kept as a fragment (docs/sections.md, "Kept fragments") until a table it read or the
        page is changed, or it changes by itself (an event passing); never when it holds a
        CSRF token, and never for editors or previews (a draft's title)."""
        return shown_on(
            page,
            request,
            f"section:{self.key}:{place}",
            lambda: self.render_now(page, request, place),
            shareable=lambda _html: not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"),
        )

    def render_now(self, page, request, place):
        context = self.get_context(page, request, place)
        if not context:
            return ""
        return render_to_string(self.template, {"page": page, **context}, request=request)


def registered_sections(place=None):
    """Every registered section (for `place`, if given), in their `order`, then by key."""
    sections = {}
    for hook in hooks.get_hooks(SECTIONS_HOOK):
        for section in hook():
            sections[section.key] = section
    found = [s for s in sections.values() if place is None or place in s.places]
    return sorted(found, key=lambda section: (section.order, section.key))


def home_section_choices():
    """(key, label) for the home page's choice of sections, read from the registry at run time
    (a callable, so a migration records this function, never an app's section)."""
    return [(section.key, section.label) for section in registered_sections(HOME)]


def sections_for(place, keys=None):
    """The sections to show on a page of `place`: the chosen keys in their order (unknown
    keys, e.g. of an app that was removed, are ignored), or all of them when none are chosen."""
    available = {section.key: section for section in registered_sections(place)}
    if not keys:
        return list(available.values())
    chosen = []
    for key in keys:
        if key in available and available[key] not in chosen:
            chosen.append(available[key])
    return chosen
