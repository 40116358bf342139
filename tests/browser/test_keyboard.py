"""Keyboard and no-JavaScript behaviour: skip link, visible focus, menu, video."""

import pytest

from .focus import tab_stops
from .gallery import GALLERY_PATH

# django_db makes pytest-django set up the test database even when only browser tests run.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("path", ["/", "/om-msi/", "/sok/"])
def test_first_tab_stop_is_the_skip_link_and_it_moves_focus_into_main(open_page, path):
    page = open_page(path)
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.className, document.activeElement.href]")
    assert focused[0] == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)")


def test_every_tab_stop_shows_a_visible_focus_indicator(open_page):
    assert len(tab_stops(open_page(GALLERY_PATH))) >= 10


def test_small_screen_menu_is_a_disclosure_with_javascript(open_page):
    page = open_page("/", width=390)
    toggle = page.locator(".main-nav__toggle")
    link = page.locator(".main-nav__list a").first
    assert toggle.is_visible()
    assert not link.is_visible()
    assert toggle.inner_text() == "Meny"
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert toggle.inner_text() == "Stäng"
    assert link.is_visible()
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.inner_text() == "Meny"


def test_menu_and_accordion_work_without_javascript(open_page):
    page = open_page(GALLERY_PATH, width=390, javascript=False)
    assert not page.locator(".main-nav__toggle").is_visible()
    assert page.locator(".main-nav__list a").first.is_visible()
    summary = page.locator(".accordion__summary").first
    summary.click()
    assert page.locator(".accordion__body").first.is_visible()
    assert page.locator(".video__fallback a").is_visible()


def test_video_requests_nothing_from_the_provider_until_played(open_page, browser, live_site):
    context = browser.new_context()
    requested = []
    context.route(
        "**/*",
        lambda route: route.abort() if "youtube" in route.request.url else route.continue_(),
    )
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    page.goto(live_site + GALLERY_PATH)
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if "youtube" in url]
    play = page.locator(".video__play")
    assert play.is_visible()
    play.click()
    frame = page.locator("iframe.video__frame")
    assert frame.get_attribute("title") == "En testvideo"
    assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    context.close()
