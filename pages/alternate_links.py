"""Feeds a page advertises in its <head>, contributed by the apps that own them.

An app registers a function `links(page)` returning (title, url, MIME type) tuples through the
ALTERNATE_LINKS_HOOK Wagtail hook; base.html shows them all as <link rel="alternate">, so the
shared base template never loads a higher app's template tags.
"""

from wagtail import hooks

ALTERNATE_LINKS_HOOK = "register_alternate_links"


def links_for(page):
    links = []
    for hook in hooks.get_hooks(ALTERNATE_LINKS_HOOK):
        links.extend(hook(page))
    return links
