"""The editor guide is one link away in the admin, for every editor, and names real labels."""

import json

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

GUIDE = "/admin/redaktorsguide/"


@pytest.fixture
def node_editor(db):
    user = get_user_model().objects.create_user("guide-reader", "g@example.org", "pw")
    user.groups.add(Group.objects.get(name="Nod Malmö – redaktörer"))
    return user


def test_the_admin_menu_links_the_guide_and_it_opens_for_a_node_editor(client, demo, node_editor):
    client.force_login(node_editor)
    assert GUIDE in client.get("/admin/").content.decode()
    response = client.get(GUIDE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Sidor</h2>" in html  # rendered from docs/redaktorsguide.md
    assert html.count("<h1") == 1
    assert "Snuttar → Teman" in html


def test_the_guide_is_for_logged_in_editors_only(client, demo):
    response = client.get(GUIDE)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# Admin labels the guide tells editors to look for.
LABELS = [
    "Snuttar",
    "Teman",
    "Personer",
    "Inställningar",
    "Webbplatsinställningar",
    "Status",
    "Sätt publiceringsschema",
    "Avsnitt under innehållet",
    "Evenemang",
    "Tider",
    "Heldag",
    "Preliminärt datum",
    "Inställt",
    "Flyttat",
    "Tidigare datum",
    "Anmälan stänger",
    "Dokumentation",
]


def test_the_admin_labels_the_guide_names_exist(client, home):
    from tests.helpers import ROOT

    guide = (ROOT / "docs" / "redaktorsguide.md").read_text()
    client.force_login(get_user_model().objects.create_superuser("g", "g@example.org", "pw"))
    admin = client.get("/admin/").content.decode()
    admin += client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    admin += client.get("/admin/snippets/").content.decode()
    admin += client.get("/admin/snippets/news/event/add/").content.decode()
    for label in LABELS:
        assert label in guide, label
        escaped = json.dumps(label)[1:-1]  # the menu is JSON for the admin's sidebar
        assert label in admin or escaped in admin, f"the guide names {label!r}: not in the admin"
