import os

import pytest

from django.core.management import call_command


def require(condition, reason):
    """Skip when a real part (PostgreSQL, Chromium) is missing locally; fail under CI=true."""
    if condition:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: this test may not skip)")
    pytest.skip(reason)


@pytest.fixture
def demo(db):
    """The site built by the demo-content command, as the README's run command builds it."""
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def home(demo):
    from pages.models import HomePage

    return HomePage.objects.get()
