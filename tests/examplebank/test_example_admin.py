"""The example admin form: only the national office sets "featured" (ExampleForm).

A node editor's form shows the flag disabled, so whatever they post leaves it as it was; a
national editor sets and clears it. Each case publishes, so the saved row is what is checked,
and each checks that the save itself went through (the new name), so a refused save cannot
pass for an ignored flag.
"""

import pytest

from django.urls import reverse

from examplebank.models import Example
from tests.examplebank.admin_forms import example_form_data
from tests.nodes.conftest import make_user


def edit_url(example):
    return reverse(Example.snippet_viewset.get_url_name("edit"), args=[example.pk])


def publish(client, example, **changes):
    """Post the edit form with `changes` and publish; the example as saved afterwards."""
    data = example_form_data(example, name=example.name + " (ändrad)", **changes)
    data["action-publish"] = "action-publish"
    response = client.post(edit_url(example), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = Example.objects.get(pk=example.pk)
    assert saved.name == example.name + " (ändrad)", "the save itself was refused"
    return saved


@pytest.fixture
def malmo_example(demo):
    example = Example.objects.filter(node__slug="malmo", live=True, featured=False).first()
    assert example is not None, "the demo has no published, unfeatured example for Malmö"
    return example


def test_a_node_editor_cannot_feature_an_example(client, malmo_example):
    client.force_login(make_user("malmo"))
    assert publish(client, malmo_example, featured="on").featured is False


def test_a_node_editor_cannot_unfeature_an_example(client, malmo_example):
    Example.objects.filter(pk=malmo_example.pk).update(featured=True)
    example = Example.objects.get(pk=malmo_example.pk)
    client.force_login(make_user("malmo"))
    data = example_form_data(example, name=example.name + " (ändrad)")
    data.pop("featured")  # an unticked checkbox is not sent
    data["action-publish"] = "action-publish"
    assert client.post(edit_url(example), data).status_code == 302
    saved = Example.objects.get(pk=example.pk)
    assert saved.name.endswith("(ändrad)")
    assert saved.featured is True


@pytest.mark.parametrize("role, disabled", [("malmo", True), ("national", False)])
def test_the_flag_is_disabled_for_node_editors_only(client, malmo_example, role, disabled):
    client.force_login(make_user(role))
    response = client.get(edit_url(malmo_example))
    assert response.status_code == 200
    assert response.context["form"].fields["featured"].disabled is disabled
    note = "Bara nationella kansliet väljer utvalda exempel."
    assert (note in response.content.decode()) is disabled


def test_a_node_editor_cannot_add_a_featured_example(client, demo):
    client.force_login(make_user("malmo"))
    node = Example.objects.filter(node__slug="malmo").first().node
    example = Example(name="Malmös nya exempel", slug="malmos-nya-exempel", summary="Nytt.")
    example.node = node
    data = example_form_data(example, featured="on")
    data["action-publish"] = "action-publish"
    client.post(reverse(Example.snippet_viewset.get_url_name("add")), data)
    created = Example.objects.get(slug="malmos-nya-exempel")
    assert created.live is True
    assert created.featured is False


def test_a_national_editor_sets_and_clears_the_flag(client, malmo_example):
    client.force_login(make_user("national"))
    featured = publish(client, malmo_example, featured="on")
    assert featured.featured is True
    data = example_form_data(featured, name=featured.name + " igen")
    data.pop("featured")
    data["action-publish"] = "action-publish"
    assert client.post(edit_url(featured), data).status_code == 302
    cleared = Example.objects.get(pk=featured.pk)
    assert cleared.name.endswith("igen")
    assert cleared.featured is False
