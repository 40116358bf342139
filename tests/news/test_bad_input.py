"""Every new URL answers hostile query strings with a normal page or a 404, never a 500."""

import pytest

from tests.factories import PublicationPageFactory

from .conftest import soon

HOSTILE = [
    "page=abc",
    "page=-1",
    "page=1e9",
    "page=" + "9" * 400,
    "ar=99999",
    "ar=-2024",
    "ar=2024.5",
    "tema=doesnotexist",
    "tema=%00",
    "tema=%ED%A0%80",  # an unpaired surrogate, percent-encoded
    "nod=../../etc",
    "typ=" + "x" * 10000,
    "tema=a&tema=b&tema=c&ar=1&ar=2&page=1&page=x",
    "tema[]=x&ar[]=2024",
    "%FF%FE=1",
    "manad=2027-13",
    "manad=2027-00",
    "manad=0000-01",
    "manad=" + "2" * 5000,
    "format=x",
    "format=digitalt&format=hybrid&format=%00",
    "nod=nationellt&nod=umea&manad=2027-1",
]


@pytest.fixture
def urls(site):
    article = site.article(parent=site.node_news["malmo"], themes=["jamlik-halsa"])
    publication = PublicationPageFactory(parent=site.publications)
    event = site.event(soon(5), node="malmo", themes=["jamlik-halsa"])
    return [
        "/aktuellt/evenemang/",
        "/aktuellt/evenemang/tidigare/",
        "/aktuellt/evenemang/kalender.ics",
        "/aktuellt/evenemang/kalender/tema/jamlik-halsa.ics",
        "/noder/malmo/evenemang/",
        f"/noder/malmo/evenemang/{event.slug}/",
        f"/noder/malmo/evenemang/{event.slug}.ics",
        "/",
        "/aktuellt/",
        "/aktuellt/nyheter/",
        "/aktuellt/nyheter/feed/",
        "/aktuellt/nyheter/feed/atom/",
        "/aktuellt/nyheter/feed/tema/jamlik-halsa/",
        "/aktuellt/publikationer/",
        "/noder/malmo/",
        "/noder/malmo/nyheter/",
        article.url,
        publication.url,
    ]


def test_hostile_query_strings_never_give_a_server_error(client, urls):
    answers = {}
    for url in urls:
        for query in HOSTILE:
            answers[f"{url}?{query}"] = client.get(f"{url}?{query}").status_code
    wrong = {url: status for url, status in answers.items() if status != 200}
    assert not wrong


@pytest.mark.parametrize(
    "path",
    [
        "/aktuellt/nyheter/feed/tema/",
        "/aktuellt/nyheter/feed/tema/x/y/",
        "/aktuellt/nyheter/feed/rss/",
        "/aktuellt/nyheter/finns-inte/",
        "/aktuellt/publikationer/finns-inte/",
        "/aktuellt/evenemang/finns-inte/",
        "/aktuellt/evenemang/finns-inte.ics",
        "/aktuellt/evenemang/kalender/",
        "/aktuellt/evenemang/kalender/tema/",
        "/aktuellt/evenemang/tidigare/x/",
    ],
)
def test_unknown_paths_below_the_indexes_are_404(client, site, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("manad=2027-13", "Det finns inga evenemang den månaden i listan. Visar alla månader."),
        ("format=x", "Det valet finns inte. Visar evenemang både på plats och digitalt."),
        ("nod=finns-inte", "Det finns ingen sådan nod. Visar evenemang från hela MSI."),
        ("tema=finns-inte", "Det finns inget sådant tema. Visar alla teman."),
    ],
)
def test_unknown_event_filters_are_dropped_with_a_swedish_message(client, site, query, message):
    site.event(soon(5), title="Syns ändå")
    html = client.get(f"/aktuellt/evenemang/?{query}").content.decode()
    assert message in html
    assert "Syns ändå" in html
