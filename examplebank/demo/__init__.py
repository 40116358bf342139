"""Demo content for the example bank (docs/demo-content.md): the bank page at /exempelbanken/,
published examples over every node (the book "100 sociala innovationer", MSI's own models and
invented examples marked "(exempel)") and a place for one pending suggestion.

Runs after the nodes demo (invented contact people) and the news demo (themes, the book's
publication page). Idempotent: the page and each example are found by slug; what exists is
left as editors made it.
"""

from examplebank.models import Example
from pages.demo.records import demo_objects
from pages.models import HomePage

from .bank import bank_page
from .examples import build_examples

# Rows of these models that the demo adds are recorded, and removed again by --reset.
DEMO_MODELS = ["examplebank.Example"]


def build(log):
    """Create the bank page and the demo examples (idempotent)."""
    home = HomePage.objects.first()
    bank_page(home)
    created = build_examples()
    live = Example.objects.visible().count()
    log(f"Exempelbanken klar: {created} nya exempel, {live} publicerade")
    pending_suggestion(log)


def pending_suggestion(log):
    """One suggestion from the public waiting for review: a draft example in the national
    office's workflow, made through the suggestion form's own function. Not built yet."""


def reset(log):
    """Only the examples the demo created; the bank page goes with the demo pages
    (pages.demo.site.reset)."""
    demo_objects(Example).delete()
