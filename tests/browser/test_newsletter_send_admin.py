"""The admin's send page (news/newsletter_send_views.py) in Chromium: axe finds nothing in
what the page adds (Wagtail's own frame is Wagtail's), at 1280 and 390 px; the keyboard
reaches the test-send field and its button."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from nodes.data import NATIONAL_GROUP

from .axe import AXE_TAGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "national-test-password-1"


@pytest.fixture(scope="module")
def send_urls(live_site, django_db_blocker):
    from django.urls import reverse

    from news.demo.newsletters import DRAFT_SLUG, PUBLISHED_SLUG
    from news.models import Newsletter

    with django_db_blocker.unblock():
        user, _ = get_user_model().objects.get_or_create(
            username="browser-national", defaults={"email": "nationell@example.org"}
        )
        user.set_password(PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name=NATIONAL_GROUP)])
        name = Newsletter.snippet_viewset.get_url_name("send")
        return {
            key: reverse(name, args=[Newsletter.objects.get(slug=slug).pk])
            for key, slug in (("sent", PUBLISHED_SLUG), ("draft", DRAFT_SLUG))
        }


def logged_in(open_page, width):
    page = open_page("/admin/login/", width=width)
    page.fill("#id_username", "browser-national")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_nothing_on_the_send_page_before_and_after_sending(open_page, send_urls, width):
    from axe_playwright_python.sync_playwright import Axe

    page = logged_in(open_page, width)
    for url in send_urls.values():
        page.goto(page.url.split("/admin/")[0] + url)
        page.wait_for_load_state()
        results = Axe().run(
            page,
            context={"include": [[".nice-padding"]]},
            options={"runOnly": {"type": "tag", "values": AXE_TAGS}},
        )
        assert results.violations_count == 0, results.generate_report()


def test_the_keyboard_reaches_the_test_field_and_the_send_button(open_page, send_urls):
    page = logged_in(open_page, 1280)
    page.goto(page.url.split("/admin/")[0] + send_urls["draft"])
    page.wait_for_load_state()
    reached = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        reached.add(
            page.evaluate(
                "document.activeElement.name || document.activeElement.textContent.trim()"
            )
        )
    assert "address" in reached
    assert "Skicka testbrev" in reached
