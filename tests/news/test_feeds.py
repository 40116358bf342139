"""RSS and Atom feeds, checked with a real feed parser, and how pages point to them."""

import datetime
import re

import feedparser
import pytest


@pytest.fixture
def feeds_site(site):
    site.article(title="Äldst", date=datetime.date(2023, 5, 1), themes=["jamlik-halsa"])
    site.article(title="Nyast", date=datetime.date(2025, 5, 1), themes=["digital-inkludering"])
    site.article(
        parent=site.node_news["malmo"],
        title="Malmö & <co>",
        intro="Ett nodprojekt om hälsa.",
        date=datetime.date(2024, 5, 1),
        themes=["jamlik-halsa"],
    )
    site.article(title="Opublicerad", publish=False, live=False)
    return site


def parse(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize(
    ("path", "content_type", "version"),
    [("feed/", "application/rss+xml", "rss20"), ("feed/atom/", "application/atom+xml", "atom10")],
)
def test_national_feed_lists_every_live_article_newest_first(
    client, feeds_site, path, content_type, version
):
    feed = parse(client, f"/aktuellt/nyheter/{path}", content_type)
    assert feed.version == version
    assert feed.feed.language == "sv"
    assert [entry.title for entry in feed.entries] == ["Nyast", "Malmö & <co>", "Äldst"]
    first = feed.entries[0]
    assert first.link.startswith("http://testserver/aktuellt/nyheter/")
    # Midnight in Stockholm on the article's date (it was not published on that day).
    assert first.published in ("Thu, 01 May 2025 00:00:00 +0200", "2025-05-01T00:00:00+02:00")
    assert [tag.term for tag in first.tags] == ["Digital inkludering"]


def test_node_feed_lists_only_that_nodes_news(client, feeds_site):
    feed = parse(client, "/noder/malmo/nyheter/feed/", "application/rss+xml")
    assert [entry.title for entry in feed.entries] == ["Malmö & <co>"]
    assert feed.entries[0].summary == "Ett nodprojekt om hälsa."
    assert feed.feed.title.startswith("Nyheter Malmö")


@pytest.mark.parametrize("suffix", ["", "atom/"])
def test_theme_feed_lists_only_that_theme(client, feeds_site, suffix):
    content_type = "application/atom+xml" if suffix else "application/rss+xml"
    feed = parse(client, f"/aktuellt/nyheter/feed/tema/jamlik-halsa/{suffix}", content_type)
    assert [entry.title for entry in feed.entries] == ["Malmö & <co>", "Äldst"]
    assert "Jämlik hälsa" in feed.feed.title


def test_unknown_theme_feed_is_404(client, feeds_site):
    assert client.get("/aktuellt/nyheter/feed/tema/finns-inte/").status_code == 404
    assert client.get("/aktuellt/nyheter/feed/tema/%00/").status_code == 404


def test_feed_entry_authors_are_the_live_writers(client, feeds_site):
    from nodes.models import Person

    article = feeds_site.article(title="Med skribent", date=datetime.date(2026, 1, 1))
    article.authors.set(
        [
            Person.objects.create(name="Synlig Skribent", live=True),
            Person.objects.create(name="Utkast Skribent", live=False),
        ]
    )
    article.save_revision().publish()
    feed = parse(client, "/aktuellt/nyheter/feed/atom/", "application/atom+xml")
    assert feed.entries[0].author == "Synlig Skribent"


def alternate_links(html):
    head = html.split("</head>")[0]
    return [line.strip() for line in head.splitlines() if 'rel="alternate"' in line]


def test_pages_point_to_their_feeds(client, feeds_site):
    national = alternate_links(client.get("/aktuellt/nyheter/").content.decode())
    assert any(
        'type="application/rss+xml"' in link and 'href="/aktuellt/nyheter/feed/"' in link
        for link in national
    )
    assert any('href="/aktuellt/nyheter/feed/atom/"' in link for link in national)

    node = alternate_links(client.get("/noder/malmo/").content.decode())
    assert any('href="/noder/malmo/nyheter/feed/"' in link for link in node)

    themed = alternate_links(client.get("/aktuellt/nyheter/?tema=jamlik-halsa").content.decode())
    assert any('href="/aktuellt/nyheter/feed/tema/jamlik-halsa/"' in link for link in themed)

    home = alternate_links(client.get("/").content.decode())
    assert any('href="/aktuellt/nyheter/feed/"' in link for link in home)


def test_entry_ids_survive_a_new_slug_and_are_not_addresses(client, feeds_site):
    before = parse(client, "/aktuellt/nyheter/feed/atom/", "application/atom+xml").entries[0]
    article = feeds_site.news.get_children().get(title="Nyast").specific
    article.slug = "nytt-namn"
    article.save_revision().publish()
    after = parse(client, "/aktuellt/nyheter/feed/atom/", "application/atom+xml").entries[0]
    assert after.link.endswith("/nytt-namn/") and not before.link.endswith("/nytt-namn/")
    assert after.id == before.id
    assert after.id.startswith("tag:")
    rss = parse(client, "/aktuellt/nyheter/feed/", "application/rss+xml").entries[0]
    assert rss.id == after.id
    assert rss.guidislink is False


def test_a_feed_holds_the_newest_twenty(client, site):
    for day in range(1, 26):
        site.article(title=f"Nyhet {day:02}", date=datetime.date(2025, 1, day))
    feed = parse(client, "/aktuellt/nyheter/feed/", "application/rss+xml")
    assert [entry.title for entry in feed.entries] == [
        f"Nyhet {day:02}" for day in range(25, 5, -1)
    ]


def test_a_node_has_theme_feeds_of_its_own(client, feeds_site):
    feed = parse(client, "/noder/malmo/nyheter/feed/tema/jamlik-halsa/", "application/rss+xml")
    assert [entry.title for entry in feed.entries] == ["Malmö & <co>"]
    feed = parse(client, "/noder/umea/nyheter/feed/tema/jamlik-halsa/", "application/rss+xml")
    assert feed.entries == []


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("feed/", "application/rss+xml"), ("feed/atom/", "application/atom")],
)
def test_private_articles_stay_out_of_feeds(client, feeds_site, path, content_type):
    from wagtail.models import PageViewRestriction

    secret = feeds_site.article(title="Skyddad nyhet", date=datetime.date(2026, 6, 1))
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    feed = parse(client, f"/aktuellt/nyheter/{path}", content_type)
    assert [entry.title for entry in feed.entries] == ["Nyast", "Malmö & <co>", "Äldst"]


def test_a_filtered_listing_offers_the_feeds_of_its_filters(client, feeds_site):
    links = alternate_links(
        client.get("/aktuellt/nyheter/?nod=malmo&tema=jamlik-halsa").content.decode()
    )
    hrefs = [re.search(r'href="([^"]+)"', link).group(1) for link in links]
    assert hrefs == [
        "/noder/malmo/nyheter/feed/tema/jamlik-halsa/",
        "/noder/malmo/nyheter/feed/tema/jamlik-halsa/atom/",
        "/noder/malmo/nyheter/feed/",
        "/noder/malmo/nyheter/feed/atom/",
        "/aktuellt/nyheter/feed/",
        "/aktuellt/nyheter/feed/atom/",
    ]
    for href in hrefs:  # every advertised feed exists
        assert client.get(href).status_code == 200
