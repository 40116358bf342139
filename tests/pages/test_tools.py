"""MSI's tools for change (#15, docs/tools-for-change.md): the process model and the orientation
map drawn from their parts, a page per part with what is tagged with it, and the worksheet."""

import re

import pytest

from django.core.cache import cache, caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from examplebank.generated import generate_examples
from examplebank.models import Example
from nodes.setup import TAXONOMIES
from pages.models import MapFactor, ProcessStage, ToolPage
from pages.tool_diagram import SIZE, diagram, wrap

pytestmark = pytest.mark.django_db

MAP = "/social-innovation/orienteringskartan/"
PROCESS = "/social-innovation/processmodellen/"
FACTOR = MAP + "aktorer-och-samverkan/"
WORKSHEET = PROCESS + "arbetsblad/"


def get(url, client=None):
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def svg(html):
    return html[html.index('<svg class="tool-diagram__svg"') : html.index("</svg>")]


def plain_list(html):
    start = html.index('<ol class="tool-list">')
    return html[start : html.index("</ol>", start)]


def hrefs(fragment):
    return re.findall(r'href="([^"]+)"', fragment)


@pytest.fixture
def cached(settings, demo):
    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def test_the_demo_has_both_tools_with_every_part_described(demo):
    assert set(ToolPage.objects.live().values_list("tool", flat=True)) == {"process", "map"}
    assert MapFactor.objects.count() == 4
    for part in [*ProcessStage.objects.all(), *MapFactor.objects.all()]:
        assert part.definition and part.questions and part.icon_path, part
    assert all(len(factor.questions) == 2 for factor in MapFactor.objects.all())


@pytest.mark.parametrize(("url", "model"), [(MAP, MapFactor), (PROCESS, ProcessStage)])
def test_the_diagram_and_the_list_link_every_part_in_order(demo, url, model):
    html = get(url)
    expected = [f"{url}{slug}/" for slug in model.objects.values_list("slug", flat=True)]
    assert hrefs(svg(html)) == expected
    assert hrefs(plain_list(html)) == expected
    for part in model.objects.all():
        assert f"{part.name} (" in svg(html)  # each link's accessible name starts with it


def test_renaming_a_factor_changes_the_svg_and_the_list_with_the_page_cache_on(cached):
    get(MAP)
    assert Client().get(MAP)["X-Page-Cache"] == "hit"
    factor = MapFactor.objects.get(slug="stod-och-resurser")
    factor.name = "Pengar och lokaler"
    factor.save()
    response = Client().get(MAP)
    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert "Pengar och lokaler" in svg(html)  # the label's words, in its tspans
    assert "<tspan" in svg(html) and "Stöd och resurser" not in html
    assert "Pengar och lokaler" in plain_list(html)


def test_reordering_the_parts_reorders_the_diagram(demo):
    first = MapFactor.objects.order_by("sort_order").first()
    first.sort_order = 99
    first.save()
    assert hrefs(svg(get(MAP)))[-1] == f"{MAP}{first.slug}/"


def test_a_factor_page_shows_its_definition_questions_and_what_is_tagged(demo):
    factor = MapFactor.objects.get(slug="aktorer-och-samverkan")
    html = get(FACTOR)
    assert factor.definition in html
    for question in factor.questions:
        assert question in html
    assert "Fritidsbanken" in html  # an example tagged with it
    assert "Högskolan i Borås blir ny nod i MSI" in html  # a news article tagged with it
    assert "Ekosystem för social innovation i Sverige" in html  # a publication
    assert 'href="/exempelbanken/?faktor=aktorer-och-samverkan"' in html
    assert f'href="{PROCESS}' not in html  # only its own tool's parts
    assert 'href="/social-innovation/orienteringskartan/arbetsblad/"' in html
    start = html.index('class="breadcrumbs"')
    crumbs = html[start : html.index("</nav>", start)]
    assert f'<a href="{MAP}">Orienteringskarta för samhällsförändring</a>' in crumbs
    assert '<span aria-current="page">Aktörer och samverkan</span>' in crumbs


def test_all_examples_at_a_stage_leads_into_the_banks_filtered_view(demo):
    html = get(PROCESS + "mobilisera/")
    assert 'href="/exempelbanken/?steg=mobilisera"' in html
    bank = get("/exempelbanken/?steg=mobilisera")
    tagged = Example.objects.visible().filter(stages__slug="mobilisera")
    assert tagged.exists()
    for example in tagged:
        assert example.name in bank


def test_the_bank_filters_by_factor(demo):
    html = get("/exempelbanken/?faktor=samhallsstrukturer")
    assert "Just Arrived" in html
    assert "Fritidsbanken" not in html
    assert "Det finns ingen sådan faktor." in get("/exempelbanken/?faktor=finns-inte")


def test_a_part_with_nothing_tagged_says_so(demo):
    assert "Inga exempel, nyheter eller publikationer" not in get(FACTOR)
    Example.objects.update(live=False)
    from news.models import NewsArticlePage, PublicationPage

    NewsArticlePage.objects.update(live=False)
    PublicationPage.objects.update(live=False)
    assert "Inga exempel, nyheter eller publikationer" in get(FACTOR)


