"""The data the example admin form posts, built from an example (saved or not), for tests that
edit or add examples through the admin (tests/nodes/test_permission_matrix.py,
tests/examplebank/test_example_admin.py)."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def example_form_data(example, **changes):
    """Everything as it is, with `changes` on top. `featured` is sent only when it is set,
    as a checkbox is; pass featured="on" to tick it."""
    saved = example.pk is not None
    data = {
        "name": example.name,
        "slug": example.slug,
        "node": example.node_id or "",
        "summary": example.summary,
        "description": streamfield([]),
        "organisations": example.organisations,
        "municipality": example.municipality,
        "region": example.region_id or "",
        "year_started": example.year_started or "",
        "status": example.status,
        "themes": [item.pk for item in example.themes.all()] if saved else [],
        "sectors": [item.pk for item in example.sectors.all()] if saved else [],
        "stages": [item.pk for item in example.stages.all()] if saved else [],
        "level": example.level_id or "",
        "goals": [item.pk for item in example.goals.all()] if saved else [],
        "image": example.image_id or "",
        "image_alt": example.image_alt,
        "links": streamfield([]),
        "contact": example.contact_id or "",
        "source": example.source,
        "related_pages": inline_formset([]),
        **({"featured": "on"} if example.featured else {}),
        "go_live_at": "",
        "expire_at": "",
        **changes,
    }
    return nested_form_data(data)
