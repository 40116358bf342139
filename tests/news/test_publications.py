"""Publications: the summary as HTML, the PDF with its format and size, filters."""

import re

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from tests.factories import PublicationPageFactory


def titles(html):
    return re.findall(r'class="card__link" href="[^"]+"(?: lang="\w+")?>([^<]+)</a>', html)


def download_link(html):
    """The address and the text (tags removed) of the publication's download link."""
    match = re.search(r'<a class="document-link__link[^"]*" href="([^"]+)">(.*?)</a>', html, re.S)
    assert match, html.split("<main")[1][:2000]
    return match.group(1), re.sub(r"<[^>]+>", "", match.group(2))


@pytest.fixture
def pdf():
    document = get_document_model()(title="Rapporten")
    document.file.save("rapport.pdf", ContentFile(b"%PDF-1.4\n" + b"x" * 2048), save=False)
    document.save()
    return document


def test_publication_page_links_the_pdf_with_format_and_size(client, site, pdf):
    page = PublicationPageFactory(
        parent=site.publications,
        title="Policykartläggning",
        document=pdf,
        authors="Ramboll",
        publisher="Kompetenscentret",
        body=[("rich_text", "<p>Slutsatserna i korthet.</p>")],
    )
    html = client.get(page.url).content.decode()
    href, text = download_link(html)
    assert re.fullmatch(r"/dokument/\d+/rapport.pdf", href)
    assert text == "Ladda ner Policykartläggning (PDF, 2,0\xa0kB)"
    assert '<a class="document-link__link button"' in html  # the page's main action
    assert "<dd>Ramboll</dd>" in html
    assert "<dd>Kompetenscentret</dd>" in html
    assert "Slutsatserna i korthet." in html
    assert "<h2>Sammanfattning</h2>" in html


def test_an_english_publication_marks_its_swedish_parts(client, site, pdf):
    page = PublicationPageFactory(
        parent=site.publications,
        title="The ecosystem",
        language="en",
        document=pdf,
        body=[("rich_text", "<p>In short.</p>")],
    )
    html = client.get(page.url).content.decode()
    assert '<article class="page-body" lang="en">' in html
    assert '<h2 lang="sv">Sammanfattning</h2>' in html
    assert '<span lang="en">The ecosystem</span>' in html.split('class="document-link__link')[1]
    assert download_link(html)[1].startswith("Ladda ner The ecosystem (PDF")
    assert '<meta property="og:locale" content="en_GB">' in html


def test_a_summary_with_sections_gets_no_empty_summary_heading(client, site):
    page = PublicationPageFactory(
        parent=site.publications,
        body=[("section", {"heading": "Uppdraget", "content": []})],
    )
    html = client.get(page.url).content.decode()
    assert "Uppdraget</h2>" in html
    assert "<h2>Sammanfattning</h2>" not in html


def test_other_language_edition_is_linked_both_ways_with_its_language(client, site):
    swedish = PublicationPageFactory(
        parent=site.publications, title="Ekosystem för social innovation"
    )
    english = PublicationPageFactory(
        parent=site.publications,
        title="The social innovation ecosystem",
        language="en",
        other_language_edition=swedish,
    )
    swedish.other_language_edition = english
    swedish.save()

    html = client.get(swedish.url).content.decode()
    assert (
        f'<a href="{english.url}" hreflang="en" lang="en">The social innovation ecosystem</a>'
        in html
    )
    assert "Finns också på engelska" in html
    html = client.get(english.url).content.decode()
    assert '<article class="page-body" lang="en">' in html
    assert 'hreflang="sv" lang="sv">Ekosystem för social innovation</a>' in html


def test_unpublished_other_edition_is_not_linked(client, site):
    draft = PublicationPageFactory(parent=site.publications, title="Utkastet", live=False)
    page = PublicationPageFactory(parent=site.publications, other_language_edition=draft)
    assert "Utkastet" not in client.get(page.url).content.decode()


def test_private_other_edition_is_not_linked(client, site):
    from wagtail.models import PageViewRestriction

    private = PublicationPageFactory(parent=site.publications, title="Den skyddade utgåvan")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    page = PublicationPageFactory(parent=site.publications, other_language_edition=private)
    html = client.get(page.url).content.decode()
    assert "Finns också på" not in html
    assert "Den skyddade utgåvan" not in html


@pytest.fixture
def shelf(site):
    PublicationPageFactory(
        parent=site.publications, title="Plan", year=2026, publication_type="verksamhetsplan"
    )
    report = PublicationPageFactory(parent=site.publications, title="Rapport", year=2025)
    report.themes.set([site.themes["jamlik-halsa"]])
    report.save_revision().publish()
    PublicationPageFactory(
        parent=site.publications, title="Bok", year=2017, publication_type="bok"
    )
    PublicationPageFactory(parent=site.publications, title="Äldre rapport", year=2017)
    return site


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Plan", "Rapport", "Äldre rapport", "Bok"]),
        ("typ=rapport", ["Rapport", "Äldre rapport"]),
        ("ar=2017", ["Äldre rapport", "Bok"]),
        ("typ=rapport&ar=2017", ["Äldre rapport"]),
        ("tema=jamlik-halsa", ["Rapport"]),
        ("tema=jamlik-halsa&typ=bok", []),
    ],
)
def test_publication_filters_combine(client, shelf, query, expected):
    html = client.get(f"/aktuellt/publikationer/?{query}").content.decode()
    assert titles(html) == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("typ=roman", "Det finns ingen sådan publikationstyp."),
        ("ar=99999", "Det finns inget innehåll från det året."),
        ("tema=doesnotexist", "Det finns inget sådant tema."),
        ("page=abc&ar=-5", "Det finns inget innehåll från det året."),
    ],
)
def test_bad_publication_filters_give_a_message_not_an_error(client, shelf, query, message):
    response = client.get(f"/aktuellt/publikationer/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert len(titles(html)) == 4


def test_year_must_be_plausible(site):
    from django.core.exceptions import ValidationError

    page = PublicationPageFactory.build(title="X", slug="x", year=20250)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "year" in error.value.message_dict


@pytest.mark.parametrize(("page", "expected"), [("2", ["Bok"]), ("9", ["Bok"]), ("x", None)])
def test_publication_page_numbers_beyond_the_last_give_the_last(
    client, shelf, monkeypatch, page, expected
):
    from news.models import PublicationIndexPage

    monkeypatch.setattr(PublicationIndexPage, "per_page", 3)
    response = client.get("/aktuellt/publikationer/", {"page": page})
    assert response.status_code == 200
    assert titles(response.content.decode()) == (expected or ["Plan", "Rapport", "Äldre rapport"])
