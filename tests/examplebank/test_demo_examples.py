"""The example bank's demo content (examplebank/demo/): the bank page in the menu, published
examples over the national office and every node, tagged as described, found by search, and
removed by --reset without touching an editor's example."""

from django.core.management import call_command

from wagtail.models import WorkflowState
from wagtail.search.backends import get_search_backend

from examplebank.demo import PENDING_SUGGESTION
from examplebank.demo.examples import DEMO_EXAMPLES
from examplebank.models import Example, ExampleBankPage, ExampleSuggestion
from nodes.data import NODES
from pages.models import HomePage


def test_the_bank_is_in_the_menu_before_stories_and_meetings(demo):
    home = HomePage.objects.get()
    bank = ExampleBankPage.objects.get()
    assert bank.live and bank.show_in_menus
    assert bank.get_parent().pk == home.pk
    assert bank.slug == "exempelbanken"
    assert bank.intro and bank.suggestion_intro
    menu = list(home.get_children().live().in_menu().values_list("slug", flat=True))
    assert menu.index("exempelbanken") < menu.index("aktuellt")


def test_live_examples_cover_the_national_office_and_every_node(demo):
    live = Example.objects.visible()
    assert live.count() >= 20
    owners = set(live.values_list("node__slug", flat=True))
    assert owners == {None, *(node["slug"] for node in NODES)}
    assert not live.filter(live_revision__isnull=True).exists()
    assert live.filter(featured=True).exists()


def test_every_tag_the_demo_names_exists(demo):
    """The demo skips a term it cannot find; here a misspelt slug or number fails."""
    wrong = []
    for spec in DEMO_EXAMPLES:
        example = Example.objects.get(slug=spec["slug"])
        found = {
            "themes": sorted(example.themes.values_list("slug", flat=True)),
            "sectors": sorted(example.sectors.values_list("slug", flat=True)),
            "stages": sorted(example.stages.values_list("slug", flat=True)),
            "goals": sorted(example.goals.values_list("number", flat=True)),
            "level": example.level.slug if example.level_id else None,
            "region": example.region.code if example.region_id else None,
            "node": example.node.slug if example.node_id else None,
            "contact": example.contact.name if example.contact_id else None,
            "related": sorted(example.related_pages.values_list("page__slug", flat=True)),
        }
        for key, value in found.items():
            named = spec.get(key)
            if isinstance(value, list):
                named = sorted(named or [])
            if value != named:
                wrong.append(f"{spec['slug']} {key}: {value} != {named}")
    assert not wrong, "\n".join(wrong)


def test_contacts_belong_to_the_examples_node(demo):
    for example in Example.objects.filter(contact__isnull=False).select_related("contact"):
        assert example.contact.node_id == example.node_id, example.name
        assert "(exempel)" in example.contact.role, example.contact.name


def test_every_demo_example_is_found_by_search(demo):
    backend = get_search_backend()
    live = Example.objects.visible()
    missing = [
        example.name
        for example in live
        if example.pk not in {hit.pk for hit in backend.search(example.summary, live)}
    ]
    assert not missing


def test_reset_removes_only_the_demos_examples(demo, settings):
    settings.DEBUG = True
    own = Example(name="Kansliets eget exempel", slug="kansliets-eget", summary="Eget.")
    own.save()
    own.save_revision().publish()
    demo_ids = set(Example.objects.exclude(pk=own.pk).values_list("pk", flat=True))

    call_command("load_demo_content", "--reset", verbosity=0)

    assert Example.objects.filter(pk=own.pk, live=True).exists()
    assert not Example.objects.filter(pk__in=demo_ids).exists()
    rebuilt = set(Example.objects.exclude(pk=own.pk).values_list("slug", flat=True))
    pending = ExampleSuggestion.objects.get().example.slug
    assert rebuilt == {spec["slug"] for spec in DEMO_EXAMPLES} | {pending}

    call_command("load_demo_content", verbosity=0)
    assert Example.objects.count() == len(DEMO_EXAMPLES) + 2


def test_one_suggestion_waits_for_the_national_offices_review(demo):
    suggestion = ExampleSuggestion.objects.select_related("example").get()
    example = suggestion.example
    assert example.name == PENDING_SUGGESTION["name"]
    assert not example.live and example.node_id is None
    assert suggestion.email == PENDING_SUGGESTION["email"] and suggestion.consent_text
    state = WorkflowState.objects.for_instance(example).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Nationella kansliet granskar"
    assert not Example.objects.visible().filter(pk=example.pk).exists()
