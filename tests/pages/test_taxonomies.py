"""The fixed vocabularies examples, news and events are tagged with (issue #11, part 1)."""

import pytest

from django.urls import NoReverseMatch, reverse

from pages.models import Level, ProcessStage, Region, Sector, SustainableDevelopmentGoal
from tests.nodes.conftest import make_user

pytestmark = pytest.mark.django_db


def test_sectors_levels_and_stages_are_seeded_in_order():
    assert list(Sector.objects.values_list("name", flat=True)) == [
        "Offentlig sektor",
        "Civilsamhälle",
        "Näringsliv",
        "Akademi",
    ]
    assert list(Level.objects.values_list("slug", flat=True)) == ["grasrot", "samhalle", "system"]
    assert list(ProcessStage.objects.values_list("name", flat=True)) == [
        "Förstå samhällsutmaningen",
        "Visionera samhällsförändring",
        "Mobilisera",
        "Utveckla och testa",
        "Förverkliga och sprida",
        "Skapa värde",
    ]


def test_the_17_goals_have_their_numbers_and_swedish_names():
    goals = list(SustainableDevelopmentGoal.objects.all())
    assert [goal.number for goal in goals] == list(range(1, 18))
    assert str(goals[0]) == "1. Ingen fattigdom"
    assert goals[12].name == "Bekämpa klimatförändringarna"
    assert goals[16].name == "Genomförande och globalt partnerskap"


def test_the_21_regions_with_their_official_codes():
    regions = {region.code: region for region in Region.objects.all()}
    assert len(regions) == 21
    assert set(regions) == {f"{code:02}" for code in range(1, 26)} - {"02", "11", "15", "16"}
    assert regions["12"].name == "Skåne län" and regions["12"].slug == "skane-lan"
    assert regions["25"].name == "Norrbottens län"
    assert regions["18"].slug == "orebro-lan"


def test_goals_and_regions_have_no_admin_views():
    for model in (SustainableDevelopmentGoal, Region):
        assert not hasattr(model, "snippet_viewset")
        with pytest.raises(NoReverseMatch):
            reverse(f"wagtailsnippets_pages_{model._meta.model_name}:list")


@pytest.mark.parametrize("model", [Sector, Level, ProcessStage])
def test_the_national_office_may_reword_a_term_but_not_add_or_delete(client, demo, model):
    client.force_login(make_user("national"))
    viewset = model.snippet_viewset
    term = model.objects.first()
    edit = reverse(viewset.get_url_name("edit"), args=[term.pk])
    assert client.get(edit).status_code == 200
    response = client.post(edit, {"name": term.name + " (omformulerad)", "slug": term.slug})
    assert response.status_code == 302
    assert model.objects.get(pk=term.pk).name.endswith("(omformulerad)")
    count = model.objects.count()
    assert client.get(reverse(viewset.get_url_name("add"))).status_code in (302, 403)
    client.post(reverse(viewset.get_url_name("delete"), args=[term.pk]))
    assert model.objects.count() == count


def test_node_editors_may_not_change_the_vocabularies(client, demo):
    client.force_login(make_user("malmo"))
    term = Sector.objects.first()
    edit = reverse(Sector.snippet_viewset.get_url_name("edit"), args=[term.pk])
    assert client.get(edit).status_code in (302, 403)
    client.post(edit, {"name": "Ändrad", "slug": term.slug})
    assert Sector.objects.get(pk=term.pk).name == "Offentlig sektor"
