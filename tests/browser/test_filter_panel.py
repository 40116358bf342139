"""The listings' filter panel (components/filter_form.html): on a phone the fields fold away
behind "Visa filtren", without JavaScript too, and stay open when filters are chosen; on a wide
screen they always show and the toggle is gone."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LISTING = "/aktuellt/nyheter/"


def test_on_a_phone_the_fields_fold_away_and_open_with_the_toggle(open_page):
    page = open_page(LISTING, width=390, javascript=False)
    field = page.get_by_label("Tema")
    toggle = page.locator(".filter-form__toggle")
    assert toggle.is_visible() and toggle.inner_text() == "Visa filtren"
    assert not field.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert field.is_visible()
    assert toggle.inner_text() == "Dölj filtren"


def test_on_a_phone_chosen_filters_keep_the_panel_open(open_page):
    page = open_page(LISTING + "?tema=digital-inkludering", width=390)
    assert page.get_by_label("Tema").is_visible()
    assert page.locator(".filter-form__toggle").inner_text() == "Dölj filtren (1 valt)"


def test_on_a_wide_screen_the_fields_always_show(open_page):
    page = open_page(LISTING, width=1280)
    assert page.get_by_label("Tema").is_visible()
    assert not page.locator(".filter-form__toggle").is_visible()
    page.get_by_label("Tema").focus()
    assert page.evaluate("document.activeElement.name") == "tema"


BANK = "/exempelbanken/"


def test_on_a_phone_the_bank_facets_fold_away_and_the_results_come_first(open_page):
    page = open_page(BANK, width=390, javascript=False)
    toggle = page.locator(".bank__panel > .filter-form__toggle")
    assert toggle.is_visible() and toggle.inner_text() == "Visa filtren"
    assert not page.locator(".facet__summary").first.is_visible()
    # The result count is on the first screen or just under it, not under seven facet groups.
    assert page.locator("#results-heading").bounding_box()["y"] < 1000
    toggle.focus()
    page.keyboard.press("Enter")
    assert page.locator(".facet__summary").first.is_visible()


def test_on_a_phone_chosen_facets_keep_the_bank_panel_open(open_page):
    page = open_page(BANK + "?tema=digital-inkludering&sektor=civilsamhalle", width=390)
    assert page.locator(".bank__panel > .filter-form__toggle").inner_text() == (
        "Dölj filtren (2 valda)"
    )
    assert page.get_by_label("Digital inkludering").is_visible()


def test_on_a_wide_screen_the_bank_facets_always_show(open_page):
    page = open_page(BANK, width=1280)
    assert page.locator(".facet__summary").first.is_visible()
    assert not page.locator(".bank__panel > .filter-form__toggle").is_visible()
