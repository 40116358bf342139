"""Editing events in the admin: mistakes are errors on the field, in Swedish, and nothing the
editor typed is lost."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import Event
from tests.html import visible_text

from .conftest import soon


def add_url():
    return reverse(Event.snippet_viewset.get_url_name("add"))


def occurrence_row(start, end, all_day=False):
    row = {"start": start, "end": end}
    if all_day:
        row["all_day"] = "on"
    return row


def event_form(occurrences, **changes):
    data = {
        "title": "Seminarium om tillit",
        "slug": "",
        "node": "",
        "summary": "Ett seminarium om tillit mellan kommun och civilsamhälle.",
        "occurrences": inline_formset(occurrences),
        "status": "planerat",
        "moved_from": "",
        "format": "pa-plats",
        "venue": "Orkanen",
        "address": "Nordenskiöldsgatan 10, Malmö",
        "online_link": "",
        "language": "sv",
        "registration_url": "https://example.org/anmalan",
        "registration_deadline": "",
        "price": "",
        "price_note": "",
        "body": streamfield([]),
        "organiser": "",
        "contact": "",
        "documentation": streamfield([]),
        "go_live_at": "",
        "expire_at": "",
        **changes,
    }
    return nested_form_data(data)


@pytest.fixture
def editor(client, site):
    user = get_user_model().objects.create_superuser("redaktor", "r@example.org", "pw")
    client.force_login(user)
    return client


def test_a_valid_event_is_saved_with_its_occurrences_and_a_slug(editor):
    data = event_form(
        [
            occurrence_row("2027-04-20 09:00", "2027-04-20 16:00"),
            occurrence_row("2027-04-21 09:00", "2027-04-21 15:00"),
        ],
        **{"action-publish": "action-publish"},
    )
    response = editor.post(add_url(), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get(title="Seminarium om tillit")
    assert event.live and event.slug == "seminarium-om-tillit"
    assert [item.text for item in event.occurrence_list] == [
        "tisdag 20 april 2027, kl. 09.00–16.00",
        "onsdag 21 april 2027, kl. 09.00–15.00",
    ]
    assert len({item.key for item in event.occurrence_list}) == 2
    assert event.sequence == 1


def local(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def errors_of(response):
    assert response.status_code == 200
    return response.context["form"]


def test_an_end_before_the_start_is_an_error_on_that_end(editor):
    response = editor.post(
        add_url(), event_form([occurrence_row("2027-04-20 15:00", "2027-04-20 14:00")])
    )
    form = errors_of(response)
    occurrence_form = form.formsets["occurrences"].forms[0]
    assert occurrence_form.errors["end"] == ["Slutet måste komma efter början."]
    html = response.content.decode()
    assert 'value="Seminarium om tillit"' in html  # what the editor typed is kept
    assert "2027-04-20 15:00" in html and "Nordenskiöldsgatan 10, Malmö" in html
    assert not Event.objects.filter(title="Seminarium om tillit").exists()


def test_an_event_without_occurrences_is_refused(editor):
    response = editor.post(add_url(), event_form([]))
    form = errors_of(response)
    assert form.formsets["occurrences"].non_form_errors() == [
        "Lägg till minst ett tillfälle med början och slut."
    ]
    assert "Lägg till minst ett tillfälle med början och slut." in response.content.decode()
    assert not Event.objects.filter(title="Seminarium om tillit").exists()


def test_a_registration_deadline_after_the_event_is_an_error_on_the_deadline(editor):
    response = editor.post(
        add_url(),
        event_form(
            [occurrence_row("2027-04-20 15:00", "2027-04-20 16:00")],
            registration_deadline="2027-04-21 12:00",
        ),
    )
    form = errors_of(response)
    assert form.errors["registration_deadline"] == [
        "Anmälan kan inte stänga efter att evenemanget har slutat."
    ]
    assert 'value="2027-04-21 12:00"' in response.content.decode()


def test_a_deadline_on_the_last_day_of_an_all_day_event_is_fine(editor):
    response = editor.post(
        add_url(),
        event_form(
            [occurrence_row("2027-04-20 00:00", "2027-04-21 00:00", all_day=True)],
            registration_deadline="2027-04-21 12:00",
        ),
    )
    assert response.status_code == 302
    event = Event.objects.get(title="Seminarium om tillit")
    assert event.occurrence_list[0].text == "tisdag 20 – onsdag 21 april 2027"


def test_a_moved_event_needs_its_earlier_date(editor):
    response = editor.post(
        add_url(),
        event_form([occurrence_row("2027-04-20 15:00", "2027-04-20 16:00")], status="flyttat"),
    )
    form = errors_of(response)
    assert form.errors["moved_from"] == ["Ange när evenemanget först skulle ha hållits."]


@pytest.mark.parametrize("slug", ["tidigare", "kalender"])
def test_slugs_the_listing_uses_are_refused(editor, slug):
    response = editor.post(
        add_url(),
        event_form([occurrence_row("2027-04-20 15:00", "2027-04-20 16:00")], slug=slug),
    )
    form = errors_of(response)
    assert f"Adressen ”{slug}” används av evenemangslistan. Välj en annan." in form.errors["slug"]


def test_the_preview_shows_the_event_page(editor):
    data = event_form([occurrence_row("2027-04-20 15:00", "2027-04-20 16:30")])
    url = reverse(Event.snippet_viewset.get_url_name("preview_on_add"))
    assert editor.post(url, data).json()["is_valid"] is True
    html = editor.get(url).content.decode()
    assert "Seminarium om tillit" in html
    assert "tisdag 20 april 2027, kl. 15.00–16.30" in visible_text(html)


def test_the_admin_listing_shows_when_and_whose(editor, site):
    site.event(title="I Umeå", node="umea")
    html = editor.get(reverse(Event.snippet_viewset.get_url_name("list"))).content.decode()
    assert "I Umeå" in html and "Umeå" in html
    assert "kl." in html  # the next occurrence


def test_a_copy_starts_as_a_new_event_with_new_occurrence_rows(editor, site):
    original = site.event(soon(5), soon(6), title="Originalet", venue="Orkanen")
    url = reverse(Event.snippet_viewset.get_url_name("copy"), args=[original.pk])
    response = editor.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="occurrences-TOTAL_FORMS" value="2"' in html
    assert '<input type="hidden" name="occurrences-0-id" id="id_occurrences-0-id">' in html
    assert '<input type="hidden" name="occurrences-1-id" id="id_occurrences-1-id">' in html
    assert 'value="Originalet"' in html and 'value="Orkanen"' in html
    slug_input = re.search(r'<input type="text" name="slug"[^>]*>', html).group(0)
    assert ' value="' not in slug_input  # made anew from the title

    # The form posts to the add view, as Wagtail's copy does: rows without ids, counted as
    # initial forms. It makes a second event and leaves the original's rows alone.
    rows = [
        {"id": "", **occurrence_row(*(local(item.start), local(item.end)))}
        for item in original.occurrence_list
    ]
    data = event_form([], title="Kopian")
    data.update(nested_form_data({"occurrences": inline_formset(rows, initial=2)}))
    assert editor.post(add_url(), data).status_code == 302
    copy = Event.objects.get(title="Kopian")
    keys = {item.key for item in copy.occurrence_list}
    assert len(keys) == 2
    assert keys.isdisjoint({item.key for item in original.occurrence_list})
    assert Event.objects.get(pk=original.pk).occurrences.count() == 2
