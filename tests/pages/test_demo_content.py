import io

import pytest

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision, Site

from examplebank.models import Example
from news.models import NewsArticlePage
from pages.models import HomePage, SiteSettings, SocialLink, StandardPage, Theme


def png():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "#0b5563").save(buffer, "PNG")
    return buffer.getvalue()


def counts():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "sites": Site.objects.count(),
        "settings": SiteSettings.objects.count(),
        "social_links": SocialLink.objects.count(),
        "examples": Example.objects.count(),
        "live_examples": Example.objects.filter(live=True).count(),
    }


def test_demo_twice_gives_the_same_counts(db):
    call_command("load_demo_content", verbosity=0)
    first = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == first
    assert first["pages"] >= 9
    assert first["sites"] == 1


def test_demo_replaces_wagtails_welcome_page_and_becomes_the_site_root(empty_site):
    welcome = Page.get_first_root_node().add_child(instance=Page(title="Welcome", slug="home"))
    Site.objects.create(hostname="localhost", root_page=welcome, is_default_site=True)
    call_command("load_demo_content", verbosity=0)
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()


def test_demo_keeps_an_editors_changes_and_reset_rebuilds(db, settings):
    settings.DEBUG = True  # --reset is for local use only
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


def test_reset_refuses_without_debug(db, settings):
    settings.DEBUG = False
    before = counts()
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo_content", "--reset", verbosity=0)
    assert counts() == before


def test_reset_never_removes_what_the_demo_did_not_create(db, settings):
    settings.DEBUG = True
    home = HomePage.objects.get()
    own_page = home.add_child(instance=StandardPage(title="Redaktörens sida", slug="egen"))
    about = Page.objects.get(slug="om-msi")
    under_demo = about.add_child(instance=StandardPage(title="Under en demosida", slug="under"))
    shared = Collection.objects.get(name="Gemensamt")
    own_collection = Collection.get_first_root_node().add_child(name="Kansliets bilder")
    image_model = get_image_model()
    shared_image = image_model.objects.create(
        title="Kansliets foto", collection=shared, file=ContentFile(png(), "foto.png")
    )
    own_image = image_model.objects.create(
        title="Egen bild", collection=own_collection, file=ContentFile(png(), "egen.png")
    )
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = "MSI (kansliets namn)"
    site_settings.save()
    theme = Theme.objects.create(name="Eget tema", slug="eget-tema")
    editor = get_user_model().objects.create_user("kansliet", "k@example.org", "pw")
    demo_article = NewsArticlePage.objects.first()

    call_command("load_demo_content", "--reset", verbosity=0)

    for page in (home, own_page, about, under_demo):
        assert Page.objects.filter(pk=page.pk).exists(), page.title
    assert Collection.objects.filter(pk=shared.pk).exists()
    assert Collection.objects.filter(pk=own_collection.pk).exists()
    assert image_model.objects.filter(pk__in=[shared_image.pk, own_image.pk]).count() == 2
    assert SiteSettings.objects.get(pk=site_settings.pk).organisation_name == (
        "MSI (kansliets namn)"
    )
    assert Theme.objects.filter(pk=theme.pk).exists()
    assert get_user_model().objects.filter(pk=editor.pk).exists()
    # ...and the demo's own content was removed and built again.
    assert not NewsArticlePage.objects.filter(pk=demo_article.pk).exists()
    assert NewsArticlePage.objects.filter(title=demo_article.title).exists()
