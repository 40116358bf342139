"""A logged-in node editor sees only their own node's pages in the admin explorer."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "malmo-test-password-1"


@pytest.fixture(scope="module")
def malmo_editor(live_site, django_db_blocker):
    with django_db_blocker.unblock():
        user, _ = get_user_model().objects.get_or_create(username="browser-malmo")
        user.set_password(PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name="Nod Malmö – redaktörer")])
    return user.username


def test_node_editor_sees_only_own_tree_in_the_explorer(open_page, malmo_editor):
    page = open_page("/admin/login/")
    page.fill("#id_username", malmo_editor)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page = page.context.new_page()
    page.goto(page.context.pages[0].url.replace("/admin/", "/admin/pages/"))
    page.wait_for_load_state()
    text = page.locator("main").inner_text()
    assert "MSI Malmö" in text
    assert "Nyheter från MSI Malmö" in text  # the node's own pages are listed…
    for other in ("MSI Umeå", "MSI Borås", "MSI Luleå", "MSI Örebro", "Om MSI", "Stories & Möten"):
        assert other not in text  # …and no other node's or national pages
