"""Create one demo example from its description (a dict, see book.py), published with a
revision and put in the search index. Idempotent: an example whose slug exists is left as
editors made it.

Taxonomies are looked up by slug (goals by number, regions by län code); a term that is
missing (say a theme an editor removed) is skipped, never created here.
"""

from wagtail.models import Page
from wagtail.search import index

from examplebank.models import Example, ExampleRelatedPage
from nodes.models import Node, Person
from pages.demo.helpers import demo_image, rich_text
from pages.models import (
    Level,
    MapFactor,
    ProcessStage,
    Region,
    Sector,
    SustainableDevelopmentGoal,
    Theme,
)

from .book import BOOK_EXAMPLES
from .factors import EXAMPLE_FACTORS
from .illustrative import ILLUSTRATIVE_EXAMPLES
from .msi import MSI_EXAMPLES

DEMO_EXAMPLES = [*MSI_EXAMPLES, *BOOK_EXAMPLES, *ILLUSTRATIVE_EXAMPLES]
IMAGE_CREDIT = "Illustration: gjord för demoinnehållet"


def first_or_none(model, **lookup):
    return model.objects.filter(**lookup).first() if lookup else None


def build_example(spec):
    """The example described by `spec`, created and published if missing. True if created."""
    if Example.objects.filter(slug=spec["slug"]).exists():
        return False
    node_slug = spec.get("node")
    node = Node.objects.filter(slug=node_slug).first() if node_slug else None
    if node_slug and node is None:
        return False  # the node is gone: its examples are not made up elsewhere
    example = Example(
        slug=spec["slug"],
        name=spec["name"],
        node=node,
        summary=spec["summary"],
        description=[rich_text(*spec["description"])],
        organisations=spec.get("organisations", ""),
        municipality=spec.get("municipality", ""),
        region=first_or_none(Region, code=spec["region"]) if spec.get("region") else None,
        year_started=spec.get("year_started"),
        status=spec["status"],
        level=first_or_none(Level, slug=spec["level"]) if spec.get("level") else None,
        links=[
            {"type": "link", "value": {"title": title, "url": url}}
            for title, url in spec.get("links", [])
        ],
        source=spec.get("source", ""),
        featured=spec.get("featured", False),
        contact=Person.objects.filter(name=spec["contact"]).first() if "contact" in spec else None,
        live=False,
    )
    if "image" in spec:
        filename, title, alt = spec["image"]
        example.image = demo_image(filename, title, credit=IMAGE_CREDIT)
        example.image_alt = alt
    example.themes = list(Theme.objects.filter(slug__in=spec.get("themes", [])))
    example.sectors = list(Sector.objects.filter(slug__in=spec.get("sectors", [])))
    example.stages = list(ProcessStage.objects.filter(slug__in=spec.get("stages", [])))
    factors = spec.get("factors", EXAMPLE_FACTORS.get(spec["slug"], []))
    example.factors = list(MapFactor.objects.filter(slug__in=factors))
    example.goals = list(
        SustainableDevelopmentGoal.objects.filter(number__in=spec.get("goals", []))
    )
    example.related_pages = [
        ExampleRelatedPage(page=page)
        for page in Page.objects.live().filter(slug__in=spec.get("related", []))
    ]
    example.full_clean()
    example.save()
    example.save_revision().publish()
    index.insert_or_update_object(Example.objects.get(pk=example.pk))
    return True


def build_examples():
    """Build them all. Returns how many were created."""
    return sum(build_example(spec) for spec in DEMO_EXAMPLES)
