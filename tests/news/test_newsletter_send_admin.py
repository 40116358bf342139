"""The admin's send page (news/newsletter_send_views.py): test send, send, progress with
refusals and in-doubt deliveries, one-click resend; national office only."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from news.demo.newsletters import BOUNCE_REASON, BOUNCED, DRAFT_SLUG, PUBLISHED_SLUG
from news.models import Delivery, Newsletter, NewsletterSend, Subscriber
from nodes.data import NATIONAL_GROUP, WEBADMIN_GROUP
from nodes.models import Node
from tests.html import visible_text

pytestmark = pytest.mark.django_db

State = Delivery.State


def send_url(issue):
    return reverse(Newsletter.snippet_viewset.get_url_name("send"), args=[issue.pk])


def login(client, group, email="redaktor@example.org"):
    user = get_user_model().objects.create_user(f"u-{group[:20]}", email, "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


@pytest.fixture
def national(client, demo):
    return login(client, NATIONAL_GROUP)


def issue(slug=PUBLISHED_SLUG):
    return Newsletter.objects.get(slug=slug)


def page_text(response):
    return visible_text(response.content.decode())


def counts(response):
    """The progress table: {row heading: number}."""
    table = BeautifulSoup(response.content, "html.parser").find("caption", string=PROGRESS)
    return {
        row.th.get_text(strip=True): int(row.td.get_text(strip=True))
        for row in table.parent.select("tbody tr")
    }


PROGRESS = "Leveranser per status"


@pytest.fixture
def unsent(demo, django_capture_on_commit_callbacks):
    """The published demo issue before its demo send."""
    NewsletterSend.objects.all().delete()
    return issue()


def test_the_demo_issue_shows_its_send_with_the_refusal_and_its_reason(national):
    response = national.get(send_url(issue()))
    assert counts(response)["Nekade av e-postservern"] == 1
    assert counts(response)["Skickade"] == Delivery.objects.filter(state=State.SENT).count()
    text = page_text(response)
    assert BOUNCED in text and BOUNCE_REASON in text
    listing = page_text(national.get(reverse(Newsletter.snippet_viewset.get_url_name("list"))))
    assert "Skickat" in listing


def test_a_test_send_goes_to_the_editor_and_bad_addresses_are_explained(national, smtp):
    draft = issue(DRAFT_SLUG)
    page = national.get(send_url(draft))
    assert "redaktor@example.org" in page.content.decode()  # the editor's own, filled in
    response = national.post(send_url(draft), {"action": "test", "address": "me@example.org"})
    assert response.status_code == 302
    [mail] = smtp.to("me@example.org")
    assert str(mail["Subject"]).strip() == f"[Test] {draft.subject}"
    assert mail["List-Unsubscribe"] is None
    for bad, message in [
        ("", "Skriv en e-postadress."),
        ("inte-en-adress", "Skriv en hel e-postadress"),
        ("a" * 5000 + "@example.org", "högst 254 tecken"),
    ]:
        refused = national.post(send_url(draft), {"action": "test", "address": bad})
        assert refused.status_code == 400
        assert message in page_text(refused)
    assert len(smtp.messages) == 1


def test_sending_from_the_admin_reaches_every_confirmed_subscriber_once(
    national, unsent, smtp, django_capture_on_commit_callbacks
):
    recipients = set(Subscriber.objects.recipients().values_list("email", flat=True))
    page = page_text(national.get(send_url(unsent)))
    assert f"Skicka till {len(recipients)} prenumeranter" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = national.post(send_url(unsent), {"action": "start"})
    assert response.status_code == 302
    assert {address for [address], _mail in smtp.messages} == recipients
    assert len(smtp.messages) == len(recipients)
    again = national.post(send_url(unsent), {"action": "start"}, follow=True)
    assert "redan skickat" in page_text(again)
    assert len(smtp.messages) == len(recipients)


def test_a_draft_cannot_be_sent(national, smtp):
    draft = issue(DRAFT_SLUG)
    assert "inte publicerat" in page_text(national.get(send_url(draft)))
    response = national.post(send_url(draft), {"action": "start"}, follow=True)
    assert "Publicera nyhetsbrevet innan det skickas" in page_text(response)
    assert not NewsletterSend.objects.filter(newsletter=draft).exists()


def test_in_doubt_deliveries_are_listed_and_resent_in_one_click(
    national, smtp, django_capture_on_commit_callbacks
):
    send = issue().send
    first, second = send.deliveries.filter(state=State.SENT).order_by("pk")[:2]
    Delivery.objects.filter(pk__in=[first.pk, second.pk]).update(
        state=State.IN_DOUBT, error="Avbröts"
    )
    response = national.get(send_url(issue()))
    assert counts(response)["Osäkra"] == 2
    assert f"Skicka igen till {first.email}" in page_text(response)
    with django_capture_on_commit_callbacks(execute=True):
        national.post(send_url(issue()), {"action": "resend", "delivery": str(first.pk)})
    assert len(smtp.to(first.email)) == 1 and smtp.to(second.email) == []
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (State.SENT, State.IN_DOUBT)


@pytest.mark.parametrize("delivery", ["²", "abc", "9" * 40, "-1", ""])
def test_a_bad_delivery_resends_nothing(national, smtp, delivery):
    send = issue().send
    row = send.deliveries.filter(state=State.SENT).first()
    Delivery.objects.filter(pk=row.pk).update(state=State.IN_DOUBT)
    response = national.post(
        send_url(issue()), {"action": "resend", "delivery": delivery}, follow=True
    )
    assert response.status_code == 200
    assert "Leveransen finns inte" in page_text(response)
    assert send.deliveries.filter(state=State.IN_DOUBT).count() == 1
    assert smtp.messages == []


@pytest.mark.parametrize("data", [{}, {"action": "explode"}, {"action": "x" * 5000}])
def test_an_unknown_action_gets_a_message_never_a_500(national, smtp, data):
    response = national.post(send_url(issue()), data, follow=True)
    assert response.status_code == 200
    assert "Okänd åtgärd" in page_text(response)
    assert smtp.messages == []


def test_resuming_a_finished_send_does_nothing(national, smtp):
    response = national.post(send_url(issue()), {"action": "resume"}, follow=True)
    assert response.status_code == 200
    assert smtp.messages == []


def test_an_unknown_issue_is_not_found(national):
    url = reverse(Newsletter.snippet_viewset.get_url_name("send"), args=[999999])
    assert national.get(url).status_code == 404


@pytest.mark.parametrize("group", ["node", WEBADMIN_GROUP])
def test_node_editors_and_webadmins_cannot_send(client, demo, group, smtp):
    if group == "node":
        group = Node.objects.get(slug="malmo").editor_group_name
    login(client, group)
    assert client.get(send_url(issue())).status_code == 403
    for action in ("start", "test", "resend", "resume"):
        data = {"action": action, "address": "x@example.org"}
        assert client.post(send_url(issue(DRAFT_SLUG)), data).status_code == 403
    assert smtp.messages == []
