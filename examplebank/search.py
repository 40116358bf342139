"""The search result group the example bank contributes to /sok/ (pages/search_groups.py,
docs/search.md): published examples, under "Exempel", between news (10) and events (20), as
DESIGN.md §7 lists them."""

from django.utils.translation import gettext_lazy as _

from pages.search_groups import SearchGroup, SearchHit, truncated_summary

from .models import Example
from .models.bank import example_bank


def search_examples(search_query):
    return Example.objects.visible().search(search_query)


def attach_bank_urls(examples, request=None):
    """Set `example.url` on every example: its page in the live bank, or None when there is
    no live bank. One query for the bank, however many examples."""
    bank = example_bank()
    for example in examples:
        example.url = bank.example_url(example, request) if bank else None
    return examples


def example_hit(example):
    return SearchHit(
        title=example.name, url=example.url, summary=truncated_summary(example.summary)
    )


SEARCH_GROUPS = [
    SearchGroup(
        key="examplebank.examples",
        label=_("Exempel"),
        slug="exempel",
        search=search_examples,
        order=15,
        hit=example_hit,
        prepare=attach_bank_urls,
    ),
]
