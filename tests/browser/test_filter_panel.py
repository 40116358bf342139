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
