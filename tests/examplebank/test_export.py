"""The open-data export (examplebank/export.py, docs/open-data.md): it lists what the listing
lists, parses as CSV and JSON, carries its licence, holds nothing personal, and streams a
chunk at a time."""

import csv
import gc
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from django.db import connection
from django.http import QueryDict, StreamingHttpResponse
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from examplebank import export, export_rows
from examplebank.export_fields import FIELD_NAMES
from examplebank.facets import BankQuery
from examplebank.models import Example, ExampleSuggestion
from nodes.models import Node, Person
from pages.models import (
    Level,
    ProcessStage,
    Region,
    Sector,
    SiteSettings,
    SustainableDevelopmentGoal,
    Theme,
)
from tests.conftest import require
from tests.factories import make_example, make_many_examples

DOCS = Path(__file__).resolve().parents[2] / "docs" / "open-data.md"


# --- helpers ----------------------------------------------------------------------------------
def get_export(client, bank, fmt, query=""):
    response = client.get(bank.export_url(None, fmt) + (f"?{query}" if query else ""))
    assert response.status_code == 200, response
    return response, b"".join(response.streaming_content)


def csv_rows(body):
    assert body.startswith(b"\xef\xbb\xbf"), "CSV starts with a UTF-8 byte-order mark"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def json_data(body):
    return json.loads(body.decode("utf-8"))


def exported(client, bank, query=""):
    """(CSV rows, JSON object) of one query string."""
    return (
        csv_rows(get_export(client, bank, "csv", query)[1]),
        json_data(get_export(client, bank, "json", query)[1]),
    )


def listing_slugs(client, bank, query=""):
    """The slugs the listing links to, over all its pages."""
    slugs, page = [], 1
    while True:
        separator = "&" if query else ""
        html = client.get(f"{bank.url}?{query}{separator}sida={page}").content.decode()
        links = re.findall(r'class="example-card__link" href="([^"]+)"', html)
        slugs += [link.rstrip("/").rsplit("/", 1)[-1] for link in links]
        if f"sida={page + 1}" not in html:
            return slugs
        page += 1


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        b"".join(response.streaming_content)
    return len(queries)


# --- fixtures ---------------------------------------------------------------------------------
@pytest.fixture
def full(bank):
    """One example with every field filled, owned by a node, with a contact person and a
    suggestion holding personal data."""
    node = Node.objects.order_by("name").first()
    person = Person.objects.create(
        name="Kontakta Personsson",
        email="kontakta.personsson@example.org",
        phone="070-987 65 43",
        node=node,
        live=True,
    )
    example = make_example(
        "Fritidsbanken",
        summary="Lånar ut sport- och fritidsutrustning gratis.",
        organisations="Fritidsbanken Sverige, Svenska kyrkan",
        municipality="Ljusdal",
        region=Region.objects.get(code="21"),
        year_started=2013,
        status=Example.Status.SPREAD,
        level=Level.objects.order_by("sort_order").first(),
        source="100 sociala innovationer (2017)",
        node=node,
        contact=person,
        themes=list(Theme.objects.order_by("name")[:2]),
        sectors=[Sector.objects.get(slug="civilsamhalle")],
        goals=list(SustainableDevelopmentGoal.objects.filter(number__in=[3, 10])),
        stages=list(ProcessStage.objects.order_by("sort_order")[:2]),
    )
    example.description = [
        {
            "type": "rich_text",
            "value": "<p>Sport &amp; fritid <b>gratis</b>.</p><ul><li>Ett</li></ul>",
        },
        {
            "type": "section",
            "value": {
                "heading": "Så fungerar det",
                "content": [{"type": "quote", "value": {"quote": "Alla ska kunna vara med."}}],
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Hitta närmaste",
                "text": "",
                "link_label": "Länktext som inte hör till beskrivningen",
                "page": None,
                "url": "https://www.fritidsbanken.se/",
            },
        },
    ]
    example.links = [
        {"type": "link", "value": {"title": "Webbplatsen", "url": "https://www.fritidsbanken.se/"}}
    ]
    example.save()
    ExampleSuggestion.objects.create(
        example=example, email="foreslagare@example.net", consent_text="Jag samtycker."
    )
    return example


