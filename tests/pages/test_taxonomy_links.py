"""Links apps register for taxonomy terms (pages/taxonomy_links.py), and the process-model
block that shows them for each stage (pages/blocks/process_model.py)."""

import pytest

from wagtail import hooks

from pages.blocks import BodyBlock, StandardBodyBlock
from pages.models import ProcessStage, Theme
from pages.taxonomy_links import TAXONOMY_LINKS_HOOK, TaxonomyLink, taxonomy_links, term_links


def stage_links(terms, request):
    """A test app that links to every other process stage, and knows nothing of themes."""
    if not isinstance(terms[0], ProcessStage):
        return {}
    return {
        term.pk: (f"Mer om {term.name}", f"/test/{term.slug}/")
        for term in terms
        if term.sort_order % 2
    }


@pytest.fixture
def registered(monkeypatch):
    """The test app's function is the only one registered (the example bank's is left out)."""
    get_hooks = hooks.get_hooks
    monkeypatch.setattr(
        hooks,
        "get_hooks",
        lambda name: [stage_links] if name == TAXONOMY_LINKS_HOOK else get_hooks(name),
    )


@pytest.mark.django_db
def test_terms_get_the_links_an_app_registers(registered):
    stages = list(ProcessStage.objects.order_by("sort_order"))
    found = taxonomy_links(stages)
    odd = [stage for stage in stages if stage.sort_order % 2]
    assert odd and set(found) == {stage.pk for stage in odd}
    assert term_links(odd[0]) == [TaxonomyLink(f"Mer om {odd[0].name}", f"/test/{odd[0].slug}/")]


@pytest.mark.django_db
def test_no_terms_no_term_and_unknown_models_give_no_links(registered):
    assert taxonomy_links([]) == {}
    assert term_links(None) == []
    assert taxonomy_links(Theme.objects.all()) == {}


def test_only_a_standard_pages_sections_offer_the_process_model():
    standard = StandardBodyBlock()
    content = standard.child_blocks["section"].child_blocks["content"]
    assert "process_model" in content.child_blocks
    assert "process_model" not in standard.child_blocks  # its h3s need a section's h2
    shared = BodyBlock().child_blocks["section"].child_blocks["content"]
    assert "process_model" not in shared.child_blocks
    block = content.child_blocks["process_model"]
    assert block.meta.description and block.meta.icon != "placeholder"
    assert block.meta.template.startswith("components/blocks/")


@pytest.mark.django_db
def test_the_process_model_block_shows_each_stages_links(registered, rf):
    block = StandardBodyBlock().child_blocks["section"].child_blocks["content"]
    html = block.child_blocks["process_model"].render(None, {"request": rf.get("/")})
    for stage in ProcessStage.objects.all():
        assert f'<h3 class="process-model__name">{stage.name}</h3>' in html
        link = f'href="/test/{stage.slug}/">Mer om {stage.name}</a>'
        assert (link in html) == bool(stage.sort_order % 2)
