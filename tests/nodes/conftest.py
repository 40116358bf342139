import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from examplebank.models import Example
from news.models import Event, NewsIndexPage, national_news_index
from nodes.data import NATIONAL_GROUP, SHARED_COLLECTION, WEBADMIN_GROUP
from nodes.models import Node, Person
from pages.models import StandardPage

ROLES = ["superuser", "national", "webbadmin", "malmo", "umea"]


def make_user(role):
    user_model = get_user_model()
    if role == "superuser":
        return user_model.objects.create_superuser(f"t-{role}", f"{role}@example.org", "pw")
    user = user_model.objects.create_user(f"t-{role}", f"{role}@example.org", "pw")
    group = {
        "national": NATIONAL_GROUP,
        "webbadmin": WEBADMIN_GROUP,
        "malmo": Node.objects.get(slug="malmo").editor_group_name,
        "umea": Node.objects.get(slug="umea").editor_group_name,
    }[role]
    user.groups.add(Group.objects.get(name=group))
    return user


def tiny_png():
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "#0b5563").save(buffer, "PNG")
    return buffer.getvalue()


class Realm:
    """Objects owned by Malmö, Umeå, the national office and the shared collection: a page,
    a news index, a contact person, a published event and a published example each (the
    demo's), and an image and a document in each collection."""

    @staticmethod
    def node_page(node):
        page = StandardPage(title=f"Om noden {node.name}", slug="om-noden", intro="Test.")
        node.root_page.add_child(instance=page)
        page.save_revision().publish()
        page.save_revision()  # a draft on top, for the compare view
        return page

    def __init__(self):
        self.nodes = {slug: Node.objects.get(slug=slug) for slug in ("malmo", "umea")}
        self.pages = {slug: self.node_page(node) for slug, node in self.nodes.items()} | {
            "national": Page.objects.get(slug="organisation").specific
        }
        self.news = {
            slug: NewsIndexPage.objects.child_of(node.root_page).get()
            for slug, node in self.nodes.items()
        } | {"national": national_news_index()}
        self.people = {
            "malmo": Person.objects.filter(node=self.nodes["malmo"]).first(),
            "umea": Person.objects.filter(node=self.nodes["umea"]).first(),
            "national": Person.objects.filter(node__isnull=True).first(),
        }
        self.events = {
            "malmo": Event.objects.filter(node=self.nodes["malmo"], live=True).first(),
            "umea": Event.objects.filter(node=self.nodes["umea"], live=True).first(),
            "national": Event.objects.filter(node__isnull=True, live=True).first(),
        }
        self.examples = {
            "malmo": Example.objects.filter(node=self.nodes["malmo"], live=True).first(),
            "umea": Example.objects.filter(node=self.nodes["umea"], live=True).first(),
            "national": Example.objects.filter(node__isnull=True, live=True).first(),
        }
        self.pages["national"].save_revision()  # two revisions each, for the compare view
        snippets = [*self.people.values(), *self.events.values(), *self.examples.values()]
        for snippet in snippets:
            snippet.save_revision()
        collections = {
            "malmo": self.nodes["malmo"].collection,
            "umea": self.nodes["umea"].collection,
            "shared": Collection.objects.get(name=SHARED_COLLECTION),
        }
        image_model, document_model = get_image_model(), get_document_model()
        self.images, self.documents = {}, {}
        for owner, collection in collections.items():
            self.images[owner] = image_model.objects.create(
                title=f"Bild {owner}",
                collection=collection,
                file=ContentFile(tiny_png(), name=f"bild-{owner}.png"),
            )
            self.documents[owner] = document_model.objects.create(
                title=f"Dokument {owner}",
                collection=collection,
                file=ContentFile(b"%PDF-1.4 test", name=f"dokument-{owner}.pdf"),
            )


@pytest.fixture
def realm(demo):
    return Realm()


@pytest.fixture
def client_for(client):
    def _login(role):
        client.force_login(make_user(role))
        return client

    return _login
