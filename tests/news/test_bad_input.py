"""Every new URL answers hostile query strings with a normal page or a 404, never a 500."""

import pytest

from tests.factories import PublicationPageFactory

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
]


@pytest.fixture
def urls(site):
    article = site.article(parent=site.node_news["malmo"], themes=["jamlik-halsa"])
    publication = PublicationPageFactory(parent=site.publications)
    return [
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
    ],
)
def test_unknown_paths_below_the_indexes_are_404(client, site, path):
    assert client.get(path).status_code == 404
