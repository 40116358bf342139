"""The newsletter in the admin: only the national office may write it, and the preview shows the
web version, the e-mail and its text part."""

import json

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.demo.newsletters import PUBLISHED_SLUG
from news.models import NewsArticlePage, Newsletter
from nodes.data import NATIONAL_GROUP, WEBADMIN_GROUP
from nodes.models import Node
from tests.html import visible_text


def url(name, *args):
    return reverse(Newsletter.snippet_viewset.get_url_name(name), args=args)


def login(client, group):
    user = get_user_model().objects.create_user(f"u-{group[:20]}", "u@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


@pytest.fixture
def national(client, demo):
    return login(client, NATIONAL_GROUP)


@pytest.fixture
def node_editor(client, demo):
    return login(client, Node.objects.get(slug="malmo").editor_group_name)


RICH_TEXT = json.dumps(
    {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "text": "Välkommen till årets första nummer.",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [],
            }
        ],
        "entityMap": {},
    }
)


def issue_form(**changes):
    article = NewsArticlePage.objects.get(slug="ny-verksamhetsplan-2026-2028")
    data = {
        "subject": "Nytt från MSI i januari",
        "slug": "",
        "preheader": "Det här händer i januari.",
        "issue_date": "2027-01-15",
        "intro": "Gott nytt år!",
        "body": streamfield(
            [
                ("text", {"heading": "Hej", "text": RICH_TEXT}),
                ("article", article.pk),
            ]
        ),
        "go_live_at": "",
        "expire_at": "",
        **changes,
    }
    return nested_form_data(data)


def test_the_national_office_sees_the_listing_with_subject_date_and_status(national):
    response = national.get(url("list"))
    assert response.status_code == 200
    html = response.content.decode()
    issue = Newsletter.objects.get(slug=PUBLISHED_SLUG)
    assert issue.subject in html
    assert "Utgivningsdatum" in html
    assert "Nyhetsbrev" in html  # the menu item


def test_the_listing_searches(national):
    response = national.get(url("list"), {"q": "verksamhetsplan"})
    assert response.status_code == 200
    assert Newsletter.objects.get(slug=PUBLISHED_SLUG).subject in response.content.decode()


def test_the_national_office_writes_and_publishes_an_issue(national):
    response = national.post(url("add"), issue_form(**{"action-publish": "action-publish"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    issue = Newsletter.objects.get(subject="Nytt från MSI i januari")
    assert issue.live and issue.slug == "nytt-fran-msi-i-januari"


@pytest.mark.parametrize("group", ["node", WEBADMIN_GROUP])
def test_node_editors_and_webadmins_get_no_newsletter(client, demo, group):
    if group == "node":
        group = Node.objects.get(slug="malmo").editor_group_name
    editor = login(client, group)
    issue = Newsletter.objects.get(slug=PUBLISHED_SLUG)
    listing = editor.get(url("list"))
    assert listing.status_code == 403
    assert "Ingen behörighet" in listing.content.decode()
    assert editor.get(url("add")).status_code == 403
    assert editor.get(url("edit", issue.pk)).status_code == 403
    assert editor.post(url("add"), issue_form()).status_code == 403
    assert not Newsletter.objects.filter(subject="Nytt från MSI i januari").exists()
    menu = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert url("list") not in menu


def test_setup_nodes_gives_newsletter_permissions_to_the_national_office_only(demo):
    codenames = {"add_newsletter", "change_newsletter", "publish_newsletter"}
    national = Group.objects.get(name=NATIONAL_GROUP)
    assert codenames <= set(national.permissions.values_list("codename", flat=True))
    for group in Group.objects.exclude(name=NATIONAL_GROUP):
        held = set(group.permissions.values_list("codename", flat=True))
        assert not held & codenames, group.name


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("web", '<main id="main"'),
        ("email", 'style="'),
        ("text", "Läs nyhetsbrevet på webben: "),
    ],
)
def test_the_three_preview_modes_render(national, mode, expected):
    issue = Newsletter.objects.get(slug=PUBLISHED_SLUG)
    preview = url("preview_on_edit", issue.pk)
    assert national.post(preview, issue_form()).json()["is_valid"] is True
    response = national.get(preview, {"mode": mode})
    assert response.status_code == 200
    body = response.content.decode()
    assert expected in body
    assert "Nytt från MSI i januari" in body
    assert "Ny verksamhetsplan för 2026–2028 är antagen" in body
    if mode == "email":
        assert BeautifulSoup(body, "html.parser").html["lang"] == "sv"
    if mode == "text":
        assert response["Content-Type"].startswith("text/plain")
        assert "<" not in visible_text(body)


@pytest.mark.parametrize("name", ["choose", "choose_results"])
def test_only_the_national_office_may_browse_the_newsletter_chooser(client, demo, name):
    """Wagtail's chooser would list every issue, drafts too, to anyone with admin access."""
    chooser_url = reverse(Newsletter.snippet_viewset.chooser_viewset.get_url_name(name))
    draft = Newsletter.objects.get(live=False)
    ajax = {"x-requested-with": "XMLHttpRequest"}
    login(client, Node.objects.get(slug="malmo").editor_group_name)
    response = client.get(chooser_url, headers=ajax)
    assert response.status_code == 403
    assert draft.subject not in response.content.decode()
    login(client, NATIONAL_GROUP)
    response = client.get(chooser_url, headers=ajax)
    assert response.status_code == 200
    html = response.json()["html"] if "json" in response["Content-Type"] else response.content
    assert draft.subject in visible_text(html)
