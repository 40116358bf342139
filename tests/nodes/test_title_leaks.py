"""Titles outside your area: every role × every admin endpoint that names pages or media ×
drafts and media owned by Malmö, Umeå and the national office (or the shared collection).

A cell passes when the object's title is shown exactly when the role may see it: national
editors and superusers everything, a node editor their own node's drafts and media plus the
shared collection, nobody else's drafts. Live pages stay choosable for everyone.
"""

import pytest

from wagtail.models import Page

from pages.models import StandardPage

from .conftest import ROLES, make_user

PAGE_OWNERS = ["malmo", "umea", "national"]
MEDIA_OWNERS = ["malmo", "umea", "shared"]


def may_see(role, owner):
    if role in ("superuser", "national"):
        return True
    return role == owner or (owner == "shared" and role in ("malmo", "umea"))


class Drafts:
    """An unpublished page in each area, under the area's own home, and renamed media."""

    def __init__(self, realm):
        self.realm = realm
        homes = {slug: node.root_page for slug, node in realm.nodes.items()}
        homes["national"] = Page.objects.get(depth=2)
        self.parents, self.pages = homes, {}
        for owner, parent in homes.items():
            page = StandardPage(
                title=f"Utkast-{owner}-hemligt", slug=f"utkast-{owner}", live=False
            )
            parent.add_child(instance=page)
            page.save_revision()
            self.pages[owner] = page
        for owner in MEDIA_OWNERS:
            realm.images[owner].title = f"Bild-{owner}-hemlig"
            realm.images[owner].save()
            realm.documents[owner].title = f"Dokument-{owner}-hemligt"
            realm.documents[owner].save()


def page_endpoints(drafts, owner, own_page):
    page, parent = drafts.pages[owner], drafts.parents[owner]
    return {
        "chooser: browse the parent": f"/admin/choose-page/{parent.pk}/",
        "chooser: browse the page": f"/admin/choose-page/{page.pk}/",
        "chooser: search": f"/admin/choose-page/search/?q={page.title}",
        "bulk delete": f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}",
        "bulk publish": f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}",
        "bulk unpublish": f"/admin/bulk/wagtailcore/page/unpublish/?id={page.pk}",
        "bulk move": f"/admin/bulk/wagtailcore/page/move/?id={page.pk}",
        "move confirm: page": f"/admin/pages/{page.pk}/move/{own_page.pk}/confirm/",
        "move confirm: destination": f"/admin/pages/{own_page.pk}/move/{page.pk}/confirm/",
        "page-types report": "/admin/reports/page-types-usage/",
        "admin API pages": f"/admin/api/main/pages/{page.pk}/",
    }


def media_endpoints(realm, owner):
    image, document = realm.images[owner], realm.documents[owner]
    return {
        "API images": ("/admin/api/main/images/", image.title),
        "API image": (f"/admin/api/main/images/{image.pk}/", image.title),
        "API documents": ("/admin/api/main/documents/", document.title),
        "API document": (f"/admin/api/main/documents/{document.pk}/", document.title),
        "bulk image delete": (f"/admin/bulk/pages/customimage/delete/?id={image.pk}", image.title),
        "bulk image collection": (
            f"/admin/bulk/pages/customimage/add_to_collection/?id={image.pk}",
            image.title,
        ),
        "bulk document delete": (
            f"/admin/bulk/pages/customdocument/delete/?id={document.pk}",
            document.title,
        ),
    }


def body(client, url):
    response = client.get(url)
    assert response.status_code < 500, f"{url}: {response.status_code}"
    text = response.content.decode(errors="replace")
    if response.get("Content-Type", "").startswith("application/json") and "html" in text:
        text = response.json().get("html", text) if isinstance(response.json(), dict) else text
    return text


@pytest.mark.parametrize("role", ROLES)
def test_draft_page_titles_show_only_inside_your_area(role, client, realm):
    drafts = Drafts(realm)
    client.force_login(make_user(role))
    own_page = drafts.pages["malmo" if role != "umea" else "umea"]
    wrong = []
    for owner in PAGE_OWNERS:
        title = drafts.pages[owner].title
        for name, url in page_endpoints(drafts, owner, own_page).items():
            shown = title in body(client, url)
            if shown and not may_see(role, owner):
                wrong.append(f"LEAK {role} sees {owner}'s draft via {name}: {url}")
            must_show = name.startswith("chooser") or name == "bulk delete"
            if must_show and not shown and may_see(role, owner):
                wrong.append(f"HIDDEN {role} misses {owner}'s draft via {name}: {url}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("role", ROLES)
def test_media_titles_show_only_where_you_may_choose_or_change(role, client, realm):
    Drafts(realm)
    client.force_login(make_user(role))
    wrong = []
    for owner in MEDIA_OWNERS:
        for name, (url, title) in media_endpoints(realm, owner).items():
            shown = title in body(client, url)
            if shown and not may_see(role, owner):
                wrong.append(f"LEAK {role} sees {owner}'s {title} via {name}: {url}")
            if not shown and may_see(role, owner) and name.startswith("API"):
                wrong.append(f"HIDDEN {role} misses {owner}'s {title} via {name}: {url}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("role", ["malmo", "umea", "webbadmin"])
def test_live_pages_of_other_areas_stay_choosable(role, client, realm):
    client.force_login(make_user(role))
    home = Page.objects.get(depth=2)
    browse = body(client, f"/admin/choose-page/{home.pk}/")
    assert "Om MSI" in browse
    other = "umea" if role != "umea" else "malmo"
    live_elsewhere = realm.pages[other]
    search = body(client, f"/admin/choose-page/search/?q={live_elsewhere.title}")
    assert live_elsewhere.title in search


def test_node_editors_do_not_get_the_national_page_types_report(client, realm):
    client.force_login(make_user("malmo"))
    assert client.get("/admin/reports/page-types-usage/").status_code in (302, 403)
    menu = client.get("/admin/").content.decode()
    assert "page-types-usage" not in menu
    client.force_login(make_user("national"))
    assert client.get("/admin/reports/page-types-usage/").status_code == 200
