"""The newsletter's subscribers in the admin (news/viewsets.py SubscriberViewSet): the national
office lists, searches, filters and exports them; node editors and Webbadmin get 403; nobody
adds or edits an address by hand (only double opt-in does)."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from news.demo.newsletters import SUBSCRIBERS
from nodes.data import NATIONAL_GROUP, WEBADMIN_GROUP
from nodes.models import Node

pytestmark = pytest.mark.django_db

INDEX = "newsletter_subscribers:index"


def login(client, group):
    user = get_user_model().objects.create_user(f"u-{group[:20]}", "u@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


@pytest.fixture
def national(client, demo):
    return login(client, NATIONAL_GROUP)


def test_the_national_office_lists_every_subscriber_with_status(national):
    html = national.get(reverse(INDEX)).content.decode()
    for email, _status, _days in SUBSCRIBERS:
        assert email in html
    assert "Väntar på bekräftelse" in html and "Avregistrerad" in html


def test_search_and_status_filter(national):
    found = national.get(reverse(INDEX), {"q": "vantar"}).content.decode()
    assert "vantar.pa.bekraftelse@example.org" in found
    assert "kim.prenumerant@example.org" not in found
    confirmed = national.get(reverse(INDEX), {"status": "confirmed"}).content.decode()
    assert "kim.prenumerant@example.org" in confirmed
    assert "slutade.prenumerera@example.org" not in confirmed


def test_csv_export_of_the_filtered_list(national):
    response = national.get(reverse(INDEX), {"status": "confirmed", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    rows = body.strip().splitlines()
    confirmed = [email for email, status, _ in SUBSCRIBERS if status == "confirmed"]
    assert len(rows) == 1 + len(confirmed)
    assert all(any(email in row for row in rows) for email in confirmed)


def test_nobody_adds_an_address_by_hand(national):
    assert national.get(reverse("newsletter_subscribers:add")).status_code in (302, 403)
    assert "newsletter_subscribers/new" not in national.get(reverse(INDEX)).content.decode()


@pytest.mark.parametrize("group", ["node", WEBADMIN_GROUP])
def test_node_editors_and_webadmin_get_403(client, demo, group):
    if group == "node":
        group = Node.objects.get(slug="malmo").editor_group_name
    login(client, group)
    assert client.get(reverse(INDEX)).status_code == 403
    assert client.get(reverse(INDEX), {"export": "csv"}).status_code == 403


def test_an_address_a_mail_server_refused_shows_when_and_why(national):
    from news.demo.newsletters import BOUNCE_REASON, BOUNCED

    html = national.get(reverse(INDEX), {"q": BOUNCED}).content.decode()
    assert "Nekad av e-postservern" in html
    response = national.get(reverse(INDEX), {"q": BOUNCED, "export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert BOUNCE_REASON in body
