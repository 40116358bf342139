"""The example bank on the session's demo site, emptied of examples inside each test."""

import pytest

from examplebank.models import Example, ExampleBankPage
from pages.models import HomePage


@pytest.fixture
def bank(db):
    """The live bank page at /exempelbanken/ with no examples at all (the demo's are removed
    inside the test's transaction)."""
    Example.objects.all().delete()
    page = ExampleBankPage.objects.first()
    if page is None:
        page = ExampleBankPage(title="Exempelbanken", slug="exempelbanken")
        HomePage.objects.first().add_child(instance=page)
    return page