# --- tests ------------------------------------------------------------------------------------
@pytest.mark.postgres
def test_export_lists_what_the_listing_lists(client, bank):
    require(connection.vendor == "postgresql", "needs PostgreSQL: set DATABASE_URL")
    make_many_examples(40, seed=3, draft_every=7)
    theme = Theme.objects.order_by("name").first()
    # Made last, so first by name and by date but last by id: order matters below.
    civil = Sector.objects.get(slug="civilsamhalle")
    make_example("Allmänningen", summary="Odling för alla.", themes=[theme], sectors=[civil])
    make_example("Bygemenskap", themes=[theme], sectors=[civil], status="spridd")
    make_example("Ängsodling", summary="Odling i bostadsområden.", status="pilot")
    make_example("Takodling", summary="Odling på taket.", live=False)
    queries = [
        "",
        f"tema={theme.slug}",
        f"tema={theme.slug}&sektor=civilsamhalle&ordning=nyast",
        "status=pilot&status=spridd&ordning=namn",
        "q=odling",
        "q=odling&ordning=nyast",
    ]
    for query in queries:
        expected = BankQuery(QueryDict(query)).ordered_ids
        if query != "q=odling":
            assert expected != sorted(expected), query  # the test would see a lost order
        rows, data = exported(client, bank, query)
        assert [int(row["id"]) for row in rows] == expected, query
        assert [record["id"] for record in data["examples"]] == expected, query
        assert [record["slug"] for record in data["examples"]] == listing_slugs(
            client, bank, query
        ), query
    assert len(exported(client, bank)[1]["examples"]) > 12, "more than one listing page"


def test_every_page_not_just_one(client, bank):
    make_many_examples(30, seed=4)
    rows, data = exported(client, bank, "sida=2")
    assert len(rows) == len(data["examples"]) == 30


def test_fields_of_an_example(client, full, bank):
    rows, data = exported(client, bank)
    row = next(row for row in rows if row["slug"] == full.slug)
    record = next(record for record in data["examples"] if record["slug"] == full.slug)

    assert list(row) == FIELD_NAMES
    assert list(record) == FIELD_NAMES
    assert [field["name"] for field in data["fields"]] == FIELD_NAMES

    assert record["id"] == full.pk and row["id"] == str(full.pk)
    assert record["url"] == f"{bank.get_full_url()}{full.slug}/"
    assert record["organisations"] == ["Fritidsbanken Sverige", "Svenska kyrkan"]
    assert row["organisations"] == "Fritidsbanken Sverige; Svenska kyrkan"
    assert (record["municipality"], record["region_code"]) == ("Ljusdal", "21")
    assert record["region"] == Region.objects.get(code="21").name
    assert record["year_started"] == 2013 and row["year_started"] == "2013"
    assert record["status"] == "spridd" and record["status_label"] == "Spridd"
    assert record["sdg_goals"] == [3, 10] and row["sdg_goals"] == "3; 10"
    themes = list(Theme.objects.order_by("name")[:2])
    assert record["themes"] == [theme.name for theme in themes]
    assert record["theme_slugs"] == [theme.slug for theme in themes]
    assert record["sectors"] == [Sector.objects.get(slug="civilsamhalle").name]
    stages = list(ProcessStage.objects.order_by("sort_order")[:2])
    assert record["process_stage_slugs"] == [stage.slug for stage in stages]
    assert record["level"] == Level.objects.order_by("sort_order").first().name
    assert record["links"] == ["https://www.fritidsbanken.se/"]
    assert record["source"] == "100 sociala innovationer (2017)"
    assert record["registered_by"] == full.node.name
    assert record["first_published"].startswith(str(full.first_published_at.year))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", record["last_published"])

    description = record["description"]
    assert description == row["description"]
    assert "Sport & fritid gratis." in description
    assert "Så fungerar det" in description and "Alla ska kunna vara med." in description
    assert "<" not in description and "&amp;" not in description
    assert "Länktext som inte hör till" not in description
    assert "Ett" in description.split("\n\n")


