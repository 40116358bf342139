"""News: the indexes aggregate and filter, articles show their node and related news."""

import datetime
import re

import pytest


def titles(html):
    """Article titles in the order the cards list them."""
    return re.findall(r'class="news-card__link" href="[^"]+">([^<]+)</a>', html)


def test_national_index_aggregates_national_and_node_news_newest_first(client, site):
    site.article(title="Nationell äldre", date=datetime.date(2024, 3, 1))
    site.article(
        parent=site.node_news["malmo"], title="Malmö nyast", date=datetime.date(2025, 5, 1)
    )
    site.article(
        parent=site.node_news["umea"], title="Umeå mitten", date=datetime.date(2024, 9, 1)
    )
    site.article(title="Utkast", publish=False, live=False)

    html = client.get("/aktuellt/nyheter/").content.decode()

    assert titles(html) == ["Malmö nyast", "Umeå mitten", "Nationell äldre"]
    assert "3 nyheter" in html
    assert "MSI Malmö" in html and "Nationella kansliet" in html


def test_node_index_lists_only_its_own_news(client, site):
    site.article(title="Nationell")
    site.article(parent=site.node_news["malmo"], title="Från Malmö")
    site.article(parent=site.node_news["umea"], title="Från Umeå")

    html = client.get("/noder/malmo/nyheter/").content.decode()

    assert titles(html) == ["Från Malmö"]
    assert 'name="nod"' not in html  # a node's index has no node filter


@pytest.fixture
def spread(site):
    """Articles across owners, themes and years."""
    site.article(title="A", date=datetime.date(2025, 6, 1), themes=["digital-inkludering"])
    site.article(title="B", date=datetime.date(2024, 6, 1), themes=["digital-inkludering"])
    site.article(title="C", date=datetime.date(2025, 2, 1), themes=["jamlik-halsa"])
    site.article(
        parent=site.node_news["malmo"],
        title="D",
        date=datetime.date(2025, 4, 1),
        themes=["digital-inkludering", "jamlik-halsa"],
    )
    site.article(parent=site.node_news["umea"], title="E", date=datetime.date(2025, 3, 1))
    return site


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["A", "D", "E", "C", "B"]),
        ("tema=digital-inkludering", ["A", "D", "B"]),
        ("ar=2025", ["A", "D", "E", "C"]),
        ("tema=digital-inkludering&ar=2025", ["A", "D"]),
        ("nod=malmo", ["D"]),
        ("nod=nationellt", ["A", "C", "B"]),
        ("nod=nationellt&tema=jamlik-halsa", ["C"]),
        ("nod=malmo&tema=jamlik-halsa&ar=2025", ["D"]),
        ("nod=umea&tema=jamlik-halsa", []),
    ],
)
def test_filters_combine(client, spread, query, expected):
    response = client.get(f"/aktuellt/nyheter/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(html) == expected
    if not expected:
        assert "Inga nyheter matchar filtren." in html


def test_filter_form_offers_nodes_themes_and_only_years_with_news(client, spread):
    html = client.get("/aktuellt/nyheter/?ar=2024").content.decode()
    assert '<label class="filter-form__label" for="filter-ar">År</label>' in html
    assert '<option value="2024" selected>2024</option>' in html
    assert '<option value="2025">2025</option>' in html
    assert 'value="2023"' not in html
    assert '<option value="malmo">MSI Malmö</option>' in html
    assert '<option value="digital-inkludering">Digital inkludering</option>' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("ar=99999", "Det finns inget innehåll från det året."),
        ("tema=doesnotexist", "Det finns inget sådant tema."),
        ("nod=stockholm", "Det finns ingen sådan nod."),
        ("ar=" + "9" * 5000, "Det finns inget innehåll från det året."),
        ("tema=%00", "Det finns inget sådant tema."),
    ],
)
def test_unknown_filter_values_are_dropped_with_a_message(client, spread, query, message):
    response = client.get(f"/aktuellt/nyheter/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert titles(html) == ["A", "D", "E", "C", "B"]  # nothing filtered away by a bad value


def test_a_bad_filter_does_not_undo_the_good_ones(client, spread):
    html = client.get("/aktuellt/nyheter/?tema=doesnotexist&ar=2024").content.decode()
    assert "Det finns inget sådant tema." in html
    assert titles(html) == ["B"]


def test_repeated_parameters_use_the_last_value(client, spread):
    html = client.get("/aktuellt/nyheter/?ar=2024&ar=2025&ar=2025").content.decode()
    assert titles(html) == ["A", "D", "E", "C"]


@pytest.fixture
def many(site, monkeypatch):
    """Twelve articles, five to a page: three pages."""
    from news.models import NewsIndexPage

    monkeypatch.setattr(NewsIndexPage, "per_page", 5)
    for day in range(1, 13):
        site.article(
            title=f"Nyhet {day:02}",
            date=datetime.date(2025, 1, day),
            themes=["jamlik-halsa"] if day % 2 else [],
        )
    return site


@pytest.mark.parametrize(
    ("page", "first_title"),
    [
        ("1", "Nyhet 12"),
        ("2", "Nyhet 07"),
        ("3", "Nyhet 02"),
        ("4", "Nyhet 02"),  # beyond the last: the last page
        ("99999999999999999999", "Nyhet 02"),
        ("abc", "Nyhet 12"),  # not a number: the first page
        ("-1", "Nyhet 12"),
        ("0", "Nyhet 12"),
        ("", "Nyhet 12"),
        ("2.5", "Nyhet 12"),
    ],
)
def test_page_numbers_never_fail(client, many, page, first_title):
    response = client.get("/aktuellt/nyheter/", {"page": page})
    assert response.status_code == 200
    assert titles(response.content.decode())[0] == first_title


def test_pagination_links_keep_the_filters(client, many):
    html = client.get("/aktuellt/nyheter/?tema=jamlik-halsa&ar=2025&tema=").content.decode()
    # The last, empty "tema" wins: no theme filter, only the year.
    assert "12 nyheter som matchar filtren" in html
    assert 'href="?ar=2025&amp;page=2" rel="next"' in html
    html = client.get("/aktuellt/nyheter/?tema=jamlik-halsa&page=2").content.decode()
    assert 'href="?tema=jamlik-halsa&amp;page=1" rel="prev"' in html
    assert "Sida 2 av 2" in html


def test_article_shows_its_node_authors_themes_and_related_news(client, spread):
    from nodes.models import Person

    person = Person.objects.create(name="Test Skribent", role="Kommunikatör", live=True)
    article = site_article = spread.article(
        parent=spread.node_news["malmo"],
        title="Med skribent",
        date=datetime.date(2023, 1, 1),
        themes=["jamlik-halsa"],
    )
    article.authors.set([person])
    article.save_revision().publish()

    html = client.get(site_article.url).content.decode()

    meta = html.split('class="article__meta"')[1].split("</p>")[0]
    assert '<a href="/noder/malmo/">MSI Malmö</a>' in meta
    assert "Test Skribent, kommunikatör" in html
    assert 'href="/noder/malmo/nyheter/?tema=jamlik-halsa">Jämlik hälsa</a>' in html
    related = html.split('id="related-heading"')[1]
    # Those sharing a theme (C, D) first, newest first; then the newest of the rest (A).
    assert titles(related) == ["D", "C", "A"]


def test_article_date_is_written_out_in_swedish(client, site):
    article = site.article(date=datetime.date(2024, 10, 23))
    html = client.get(article.url).content.decode()
    assert '<time datetime="2024-10-23">23 oktober 2024</time>' in html


def test_interview_questions_are_headings(client, site):
    article = site.article(
        body=[
            (
                "interview",
                {
                    "questions": [
                        {"question": "Vad gör MSI?", "answer": "<p>Samlar aktörer.</p>"},
                        {"question": "Varför?", "answer": "<p>Ingen löser det ensam.</p>"},
                    ]
                },
            )
        ]
    )
    html = client.get(article.url).content.decode()
    assert '<h2 class="interview__question">Vad gör MSI?</h2>' in html
    assert '<h2 class="interview__question">Varför?</h2>' in html


def test_one_news_index_per_hub_and_per_node(site):
    from news.models import NewsArticlePage, NewsIndexPage

    assert NewsArticlePage.allowed_parent_page_models() == [NewsIndexPage]
    assert not NewsIndexPage.can_create_at(site.hub)  # it has one already
    assert not NewsIndexPage.can_create_at(site.nodes["malmo"].root_page)
    site.node_news["umea"].delete()
    assert NewsIndexPage.can_create_at(site.nodes["umea"].root_page.specific)


def test_a_new_article_is_dated_today_in_stockholm():
    import time_machine

    from news.models import NewsArticlePage

    # 23.30 UTC on New Year's Eve is already New Year's Day in Stockholm.
    with time_machine.travel(datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)):
        assert NewsArticlePage().date == datetime.date(2027, 1, 1)


