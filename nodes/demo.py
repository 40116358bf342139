"""Demo content for the nodes: set-up, invented contact people, one editor account per group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from pages.demo.helpers import child_page, rich_text
from pages.demo.records import demo_objects, subtree_is_demo
from pages.models import HomePage, SiteSettings

from .data import NATIONAL_GROUP, WEBADMIN_GROUP
from .models import ContactPage, Node, Person
from .models.owned import node_owned_models
from .setup import NodeSetup

# Rows of these models that the demo adds are recorded, and removed again by --reset.
DEMO_MODELS = ["nodes.Node", "nodes.Person"]

# Invented names, marked as examples: no real staff appear in demo content.
PEOPLE = {
    None: [
        (
            "Kim Exempelsson",
            "Verksamhetsledare (exempel)",
            "Nationella kansliet, Malmö universitet",
        ),
        ("Alex Demosson", "Kommunikatör (exempel)", "Nationella kansliet"),
    ],
    "boras": [("Robin Provsdotter", "Nodsamordnare (exempel)", "Högskolan i Borås")],
    "lulea": [("Sam Testberg", "Nodsamordnare (exempel)", "Luleå tekniska universitet")],
    "malmo": [
        ("Maja Exempeldotter", "Nodsamordnare (exempel)", "Malmö universitet"),
        ("Jonas Påhittad", "Projektledare (exempel)", "Malmö universitet"),
    ],
    "umea": [("Elin Demodotter", "Nodsamordnare (exempel)", "Umeå universitet")],
    "orebro": [("Omar Provsson", "Nodsamordnare (exempel)", "Örebro universitet")],
}


def accounts():
    """(username, group name) for every demo editor account."""
    accounts = [("nationell", NATIONAL_GROUP), ("webbadmin", WEBADMIN_GROUP)]
    for node in Node.objects.active().order_by("name"):
        accounts.append((f"nod-{node.slug}", node.editor_group_name))
    return accounts


def build(log):
    NodeSetup(log=lambda message: None).run()
    log("Noder, nodsidor, samlingar och grupper klara")
    for slug, people in PEOPLE.items():
        node = Node.objects.get(slug=slug) if slug else None
        for name, role, organisation in people:
            person = Person.objects.filter(name=name).first()
            if person is None:
                person = Person(
                    name=name,
                    role=role,
                    organisation=organisation,
                    node=node,
                    email=f"{name.split()[0].lower()}@example.org",
                )
                person.save()
                person.save_revision().publish()
        if node and node.root_page and not node.root_page.contacts.exists():
            page = node.root_page
            page.contacts.set(Person.objects.filter(node=node))
            page.save_revision().publish()
    log("Kontaktpersoner klara")
    contact_page(log)
    user_model = get_user_model()
    for username, group_name in accounts():
        user, created = user_model.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.set([Group.objects.get(name=group_name)])
    log("Demokonton för redaktörer klara")


def contact_page(log):
    """/kontakt/ with the national office's people; the nodes' come from their home pages."""
    home = HomePage.objects.first()
    if home is None:
        return
    page, created = child_page(
        home,
        ContactPage,
        "kontakt",
        title="Kontakta oss",
        show_in_menus=False,
        intro=(
            "Frågor om social innovation, samarbeten eller webbplatsen? Hör av dig till "
            "nationella kansliet eller till noden närmast dig."
        ),
        body=[
            rich_text(
                "Det nationella kansliet finns vid Malmö universitet. Mejla "
                '<a href="mailto:info@socialinnovation.se">info@socialinnovation.se</a>, så '
                "kopplar vi dig vidare till rätt nod eller person."
            )
        ],
        feedback_to="info@socialinnovation.se",
        feedback_intro=(
            "Har du synpunkter på webbplatsen, hittar du inte det du söker eller vill du "
            "tipsa oss? Skriv här. Meddelandet går till nationella kansliet."
        ),
    )
    if created and isinstance(page, ContactPage):
        page.contacts.set(Person.objects.filter(node=None, live=True))
        page.save_revision().publish()
    settings = SiteSettings.for_site(home.get_site())
    if settings.contact_page_id is None:
        settings.contact_page = page
        settings.save()
    log("Kontaktsidan klar")


def reset(log):
    """Only the people, nodes and accounts the demo created (pages/demo/records.py). A node
    keeps existing while its tree or its items hold anything an editor made."""
    for model in node_owned_models():
        demo_objects(model).delete()
    for node in demo_objects(Node):
        own_items = any(model.objects.filter(node=node).exists() for model in node_owned_models())
        if own_items or (node.root_page and not subtree_is_demo(node.root_page)):
            log(f"Noden {node.name} finns kvar: den har innehåll som redaktörer har skapat.")
        else:
            node.delete()
    demo_objects(get_user_model()).delete()