def test_national_office_and_empty_fields(client, bank):
    make_example("Kansliets exempel")
    rows, data = exported(client, bank)
    record = data["examples"][0]
    assert record["registered_by"] == "Nationella kansliet"
    assert record["region"] is None and record["year_started"] is None
    assert record["themes"] == [] and record["description"] is None
    assert rows[0]["region"] == "" and rows[0]["themes"] == ""


def test_no_personal_data(client, full, bank):
    for fmt in ("csv", "json"):
        body = get_export(client, bank, fmt)[1].decode("utf-8")
        assert full.slug in body
        for personal in (
            "kontakta.personsson@example.org",
            "070-987 65 43",
            "Kontakta Personsson",
            "foreslagare@example.net",
        ):
            assert personal not in body, (fmt, personal)


def test_unpublished_examples_never_appear(client, bank):
    make_many_examples(20, seed=6, draft_every=4)
    draft = make_example("Hemligt utkast", live=False)
    withdrawn = make_example("Tillbakadraget")
    withdrawn.unpublish()
    live = set(Example.objects.filter(live=True).values_list("slug", flat=True))
    rows, data = exported(client, bank)
    for slugs in ({row["slug"] for row in rows}, {item["slug"] for item in data["examples"]}):
        assert slugs == live
        assert draft.slug not in slugs and withdrawn.slug not in slugs


def test_licence_from_the_site_settings(client, bank):
    make_example("Ett exempel")
    response, body = get_export(client, bank, "json")
    data = json_data(body)
    assert data["licence"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/deed.sv",
    }
    assert (
        response["Link"] == '<https://creativecommons.org/licenses/by/4.0/deed.sv>; rel="license"'
    )
    assert data["source"] == bank.get_full_url()

    settings = SiteSettings.for_site(bank.get_site())
    settings.open_data_licence = "CC0 1.0"
    settings.open_data_licence_url = "https://creativecommons.org/publicdomain/zero/1.0/deed.sv"
    settings.save()
    for fmt in ("csv", "json"):
        response, body = get_export(client, bank, fmt)
        assert response["Link"] == (
            '<https://creativecommons.org/publicdomain/zero/1.0/deed.sv>; rel="license"'
        )
    assert json_data(body)["licence"]["name"] == "CC0 1.0"


def test_a_streamed_download(client, bank):
    make_example("Ett exempel")
    today = date.today().isoformat()
    for fmt, content_type in (("csv", "text/csv"), ("json", "application/json")):
        response = client.get(bank.export_url(None, fmt))
        assert isinstance(response, StreamingHttpResponse)
        assert response["Content-Type"].startswith(content_type)
        assert "charset=utf-8" in response["Content-Type"]
        assert response["Content-Disposition"] == (
            f'attachment; filename="exempelbanken-{today}.{fmt}"'
        )
        b"".join(response.streaming_content)


