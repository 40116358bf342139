"""How often a view rendered a template: the kept-card tests count the cards rendered."""

from django.test import Client


def times_rendered(url, template, client=None):
    """(how many times `template` was rendered, the page's HTML)."""
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    names = [rendered.name for rendered in response.templates]
    return names.count(template), response.content.decode()
