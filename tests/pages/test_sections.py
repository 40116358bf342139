"""Sections that apps register (pages/sections.py): shown where registered, left out when
empty, and on the home page in the order the national office chose."""

import re
from pathlib import Path

import pytest

from django.conf import settings
from django.test import override_settings

from wagtail import hooks

from pages.sections import HOME, NODE, SECTIONS_HOOK, Section, home_section_choices

TEMPLATES = [
    {
        **settings.TEMPLATES[0],
        "DIRS": [*settings.TEMPLATES[0]["DIRS"], Path(__file__).parent / "templates"],
    }
]


def section(key, places, heading="", order=50):
    """A test section whose heading is `heading`; with no heading it has nothing to show."""

    def get_context(page, request, place):
        return {"key": key, "heading": f"{heading} ({place})"} if heading else None

    return Section(
        key=key,
        label=f"Test {key}",
        template="tests/section.html",
        get_context=get_context,
        places=frozenset(places),
        order=order,
    )


@pytest.fixture
def registered():
    """Register test sections through the hook for the duration of a test."""
    with override_settings(TEMPLATES=TEMPLATES):

        def _register(*sections):
            hook = lambda: list(sections)  # noqa: E731
            context = hooks.register_temporarily(SECTIONS_HOOK, hook)
            context.__enter__()
            stack.append(context)

        stack = []
        yield _register
        for context in stack:
            context.__exit__(None, None, None)


def headings(html):
    return re.findall(r"<h2[^>]*>([^<]+)</h2>", html)


def set_home_sections(home, keys):
    home.sections = [("section", key) for key in keys]
    home.save_revision().publish()


def test_a_registered_section_shows_where_it_is_registered(client, home, registered):
    registered(
        section("test.everywhere", {HOME, NODE}, heading="Överallt"),
        section("test.home_only", {HOME}, heading="Bara start"),
    )
    assert "Överallt (home)" in headings(client.get("/").content.decode())
    assert "Bara start (home)" in headings(client.get("/").content.decode())
    node = headings(client.get("/noder/malmo/").content.decode())
    assert "Överallt (node)" in node
    assert "Bara start (node)" not in node


def test_a_section_with_nothing_to_show_is_left_out(client, home, registered):
    registered(section("test.empty", {HOME, NODE}), section("test.full", {HOME}, "Full"))
    html = client.get("/").content.decode()
    assert "Full (home)" in headings(html)
    assert 'id="test-section-test.empty"' not in html
    assert 'id="test-section-test.full"' in html


def test_the_home_page_shows_the_chosen_sections_in_the_chosen_order(client, home, registered):
    registered(
        section("test.first", {HOME}, "Först", order=1),
        section("test.last", {HOME}, "Sist", order=99),
    )
    before = headings(client.get("/").content.decode())
    assert before.index("Först (home)") < before.index("Sist (home)")

    set_home_sections(home, ["test.last", "news.newest_publications", "test.first"])
    after = headings(client.get("/").content.decode())
    shown = [
        h
        for h in after
        if h in {"Först (home)", "Sist (home)", "Nya publikationer", "Senaste nytt"}
    ]
    assert shown == ["Sist (home)", "Nya publikationer", "Först (home)"]


def test_an_unknown_section_key_is_ignored(client, home, registered):
    registered(section("test.kept", {HOME}, "Kvar"))
    set_home_sections(home, ["app.som.togs.bort", "test.kept"])
    response = client.get("/")
    assert response.status_code == 200
    assert "Kvar (home)" in headings(response.content.decode())


def test_editors_choose_from_the_sections_registered_for_the_home_page(registered):
    registered(section("test.home", {HOME}, "Start"), section("test.node", {NODE}, "Nod"))
    keys = [key for key, _label in home_section_choices()]
    assert "test.home" in keys
    assert "test.node" not in keys
    assert {"news.latest_news", "news.newest_publications"} <= set(keys)