def test_chunks_are_read_as_the_body_is_sent(client, bank, monkeypatch):
    make_many_examples(30, seed=7)
    monkeypatch.setattr(export_rows, "CHUNK_SIZE", 10)
    monkeypatch.setattr(export, "WRITE_SIZE", 1)
    first = BankQuery(QueryDict()).ordered_ids[0]
    slug = Example.objects.get(pk=first).slug

    def chunk_reads(queries):
        return sum('"examplebank_example"."id" IN (' in query["sql"] for query in queries)

    for fmt in ("csv", "json"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(bank.export_url(None, fmt))
            sent = b""
            parts = iter(response.streaming_content)
            while slug.encode() not in sent:
                sent += next(parts)
            assert chunk_reads(queries.captured_queries) == 1, fmt
            for part in parts:
                sent += part
            assert chunk_reads(queries.captured_queries) == 3, fmt


def test_the_body_leaves_no_garbage_per_example(bank):
    """Whatever the body reads is freed as soon as it is written: nothing waits for the cyclic
    garbage collector (which would let a long export grow as if it were not streamed)."""
    make_many_examples(60, seed=11)
    Example.objects.update(
        description=[{"type": "rich_text", "value": "<p>Text</p>"}],
        links=[{"type": "link", "value": {"title": "Webbplats", "url": "https://example.org/"}}],
    )
    ids = BankQuery(QueryDict()).ordered_ids
    for write in (
        lambda rows: export.csv_lines(rows, "https://example.org/"),
        lambda rows: export.json_parts(rows, "https://example.org/", {}),
    ):
        gc.collect()
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            assert sum(1 for _part in write(export_rows.rows_in_order(ids))) > 60
            gc.collect()
            left = len(gc.garbage)
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
        assert left < 60


def test_queries_grow_with_chunks_not_with_examples(client, bank, monkeypatch):
    url = bank.export_url(None, "json") + "?ordning=nyast"
    make_many_examples(20, seed=8)
    query_count(client, url)  # warms the site's caches
    twenty = query_count(client, url)
    make_many_examples(180, seed=9, start=20)
    query_count(client, url)  # reads the bank's data again (memo.py), as after any change
    assert query_count(client, url) == twenty  # one chunk (500) for 20 and for 200

    counts = {}
    for size in (200, 100, 50):
        monkeypatch.setattr(export_rows, "CHUNK_SIZE", size)
        counts[size] = query_count(client, url)
    per_chunk = counts[100] - counts[200]
    assert 0 < per_chunk <= 5  # the examples, then sectors, themes, goals and stages
    assert counts[50] == counts[200] + 3 * per_chunk


def test_csv_cells_are_never_formulas(client, bank):
    make_example('=HYPERLINK("https://example.com","klicka")', summary="+46 8 123 45 67")
    make_example("@SUM(A1)", summary="-2+3", organisations="=1+1")
    rows, data = exported(client, bank)
    for row in rows:
        for name, value in row.items():
            assert not value.startswith(("=", "+", "-", "@")), (name, value)
    assert {row["name"] for row in rows} == {
        '\'=HYPERLINK("https://example.com","klicka")',
        "'@SUM(A1)",
    }
    names = {record["name"] for record in data["examples"]}
    assert '=HYPERLINK("https://example.com","klicka")' in names  # JSON keeps the text


@pytest.mark.parametrize(
    "query",
    [
        "mal=18",
        "tema=finns-inte&tema=finns-inte&niva=%00",
        "ordning=baklanges&sida=0",
        "q=" + "odling " * 2000,
        "q=%22%22%22&lan=" + "x" * 5000,
        "status=" + "&status=".join(["pilot"] * 500),
    ],
)
def test_bad_query_strings(client, bank, query):
    make_many_examples(5, seed=10)
    rows, data = exported(client, bank, query)
    assert [record["id"] for record in data["examples"]] == [int(row["id"]) for row in rows]
    assert [record["id"] for record in data["examples"]] == BankQuery(QueryDict(query)).ordered_ids


def test_open_data_links_on_the_bank_page(client, bank):
    make_example("Ett exempel", status=Example.Status.PILOT)
    html = client.get(f"{bank.url}?status=pilot").content.decode()
    assert 'href="/exempelbanken/exempelbanken.csv?status=pilot"' in html
    assert 'href="/exempelbanken/exempelbanken.json?status=pilot"' in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/deed.sv" rel="license"' in html


def test_open_data_links_component():
    html = render_to_string(
        "components/open_data_links.html",
        {
            "csv_url": "/exempelbanken/exempelbanken.csv?tema=a",
            "json_url": "/exempelbanken/exempelbanken.json?tema=a",
            "licence": "Egen licens",
            "licence_url": "https://example.org/licens",
        },
    )
    assert 'href="/exempelbanken/exempelbanken.csv?tema=a"' in html
    assert "Ladda ner som CSV" in html and "Ladda ner som JSON" in html
    assert '<a href="https://example.org/licens" rel="license">Egen licens</a>' in html
    for name in FIELD_NAMES:
        assert f"<code>{name}</code>" in html


def test_every_field_is_documented():
    docs = DOCS.read_text(encoding="utf-8")
    for name in FIELD_NAMES:
        assert f"`{name}`" in docs, name