def test_private_and_draft_articles_are_listed_nowhere(client, site):
    from wagtail.models import PageViewRestriction

    shown = site.article(title="Synlig nyhet", themes=["jamlik-halsa"])
    secret = site.article(title="Skyddad nyhet", themes=["jamlik-halsa"])
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    site.article(title="Utkastnyhet", themes=["jamlik-halsa"], publish=False, live=False)
    other = site.article(title="Annan nyhet", themes=["jamlik-halsa"])

    for url in ["/", "/aktuellt/", "/aktuellt/nyheter/", "/sitemap.xml", other.url]:
        html = client.get(url).content.decode()
        assert "Skyddad" not in html and "skyddad" not in html, url
        assert "Utkast" not in html and "utkast" not in html, url
    related = client.get(other.url).content.decode().split('id="related-heading"')[1]
    assert titles(related) == [shown.title]


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("", "/aktuellt/nyheter/"),
        ("?page=2", "/aktuellt/nyheter/?page=2"),
        ("?page=99", "/aktuellt/nyheter/?page=3"),  # what is shown: the last page
        ("?tema=jamlik-halsa&page=1", "/aktuellt/nyheter/"),  # filters are not canonical
    ],
)
def test_each_page_of_a_listing_has_its_own_canonical_address(client, many, query, canonical):
    html = client.get(f"/aktuellt/nyheter/{query}").content.decode()
    assert re.findall(r'<link rel="canonical" href="([^"]+)">', html) == [
        f"http://testserver{canonical}"
    ]
