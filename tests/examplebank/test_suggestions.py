"""Suggesting an example at /exempelbanken/foresla/: a valid suggestion becomes a draft that is
never live, on the review workflow; bad input comes back with errors and everything typed."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import GroupApprovalTask

from examplebank.models import Example, ExampleSuggestion
from nodes.data import NATIONAL_GROUP
from tests.forms import soup, summary_targets, typed_value

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Läxhjälp på biblioteket",
    "description": (
        "Studenter hjälper elever med läxorna två kvällar i veckan.\n\n"
        "Det började i en förort och finns nu i tre kommuner."
    ),
    "organisation": "Studieförbundet Exempel, Biblioteket",
    "place": "Örebro",
    "email": "forslag@example.org",
    "consent": "on",
    "hemsida": "",
}
TEXT_FIELDS = ["name", "description", "organisation", "place"]


@pytest.fixture
def suggest_url(bank):
    return bank.url + "foresla/"


def post(url, data, **extra):
    return Client().post(url, data, **extra)


def test_the_form_is_not_cached_and_carries_a_csrf_token(suggest_url, bank):
    response = Client().get(suggest_url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    page = soup(response)
    assert page.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert page.title.string.startswith("Föreslå")
    consent_label = page.find("label", attrs={"for": "id_consent"})
    assert consent_label.get_text(strip=True) == bank.consent_text.strip()


def test_a_post_without_the_csrf_token_is_refused(suggest_url):
    response = Client(enforce_csrf_checks=True).post(suggest_url, VALID)
    assert response.status_code == 403
    assert not Example.objects.exists()


def test_a_suggestion_becomes_a_draft_on_the_review_workflow(suggest_url, bank, mailoutbox):
    response = post(suggest_url, VALID)

    assert response.status_code == 303
    assert response["Location"] == bank.url + "foresla/tack/"
    example = Example.objects.get()
    assert not example.live
    assert example.first_published_at is None
    assert not Example.objects.visible().exists()
    assert example.node is None  # the national office's
    assert example.name == VALID["name"]
    assert example.organisations == VALID["organisation"]
    assert example.municipality == VALID["place"]
    assert example.source
    assert example.slug
    assert VALID["description"].split()[0] in example.summary
    assert len(example.summary) <= Example._meta.get_field("summary").max_length
    html = example.description[0].value.source
    for paragraph in VALID["description"].split("\n\n"):
        assert f"<p>{paragraph}</p>" in html
    assert example.get_latest_revision() is not None

    suggestion = ExampleSuggestion.objects.get(example=example)
    assert suggestion.email == VALID["email"]
    assert suggestion.consent_text == bank.consent_text
    assert suggestion.reviewed_at is None

    state = example.current_workflow_state
    assert state is not None and state.status == state.STATUS_IN_PROGRESS
    task = state.current_task_state.task.specific
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.all()) == [Group.objects.get(name=NATIONAL_GROUP)]
    assert state.requested_by is None

    thanks = Client().get(response["Location"])
    assert thanks.status_code == 200
    assert VALID["email"] not in thanks.content.decode()


def test_a_second_suggestion_reuses_the_workflow_and_gets_its_own_address(suggest_url):
    post(suggest_url, VALID)
    post(suggest_url, {**VALID, "email": "annan@example.org"})
    first, second = Example.objects.order_by("pk")
    assert first.slug != second.slug
    assert first.current_workflow_state.workflow == second.current_workflow_state.workflow


def test_a_long_description_gets_a_summary_cut_at_a_word(suggest_url):
    words = ["samverkan"] * 400
    post(suggest_url, {**VALID, "description": " ".join(words)})
    summary = Example.objects.get().summary
    assert len(summary) <= Example._meta.get_field("summary").max_length
    assert set(summary.rstrip("…").split()) == {"samverkan"}  # no word cut in half
    assert summary != " ".join(words)


def test_an_empty_form_lists_every_missing_field_and_keeps_nothing(suggest_url, mailoutbox):
    response = post(suggest_url, {})
    assert response.status_code == 200
    page = soup(response)
    assert page.title.string.startswith("Fel: ")
    required = ["name", "description", "email", "consent"]
    assert summary_targets(page) == [f"#id_{name}" for name in required]
    for name in required:
        field = page.find(id=f"id_{name}")
        assert field.get("aria-invalid") == "true"
        error = page.find(id=f"id_{name}_error")
        assert error is not None and error.get_text(strip=True)
        assert f"id_{name}_error" in field["aria-describedby"].split()
        assert "This field" not in error.get_text()  # Swedish, not Django's default
    for name in ("organisation", "place"):
        assert page.find(id=f"id_{name}").get("aria-invalid") is None
    assert not Example.objects.exists()
    assert not mailoutbox


def test_an_invalid_email_is_named_and_everything_else_is_kept(suggest_url):
    data = {**VALID, "email": "inte en adress"}
    page = soup(post(suggest_url, data))
    assert summary_targets(page) == ["#id_email"]
    for name in (*TEXT_FIELDS, "email", "consent"):
        assert typed_value(page, name) == data[name]
    assert not Example.objects.exists()


@pytest.mark.parametrize("name", [*TEXT_FIELDS, "email"])
def test_100_000_characters_are_too_long_and_the_rest_is_kept(suggest_url, name):
    data = {**VALID, name: "å" * 100_000}
    page = soup(post(suggest_url, data))
    assert set(summary_targets(page)) == {f"#id_{name}"}
    error = page.find(id=f"id_{name}_error").get_text()
    assert "100000" in error.replace(" ", "").replace("\xa0", "")  # says how long it was
    for other in (*TEXT_FIELDS, "email", "consent"):
        assert typed_value(page, other) == data[other]
    assert not Example.objects.exists()


SCRIPT = '<script>alert("x")</script><b onclick="x()">fet</b>'


def test_script_in_every_field_is_escaped_when_the_form_comes_back(suggest_url):
    data = {**VALID, **{name: f"{VALID[name]} {SCRIPT}" for name in TEXT_FIELDS}}
    data["email"] = SCRIPT  # invalid: the form comes back
    response = post(suggest_url, data)
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<b onclick" not in html
    page = soup(response)
    for name in (*TEXT_FIELDS, "email"):
        assert typed_value(page, name) == data[name]  # the text itself, unchanged
    assert not Example.objects.exists()


def test_script_in_the_fields_is_stored_as_text(suggest_url):
    data = {**VALID, **{name: f"{VALID[name]} {SCRIPT}" for name in TEXT_FIELDS}}
    assert post(suggest_url, data).status_code == 303
    example = Example.objects.get()
    assert example.name == data["name"]
    assert example.organisations == data["organisation"]
    assert example.municipality == data["place"]
    source = example.description[0].value.source
    assert "<script" not in source and "<b " not in source
    assert "&lt;script&gt;" in source


def test_line_breaks_and_control_characters_never_reach_one_line_fields(suggest_url):
    data = {**VALID, "name": "Två\r\nrader\x07 här", "organisation": "A\tB\x1b"}
    assert post(suggest_url, data).status_code == 303
    example = Example.objects.get()
    for text in (example.name, example.organisations):
        assert not any(char in text for char in "\r\n\t\x07\x1b")
    assert example.name.split() == ["Två", "rader", "här"]


def test_a_nul_character_is_refused_in_swedish(suggest_url):
    page = soup(post(suggest_url, {**VALID, "place": "Ort\x00"}))
    assert summary_targets(page) == ["#id_place"]
    assert "Null characters" not in page.find(id="id_place_error").get_text()
    assert not Example.objects.exists()


def test_the_honeypot_creates_nothing_and_gives_a_person_their_input_back(suggest_url, mailoutbox):
    data = {**VALID, "hemsida": "https://spam.example"}
    response = post(suggest_url, data)
    assert response.status_code == 200
    assert not Example.objects.exists()
    assert not ExampleSuggestion.objects.exists()
    assert not mailoutbox
    page = soup(response)
    assert page.title.string.startswith("Fel: ")
    assert summary_targets(page) == ["#id_hemsida"]
    trap = page.find(id="id_hemsida")
    assert trap.get("value", "") == ""  # emptied, so sending again works
    assert trap.get("tabindex") is None  # reachable now that a person must see it
    assert trap.find_parent(attrs={"aria-hidden": "true"}) is None
    for name in (*TEXT_FIELDS, "email", "consent"):
        assert typed_value(page, name) == data[name]

    again = {name: typed_value(page, name) for name in (*TEXT_FIELDS, "email", "consent")}
    assert post(suggest_url, {**again, "hemsida": ""}).status_code == 303
    assert Example.objects.count() == 1


def test_the_honeypot_is_hidden_from_people(suggest_url):
    page = soup(Client().get(suggest_url))
    trap = page.find(id="id_hemsida")
    wrapper = trap.find_parent(attrs={"aria-hidden": "true"})
    assert wrapper is not None and "visually-hidden" in wrapper["class"]
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    assert page.find("label", attrs={"for": "id_hemsida"}).get_text(strip=True)


@pytest.fixture
def limit(monkeypatch):
    from examplebank import suggest

    monkeypatch.setattr(suggest, "SUGGESTIONS_PER_WINDOW", 2)
    return 2


def test_the_rate_limit_answers_429_keeps_the_input_and_creates_nothing(
    suggest_url, limit, mailoutbox
):
    for number in range(limit):
        assert post(suggest_url, {**VALID, "name": f"Exempel {number}"}).status_code == 303
    sent = len(mailoutbox)
    data = {**VALID, "name": "Ett exempel för mycket"}

    response = post(suggest_url, data)

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "no-store" in response["Cache-Control"]
    assert Example.objects.count() == limit
    assert not Example.objects.filter(name=data["name"]).exists()
    assert len(mailoutbox) == sent
    page = soup(response)
    assert page.title.string.startswith("Fel: ")
    assert page.select_one(".error-summary li").get_text(strip=True)
    for name in (*TEXT_FIELDS, "email", "consent"):
        assert typed_value(page, name) == data[name]


def test_the_rate_limit_counts_per_client_address(suggest_url, limit):
    for _ in range(limit):
        post(suggest_url, VALID, REMOTE_ADDR="192.0.2.1")
    assert post(suggest_url, VALID, REMOTE_ADDR="192.0.2.1").status_code == 429
    assert post(suggest_url, VALID, REMOTE_ADDR="192.0.2.2").status_code == 303


def test_forms_with_errors_do_not_use_up_the_limit(suggest_url, limit):
    for _ in range(limit + 2):
        post(suggest_url, {**VALID, "email": ""})
    assert post(suggest_url, VALID).status_code == 303


def test_other_methods_are_not_allowed(suggest_url):
    assert Client().put(suggest_url).status_code == 405
    assert Client().post(suggest_url + "tack/").status_code == 405
