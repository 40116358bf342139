"""Unique slugs for snippets whose address is `<index>/<slug>/` (events, examples)."""


def unique_slug(instance, base, reserved=frozenset()):
    """`base`, or `base-2`, `base-3`, … : the first that no other row of the model has and
    that is not one of the index's own paths (`reserved`)."""
    taken = set(
        type(instance)
        .objects.exclude(pk=instance.pk)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken or slug in reserved:
        number += 1
        slug = f"{base}-{number}"
    return slug
