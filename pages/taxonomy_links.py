"""Links from a taxonomy term to what higher apps hold for it.

A theme's news listing and the process model's stages live in floors that do not know the
example bank, yet should lead straight into it, filtered by that theme or stage. pages never
imports the apps above it (docs/layers.md), so apps register a function through a Wagtail
hook, as they register sections and search groups:

    @hooks.register(TAXONOMY_LINKS_HOOK)
    def examplebank_taxonomy_links(terms, request):
        return {theme.pk: (_("Exempel på temat …"), "/exempelbanken/?tema=…") for theme in …}

The function gets terms of one model (Themes, or ProcessStages, …) and the request, and
returns {term pk: (label, url)} for the terms it has something for; it ignores models it does
not know. It must cost the same few queries however many terms it is given.
"""

from dataclasses import dataclass

from wagtail import hooks

TAXONOMY_LINKS_HOOK = "register_taxonomy_links"


@dataclass(frozen=True)
class TaxonomyLink:
    label: str
    url: str


def taxonomy_links(terms, request=None):
    """{term pk: [TaxonomyLink, …]} for every term that some app links to, in hook order."""
    terms = list(terms)
    found = {}
    if not terms:
        return found
    for hook in hooks.get_hooks(TAXONOMY_LINKS_HOOK):
        for pk, (label, url) in hook(terms, request).items():
            found.setdefault(pk, []).append(TaxonomyLink(label=label, url=url))
    return found


def term_links(term, request=None):
    """[TaxonomyLink, …] for one term (none for None)."""
    if term is None:
        return []
    return taxonomy_links([term], request).get(term.pk, [])
