"""Examples for the example bank's tests: one at a time, or many generated at once."""

from examplebank.generated import M2M_FIELDS, generate_examples
from examplebank.models import Example


def make_example(name, *, live=True, **fields):
    """One example with a revision, published unless live=False; many-to-many values by
    object (themes=[theme, …])."""
    m2m = {key: fields.pop(key) for key in list(fields) if key in M2M_FIELDS}
    example = Example(name=name, summary=fields.pop("summary", f"Om {name}."), **fields)
    example.full_clean(exclude=["description", "links"])
    example.live = False
    example.save()
    for key, values in m2m.items():
        getattr(example, key).set(values)
    revision = example.save_revision()
    if live:
        revision.publish()
        example.refresh_from_db()
    return example


def make_many_examples(count, seed=11, start=0, draft_every=0, image=None):
    """`count` generated examples (examplebank/generated.py). Returns their ids."""
    return generate_examples(count, seed, start, draft_every, image)
