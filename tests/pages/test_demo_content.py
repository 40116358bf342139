from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from pages.models import HomePage, SiteSettings, SocialLink


def counts():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "sites": Site.objects.count(),
        "settings": SiteSettings.objects.count(),
        "social_links": SocialLink.objects.count(),
    }


def test_demo_twice_gives_the_same_counts(db):
    call_command("load_demo_content", verbosity=0)
    first = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == first
    assert first["pages"] >= 9
    assert first["sites"] == 1


def test_demo_replaces_wagtails_welcome_page_and_becomes_the_site_root(db):
    call_command("load_demo_content", verbosity=0)
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()


def test_demo_keeps_an_editors_changes_and_reset_rebuilds(db):
    call_command("load_demo_content", verbosity=0)
    about = Page.objects.get(slug="om-msi").specific
    about.title = "Om oss (redigerad)"
    about.save_revision().publish()
    call_command("load_demo_content", verbosity=0)
    assert Page.objects.get(slug="om-msi").title == "Om oss (redigerad)"

    before = counts()
    call_command("load_demo_content", "--reset", verbosity=0)
    assert Page.objects.get(slug="om-msi").title == "Om MSI"
    after = counts()
    assert after["pages"] == before["pages"]
    assert after["images"] == before["images"]
