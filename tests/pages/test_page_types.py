"""Every page type renders with the demo content, and sits only where it may."""

import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from pages.models import AccessibilityStatementPage, HomePage, StandardPage, ToolPage


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/om-msi/",
        "/om-msi/organisation/",
        "/om-msi/verksamhetsplan/",
        "/social-innovation/",
        "/tillganglighetsredogorelse/",
        "/personuppgifter/",
        "/kontakt/",
    ],
)
def test_demo_pages_render(client, demo, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert html.count("<h1") == 1
    assert 'id="main"' in html


def test_every_page_type_is_in_the_demo(demo):
    for model in (HomePage, StandardPage, AccessibilityStatementPage):
        assert model.objects.live().exists(), model


def test_main_nav_lists_menu_pages_and_marks_the_current_one(client, demo):
    html = client.get("/om-msi/organisation/").content.decode()
    nav = html.split('aria-label="Huvudmeny"')[1].split("</nav>")[0]
    assert 'href="/om-msi/"' in nav
    assert 'href="/social-innovation/"' in nav
    assert "/personuppgifter/" not in nav  # not shown in menus
    assert "main-nav__link--ancestor" in nav
    breadcrumbs = html.split('aria-label="Brödsmulor"')[1].split("</nav>")[0]
    assert 'href="/om-msi/"' in breadcrumbs
    assert '<span aria-current="page">Organisation och styrning</span>' in breadcrumbs


def test_footer_links_to_accessibility_statement_and_privacy(client, demo):
    html = client.get("/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    assert 'href="/tillganglighetsredogorelse/"' in footer
    assert 'href="/personuppgifter/"' in footer
    assert "info@socialinnovation.se" in footer


def test_accessibility_statement_has_every_required_element(client, demo):
    html = client.get("/tillganglighetsredogorelse/").content.decode()
    page = AccessibilityStatementPage.objects.get()
    assert page.organisation_name in html  # the body responsible
    assert "socialinnovation.se" in html  # the service
    assert "<strong>delvis förenlig</strong>" in html  # status in DIGG's wording
    assert "Innehåll som inte är tillgängligt" in html  # known problems
    assert "mailto:" in html  # feedback route
    assert 'href="https://www.digg.se/tdosanmalan"' in html  # enforcement procedure
    assert "Hur vi har testat webbplatsen" in html  # the method
    assert "1 november 2026" in html  # assessment and update dates, written out


def test_child_pages_are_listed_on_their_parent(client, demo):
    html = client.get("/om-msi/").content.decode()
    assert "I den här delen" in html
    assert 'href="/om-msi/verksamhetsplan/"' in html


class TestPageTypeRules(WagtailPageTestCase):
    def test_home_page_only_under_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_page_under_home_and_standard_pages(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_accessibility_statement_only_under_home(self):
        self.assertCanCreateAt(HomePage, AccessibilityStatementPage)
        self.assertCanNotCreateAt(StandardPage, AccessibilityStatementPage)
        self.assertCanNotCreateAt(AccessibilityStatementPage, StandardPage)

    def test_allowed_children(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, ToolPage})
        self.assertAllowedSubpageTypes(ToolPage, set())
        self.assertAllowedParentPageTypes(ToolPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
