from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from nodes.data import NODES
from nodes.models import Node, NodeHomePage, NodeIndexPage, Person
from nodes.permissions import nodes_for_user

from .conftest import make_user


def permission_snapshot():
    return {
        group.name: (
            sorted(group.permissions.values_list("codename", flat=True)),
            sorted(
                GroupPagePermission.objects.filter(group=group).values_list(
                    "page__url_path", "permission__codename"
                )
            ),
            sorted(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "collection__name", "permission__codename"
                )
            ),
        )
        for group in Group.objects.order_by("name")
    }


def test_setup_nodes_twice_changes_nothing_and_says_so(demo, capsys):
    before = permission_snapshot()
    counts = (Node.objects.count(), Page.objects.count(), Collection.objects.count())
    call_command("setup_nodes")
    assert "Inget att ändra." in capsys.readouterr().out
    assert permission_snapshot() == before
    assert (Node.objects.count(), Page.objects.count(), Collection.objects.count()) == counts
    assert Node.objects.count() == len(NODES)
    assert {f"Nod {n['name']} – redaktörer" for n in NODES} <= set(before)


def test_setup_nodes_restores_exactly_the_listed_permissions(demo, capsys):
    group = Group.objects.get(name="Nod Malmö – redaktörer")
    group.permissions.add(*Group.objects.get(name="Webbadmin").permissions.all())
    GroupPagePermission.objects.filter(group=group).delete()
    call_command("setup_nodes")
    output = capsys.readouterr().out
    assert "Nod Malmö – redaktörer" in output
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert "change_user" not in codenames
    assert GroupPagePermission.objects.filter(group=group).count() == 5


def test_nothing_is_granted_on_the_root_page_or_root_collection(demo):
    assert not GroupPagePermission.objects.filter(page__depth=1).exists()
    assert not GroupCollectionPermission.objects.filter(collection__depth=1).exists()


def test_only_webbadmin_may_manage_users(demo):
    for group in Group.objects.all():
        may = group.permissions.filter(codename__in=["add_user", "change_user"]).exists()
        assert may == (group.name == "Webbadmin"), group.name


def test_node_editor_is_member_of_own_node_only(demo):
    assert list(nodes_for_user(make_user("malmo")).values_list("slug", flat=True)) == ["malmo"]
    assert nodes_for_user(make_user("national")).count() == len(NODES)
    assert not nodes_for_user(make_user("webbadmin")).exists()


def test_node_index_lists_active_nodes_with_university_and_region(client, demo):
    html = client.get("/noder/").content.decode()
    for data in NODES:
        assert (data["host_university"] in html) == data["active"], data["name"]
    assert "Västerbotten" in html


def test_retired_node_leaves_listings_but_its_pages_answer_with_an_archived_notice(client, demo):
    umea = Node.objects.get(slug="umea")
    child = umea.root_page.add_child(
        instance=__import__("pages.models", fromlist=["StandardPage"]).StandardPage(
            title="Umeåprojekt", slug="projekt"
        )
    )
    child.save_revision().publish()
    assert "Umeå universitet" in client.get("/noder/").content.decode()
    umea.active = False
    umea.save()
    assert "Umeå universitet" not in client.get("/noder/").content.decode()
    for url in ("/noder/umea/", "/noder/umea/projekt/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Arkiverad:" in response.content.decode()
    assert "Arkiverad:" not in client.get("/noder/malmo/").content.decode()


def test_unknown_node_slug_is_404(client, demo):
    assert client.get("/noder/finns-inte/").status_code == 404


def test_node_home_page_shows_contacts_and_its_news(client, demo):
    from news.models import NewsArticlePage

    html = client.get("/noder/malmo/").content.decode()
    assert "Maja Exempeldotter" in html
    news = html.split('id="node-news-heading"')[1].split("</section>")[0]
    own = NewsArticlePage.objects.live().descendant_of(Node.objects.get(slug="malmo").root_page)
    assert own.exists()
    for article in own[:3]:
        assert article.title in news
    assert 'href="https://mau.se/"' in html


def test_node_editor_cannot_create_a_person_in_another_node(client, demo):
    client.force_login(make_user("malmo"))
    url = reverse(Person.snippet_viewset.get_url_name("add"))
    count = Person.objects.count()
    response = client.post(url, {"name": "Inkräktare", "node": Node.objects.get(slug="umea").pk})
    assert response.status_code == 200  # the form again, with an error
    assert "Välj ett giltigt alternativ" in response.content.decode()
    # Empty node = national office. Saving a draft defers required fields, so this is the
    # path that would slip through without NodeOwnedForm.clean().
    response = client.post(url, {"name": "Inkräktare", "node": ""})
    assert response.status_code == 200
    assert "Bara nationella redaktionen" in response.content.decode()
    assert Person.objects.count() == count
    response = client.post(url, {"name": "Ny kollega", "node": Node.objects.get(slug="malmo").pk})
    assert response.status_code == 302
    assert Person.objects.get(name="Ny kollega").node.slug == "malmo"


def test_node_form_offers_only_own_nodes(client, demo):
    client.force_login(make_user("umea"))
    html = client.get(reverse(Person.snippet_viewset.get_url_name("add"))).content.decode()
    select = html.split('name="node"')[1].split("</select>")[0]
    assert ">Umeå<" in select
    assert ">Malmö<" not in select


def test_typing_another_nodes_admin_url_gives_a_clear_message(client, demo):
    client.force_login(make_user("malmo"))
    other = Person.objects.filter(node__slug="umea").first()
    url = reverse(Person.snippet_viewset.get_url_name("edit"), args=[other.pk])
    revisions = other.revisions.count()
    response = client.get(url, follow=True)
    assert "du saknar rättigheter" in response.content.decode()
    response = client.post(url, {"name": "Kapad", "node": other.node_id}, follow=True)
    assert "du saknar rättigheter" in response.content.decode()
    other.refresh_from_db()
    assert other.name != "Kapad"
    assert other.revisions.count() == revisions
    page = Node.objects.get(slug="umea").root_page
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), follow=True)
    assert "du saknar rättigheter" in response.content.decode()


def test_node_editor_explorer_shows_only_own_tree(client, demo):
    client.force_login(make_user("malmo"))
    malmo = NodeHomePage.objects.get(slug="malmo")
    umea = NodeHomePage.objects.get(slug="umea")
    for start in (Page.get_first_root_node(), NodeIndexPage.objects.get()):
        response = client.get(reverse("wagtailadmin_explore", args=[start.pk]), follow=True)
        # Wagtail takes the editor to the top of what they may edit: their node's home page.
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[malmo.pk])
        html = response.content.decode()
        assert "MSI Malmö" in html
        assert "MSI Umeå" not in html
        assert reverse("wagtailadmin_pages:edit", args=[umea.pk]) not in html


def test_page_type_rules_for_node_pages():
    from news.models import EventIndexPage, NewsIndexPage
    from pages.models import HomePage, StandardPage

    assert set(NodeIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(NodeIndexPage.allowed_subpage_models()) == {NodeHomePage}
    assert set(NodeHomePage.allowed_parent_page_models()) == {NodeIndexPage}
    assert set(NodeHomePage.allowed_subpage_models()) == {
        StandardPage,
        NewsIndexPage,
        EventIndexPage,
    }
    assert NodeHomePage in StandardPage.allowed_parent_page_models()
