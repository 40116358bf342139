"""Links straight into the bank, filtered by a theme or a process stage
(examplebank/taxonomy_links.py through pages/taxonomy_links.py): from a theme's news listing
and from the process model's stages, only where the bank has published examples to show."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import national_news_index
from pages.models import HomePage, ProcessStage, StandardPage, Theme
from tests.factories import make_example


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def bank_links(html):
    """(href, text) of every link into the bank filtered by one term."""
    return re.findall(r'<a class="more-link" href="(/exempelbanken/\?[^"]+)">([^<]+)</a>', html)


# --- a theme's news listing --------------------------------------------------------------------


def test_a_themes_news_listing_links_to_the_banks_examples_on_that_theme(client, bank):
    theme, other = Theme.objects.order_by("name")[:2]
    make_example("Exempel på temat", themes=[theme])
    make_example("Exempel på ett annat tema", themes=[other])
    news = national_news_index().url
    links = bank_links(get(client, news, tema=theme.slug))
    assert links == [
        (f"/exempelbanken/?tema={theme.slug}", f"Exempel på temat ”{theme.name}” i exempelbanken")
    ]
    assert bank_links(get(client, news)) == []  # no theme chosen


def test_no_link_when_the_bank_has_no_published_example_on_the_theme(client, bank):
    theme, other = Theme.objects.order_by("name")[:2]
    make_example("Ett utkast på temat", themes=[theme], live=False)
    make_example("Ett exempel på ett annat tema", themes=[other])
    assert bank_links(get(client, national_news_index().url, tema=theme.slug)) == []


def test_no_link_when_the_bank_is_not_published(client, bank):
    theme = Theme.objects.first()
    make_example("Exempel på temat", themes=[theme])
    bank.unpublish()
    assert bank_links(get(client, national_news_index().url, tema=theme.slug)) == []


def test_an_unknown_theme_gives_the_listing_without_a_link(client, bank):
    make_example("Exempel", themes=list(Theme.objects.all()))
    html = get(client, national_news_index().url, tema="finns-inte")
    assert bank_links(html) == []


# --- the process model ---------------------------------------------------------------------


def process_model_page():
    """A standard page with the process model in a section, as an editor would build it."""
    page = StandardPage(
        title="Processmodellen",
        slug="processmodellen-test",
        body=[
            {
                "type": "section",
                "value": {
                    "heading": "Hur skapas sociala innovationer?",
                    "content": [{"type": "process_model", "value": None}],
                },
            }
        ],
    )
    HomePage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def stage_headings(html):
    return re.findall(r'<h3 class="process-model__name">([^<]+)</h3>', html)


def test_the_process_model_lists_every_stage_in_order_with_its_question(client, bank):
    stages = list(ProcessStage.objects.order_by("sort_order"))
    stages[1].guiding_question = "Hur ser det ut när <utmaningen> är löst?"
    stages[1].save()
    html = get(client, process_model_page().url)
    assert stage_headings(html) == [stage.name for stage in stages]
    assert "Hur ser det ut när &lt;utmaningen&gt; är löst?" in html
    # the h3s belong to the section's h2
    assert html.index("<h2") < html.index('<h3 class="process-model__name">')


def test_each_stage_with_published_examples_links_into_the_bank(client, bank):
    stages = list(ProcessStage.objects.order_by("sort_order"))
    first, third, fifth = stages[0], stages[2], stages[4]
    make_example("Ett exempel i två steg", stages=[first, third])
    make_example("Ett utkast", stages=[fifth], live=False)
    html = get(client, process_model_page().url)
    assert bank_links(html) == [
        (
            f"/exempelbanken/?steg={first.slug}",
            f"Exempel från steget ”{first.name}” i exempelbanken",
        ),
        (
            f"/exempelbanken/?steg={third.slug}",
            f"Exempel från steget ”{third.name}” i exempelbanken",
        ),
    ]
    # each link is inside its own stage's list item
    items = html.split('<li class="process-model__stage">')[1:]
    linked = {stage_headings(item)[0]: bank_links(item) for item in items}
    assert [name for name, links in linked.items() if links] == [first.name, third.name]
    assert linked[first.name][0][0].endswith(first.slug)


def test_the_process_model_costs_the_same_queries_for_one_linked_stage_as_for_all(client, bank):
    stages = list(ProcessStage.objects.all())
    url = process_model_page().url
    make_example("Ett steg", stages=stages[:1])
    get(client, url)
    with CaptureQueriesContext(connection) as one:
        get(client, url)
    make_example("Alla steg", stages=stages)
    with CaptureQueriesContext(connection) as every:
        assert len(bank_links(get(client, url))) == len(stages)
    assert len(every) <= len(one)


def test_the_demos_process_model_page_shows_the_stages(client, demo):
    html = get(client, "/social-innovation/")
    names = list(ProcessStage.objects.order_by("sort_order").values_list("name", flat=True))
    assert stage_headings(html) == names
    assert "Vilket behov möter vi, och vems behov är det?" in html