@pytest.mark.parametrize(
    "url",
    [
        MAP + "?page=abc&faktor=%00",
        FACTOR + "?x=%ff%fe&page=-1",
        WORKSHEET + "?svar=<script>",
        PROCESS + "?steg[]=1",
    ],
)
def test_odd_query_strings_give_the_page(demo, url):
    assert Client().get(url).status_code == 200


@pytest.mark.parametrize(
    "url", [MAP + "finns-inte/", MAP + "%C3%A5%C3%A4/", PROCESS + "aktorer-och-samverkan/"]
)
def test_an_unknown_part_is_not_found(demo, url):
    assert Client().get(url).status_code == 404


def test_the_worksheet_has_every_question_and_nothing_that_could_send_them(demo):
    html = get(WORKSHEET)
    for stage in ProcessStage.objects.all():
        for question in stage.questions:
            assert question in html
    main = html[html.index('<main id="main"') : html.index("</main>")]
    assert "<form" not in main
    assert not re.search(r"<(textarea|input)[^>]*\sname=", main)
    assert "Inget skickas till eller sparas på vår server" in main
    assert main.count("<textarea") == sum(len(s.questions) for s in ProcessStage.objects.all())


def test_the_factor_pages_queries_stay_the_same_for_20_and_2000_examples(
    demo, client, django_assert_num_queries
):
    factor = MapFactor.objects.get(slug="aktorer-och-samverkan")
    through = Example.factors.through

    def tag(ids):
        through.objects.bulk_create(
            (through(example_id=pk, mapfactor_id=factor.pk) for pk in ids), ignore_conflicts=True
        )

    Example.objects.filter(factors=factor).update(live=False)  # only generated ones count
    tag(generate_examples(20, prefix="faktor"))
    assert Example.objects.visible().filter(factors=factor).count() == 20

    def count(url=FACTOR):
        assert client.get(url).status_code == 200  # renditions made
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    few = count()
    tag(generate_examples(1980, start=20, prefix="faktor"))
    assert Example.objects.visible().filter(factors=factor).count() == 2000
    cache.clear()
    with django_assert_num_queries(few):
        assert client.get(FACTOR).status_code == 200
    # What a plain page costs (site, routing, menu, breadcrumbs, footer) plus at most 8: the
    # part, the bank, the examples, their images and renditions, nodes, news, publications.
    assert few <= count("/om-msi/") + 8, few


def test_the_national_office_may_add_and_name_a_factor():
    assert "pages.add_mapfactor" in TAXONOMIES and "pages.change_mapfactor" in TAXONOMIES
    assert "pages.add_processstage" not in TAXONOMIES


def test_labels_wrap_at_spaces_and_the_parts_stay_inside_the_picture():
    assert wrap("Förverkliga och sprida") == ["Förverkliga", "och sprida"]
    assert wrap("Samhällsstrukturer") == ["Samhälls-", "strukturer"]
    assert wrap("Förstå samhällsutmaningen") == ["Förstå", "samhälls-", "utmaningen"]

    class Part:
        def __init__(self, name):
            self.name = name

    for count in range(1, 9):
        drawn = diagram([Part(f"Del {n}") for n in range(count)], "Social innovation")
        for part in drawn.parts:
            assert drawn.part_radius <= part.x <= SIZE - drawn.part_radius
            assert drawn.part_radius <= part.y <= SIZE - drawn.part_radius
        assert len({(p.x, p.y) for p in drawn.parts}) == count


def test_the_national_office_adds_names_and_orders_factors_in_the_admin(client, demo):
    from django.urls import reverse

    from tests.nodes.conftest import make_user

    client.force_login(make_user("national"))
    viewset = MapFactor.snippet_viewset
    listing = client.get(reverse(viewset.get_url_name("list")))
    assert listing.status_code == 200
    assert "Aktörer och samverkan" in listing.content.decode()
    response = client.post(
        reverse(viewset.get_url_name("add")),
        {
            "name": "Lärande",
            "slug": "larande",
            "definition": "Hur kunskap växer.",
            "guiding_question": "Vad har vi lärt oss?\nVem lär sig av oss?",
            "icon": "glodlampa",
            "references": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    added = MapFactor.objects.get(slug="larande")
    assert added.questions == ["Vad har vi lärt oss?", "Vem lär sig av oss?"]
    assert "Lärande" in svg(get(MAP))


def test_a_node_editor_may_not_change_the_factors(client, demo):
    from django.urls import reverse

    from tests.nodes.conftest import make_user

    client.force_login(make_user("malmo"))
    factor = MapFactor.objects.first()
    edit = reverse(MapFactor.snippet_viewset.get_url_name("edit"), args=[factor.pk])
    client.post(edit, {"name": "Ändrad", "slug": factor.slug})
    assert MapFactor.objects.get(pk=factor.pk).name == factor.name


def test_the_process_model_block_links_each_stage_to_its_page(demo):
    html = get("/social-innovation/")
    for slug in ProcessStage.objects.values_list("slug", flat=True):
        assert f'href="{PROCESS}{slug}/"' in html
    ToolPage.objects.filter(tool="process").update(live=False)
    assert f'href="{PROCESS}mobilisera/"' not in get("/social-innovation/")
