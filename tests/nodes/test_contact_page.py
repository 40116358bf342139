"""The contact page (nodes/feedback.py, docs/contact-page.md): the national office's people and
every active node's, and a feedback form that e-mails the office over real SMTP, keeps what
was typed on every error, and never answers 500."""

import pytest

from django.test import Client

from nodes.models import ContactPage, Node
from tests.forms import soup, summary_targets, typed_value
from tests.mail import free_port

pytestmark = pytest.mark.django_db

VALID = {
    "message": "Hej!\nJag hittar inte anmälan till workshopen i Luleå.",
    "name": "Ada Exempel",
    "email": "ada@example.org",
}


@pytest.fixture
def contact(demo):
    return ContactPage.objects.live().get()


def post(page, data, **extra):
    return Client().post(page.url, data, **extra)


def test_the_page_lists_the_office_and_every_active_node_with_its_people(contact):
    page = soup(Client().get(contact.url))
    national = page.select_one("#national-contacts-heading").find_parent("section")
    names = [p.get_text(strip=True) for p in national.select(".contact__name")]
    assert names and names == sorted(person.name for person in contact.national_contacts())
    for node in Node.objects.active().filter(root_page__live=True):
        block = page.select_one(f"#node-contacts-{node.slug}").find_parent("section")
        people = {p.get_text(strip=True) for p in block.select(".contact__name")}
        assert people == {person.name for person in node.root_page.contacts.filter(live=True)}
        assert node.host_university in block.get_text()


def test_an_inactive_node_is_not_listed(contact):
    node = Node.objects.active().first()
    node.active = False
    node.save()
    page = soup(Client().get(contact.url))
    assert page.select_one(f"#node-contacts-{node.slug}") is None


def test_a_message_is_emailed_to_the_office_with_the_sender_to_reply_to(contact, smtp):
    response = post(contact, VALID)
    assert response.status_code == 303
    assert response["Location"] == contact.url + "tack/"
    assert Client().get(response["Location"]).status_code == 200
    [mail] = smtp.to(contact.feedback_to)
    assert mail["Reply-To"] == VALID["email"]
    body = mail.get_content().replace("\r\n", "\n")  # SMTP carries CRLF line ends
    assert VALID["message"] in body and VALID["name"] in body


def test_without_an_address_the_mail_has_no_reply_to(contact, smtp):
    assert post(contact, {**VALID, "email": ""}).status_code == 303
    [mail] = smtp.to(contact.feedback_to)
    assert mail["Reply-To"] is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({**VALID, "message": "   "}, "message"),
        ({**VALID, "email": "inte en adress"}, "email"),
        ({**VALID, "message": "x" * 3001}, "message"),
        ({**VALID, "name": "n" * 121}, "name"),
    ],
)
def test_an_error_keeps_what_was_typed_and_sends_nothing(contact, smtp, data, field):
    response = post(contact, data)
    assert response.status_code == 200
    page = soup(response)
    assert page.title.string.startswith("Fel: ")
    assert summary_targets(page) == [f"#id_{field}"]
    for name in ("message", "name", "email"):
        assert typed_value(page, name) == data[name].replace("\r\n", "\n")
    assert smtp.messages == []


def test_a_filled_honeypot_shows_the_field_emptied_and_sends_nothing(contact, smtp):
    page = soup(post(contact, {**VALID, "hemsida": "http://spam.example"}))
    assert summary_targets(page) == ["#id_hemsida"]
    assert typed_value(page, "hemsida") == ""
    assert typed_value(page, "message") == VALID["message"]
    assert smtp.messages == []


def test_the_rate_limit_answers_429_and_keeps_the_message(contact, smtp, monkeypatch):
    from nodes import feedback

    monkeypatch.setattr(feedback, "FEEDBACK_PER_WINDOW", 1)
    assert post(contact, VALID, REMOTE_ADDR="192.0.2.7").status_code == 303
    response = post(contact, VALID, REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert typed_value(soup(response), "message") == VALID["message"]
    assert post(contact, VALID, REMOTE_ADDR="192.0.2.8").status_code == 303
    assert len(smtp.to(contact.feedback_to)) == 2


def test_a_mail_server_that_is_down_gives_the_form_back(contact, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nobody listens there
    settings.EMAIL_TIMEOUT = 2
    response = post(contact, VALID)
    assert response.status_code == 503
    page = soup(response)
    assert "kunde inte skickas" in page.select_one(".error-summary").get_text()
    assert typed_value(page, "message") == VALID["message"]
    assert typed_value(page, "email") == VALID["email"]


def test_other_methods_are_refused(contact):
    assert Client().put(contact.url).status_code == 405
    assert Client().post(contact.url + "tack/").status_code == 405


def test_the_form_is_not_cached(contact):
    response = Client().get(contact.url)
    assert "no-store" in response["Cache-Control"]
    assert soup(response).find("input", attrs={"name": "csrfmiddlewaretoken"})


def test_the_footer_links_to_the_contact_page(contact):
    assert f'href="{contact.url}"' in Client().get("/").content.decode()


def test_the_nodes_and_their_people_take_two_queries(contact):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        listed = contact.node_contacts()
    assert len(listed) == Node.objects.active().filter(root_page__live=True).count() >= 3
    assert sum(len(people) for _node, people in listed) >= 3
    assert len(captured) == 2, [query["sql"] for query in captured]
