"""Demo content for the example bank (docs/demo-content.md): the bank page at /exempelbanken/,
published examples over every node (the book "100 sociala innovationer", MSI's own models and
invented examples marked "(exempel)") and one invented suggestion from the public waiting for
the national office's review.

Runs after the nodes demo (invented contact people) and the news demo (themes, the book's
publication page). Idempotent: the page and each example are found by slug; what exists is
left as editors made it.
"""

from examplebank.intake import create_suggestion
from examplebank.models import Example, ExampleBankPage, ExampleSuggestion
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


# What a visitor might type into /exempelbanken/foresla/ (invented; the address is reserved).
PENDING_SUGGESTION = {
    "name": "Cykelköket i kvarteret (exempel)",
    "description": (
        "Ett rum i källaren på fritidsgården där grannar lagar sina cyklar tillsammans, "
        "med verktyg som delas och äldre som lär yngre.\n\n"
        "Det började som ett sommarlov och drivs nu av föreningen och bostadsbolaget "
        "tillsammans. Unga som fått hjälp kommer tillbaka och hjälper andra."
    ),
    "organisation": "Hyresgästföreningen och fritidsgården (exempel)",
    "place": "Borås",
    "email": "forslag@example.org",
}


def pending_suggestion(log):
    """One suggestion waiting for review, made by the suggestion form's own function: a
    draft example on the national office's workflow. Skipped when any suggestion exists."""
    if ExampleSuggestion.objects.exists():
        return
    bank = ExampleBankPage.objects.first()
    create_suggestion(PENDING_SUGGESTION, bank.consent_text)
    log(f"Ett förslag väntar på granskning: {PENDING_SUGGESTION['name']}")


def reset(log):
    """Only the examples the demo created; the bank page goes with the demo pages
    (pages.demo.site.reset)."""
    demo_objects(Example).delete()
