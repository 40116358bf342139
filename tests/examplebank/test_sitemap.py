"""Published examples are in sitemap.xml at their page in the bank; drafts are not
(ExampleBankPage.get_sitemap_urls)."""

import re

from tests.factories import make_example


def locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())


def test_a_published_example_is_in_the_sitemap_and_a_draft_is_not(client, bank):
    published = make_example("Fritidsbanken i kvarteret")
    draft = make_example("Ett utkast till exempel", live=False)
    found = locations(client)
    bank_url = bank.get_full_url()
    assert bank_url in found
    assert found.count(f"{bank_url}{published.slug}/") == 1
    assert not [url for url in found if draft.slug in url]


def test_an_unpublished_example_leaves_the_sitemap(client, bank):
    example = make_example("Tillfälligt exempel")
    assert any(url.endswith(f"/exempelbanken/{example.slug}/") for url in locations(client))
    example.unpublish()
    assert not any(example.slug in url for url in locations(client))


def test_without_a_published_bank_no_example_is_listed(client, bank):
    example = make_example("Exempel utan bank")
    bank.unpublish()
    assert not any(example.slug in url for url in locations(client))
