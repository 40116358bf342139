"""Generated examples with random taxonomies, bulk-created: volume for the query-count tests and
the benchmark (`manage.py bench_examplebank`). Not demo content: the names say what they are."""

import random

from django.utils import timezone

from pages.models import (
    Level,
    MapFactor,
    ProcessStage,
    Region,
    Sector,
    SustainableDevelopmentGoal,
    Theme,
)
from pages.page_cache.purge import bump_tables

from .models import Example

M2M_FIELDS = {
    "themes": Theme,
    "sectors": Sector,
    "goals": SustainableDevelopmentGoal,
    "stages": ProcessStage,
    "factors": MapFactor,
}


def generate_examples(count, seed=11, start=0, draft_every=0, image=None, prefix="exempel"):
    """`count` examples with random taxonomies, bulk-created (published unless every
    `draft_every`-th is left a draft; every third with `image`, if given). Returns their ids."""
    generator = random.Random(seed)  # noqa: S311 (reproducible test data, not secrets)
    terms = {key: list(model.objects.all()) for key, model in M2M_FIELDS.items()}
    regions, levels = list(Region.objects.all()), list(Level.objects.all())
    statuses = [code for code, _label in Example.Status.choices]
    now = timezone.now()
    examples = []
    for number in range(start, start + count):
        live = not (draft_every and number % draft_every == 0)
        examples.append(
            Example(
                name=f"{prefix.capitalize()} {number:05}",
                slug=f"{prefix}-{number:05}",
                summary=f"Ett genererat exempel nummer {number}.",
                status=generator.choice(statuses),
                region=generator.choice([None, *regions]),
                level=generator.choice([None, *levels]),
                image=image if number % 3 == 0 else None,
                image_alt="En genererad bild." if image and number % 3 == 0 else "",
                live=live,
                first_published_at=now - timezone.timedelta(days=number) if live else None,
            )
        )
    created = Example.objects.bulk_create(examples)
    for key, choices in terms.items():
        through = Example._meta.get_field(key).remote_field.through
        target = f"{Example._meta.get_field(key).m2m_reverse_field_name()}_id"
        rows = []
        for example in created:
            for term in generator.sample(choices, generator.randint(0, min(3, len(choices)))):
                rows.append(through(example_id=example.pk, **{target: term.pk}))
        through.objects.bulk_create(rows)
        bump_tables(through)
    bump_tables(Example)  # bulk_create sends no signal: what shows examples is stale now
    return [example.pk for example in created]
