"""What the news demo modules share: themes, authors, images and a page-creating shortcut."""

from pathlib import Path

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from news.models import NewsArticlePage
from nodes.models import Person
from pages.demo.helpers import child_page, demo_collection, demo_image
from pages.models import Theme

IMAGE_DIR = Path(__file__).resolve().parent.parent / "demo_images"
CREDIT = "Illustration: MSI (demo)"


def news_image(filename, title):
    """A demo image: one the pages step ships, or one generated for the news (demo_images/)."""
    if not (IMAGE_DIR / filename).exists():
        return demo_image(filename, title, credit=CREDIT)
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image:
        return image
    with (IMAGE_DIR / filename).open("rb") as handle:
        image = image_model(
            title=title,
            credit=CREDIT,
            collection=demo_collection(),
            file=ImageFile(handle, name=filename),
        )
        image.save()
    return image


def people(*names):
    """The invented demo people (nodes/demo.py) with these names, those that exist."""
    found = (Person.objects.filter(name=name).first() for name in names)
    return [person for person in found if person is not None]


def themes(*slugs):
    return list(Theme.objects.filter(slug__in=slugs))


def article(index, slug, *, image=None, authors=(), theme_slugs=(), **fields):
    """A news article below `index`, created and published if missing. True if created.

    `image` is (file name, image title, alt text, caption); the image is only looked up or
    created together with the article, so an editor's choices are never touched.
    """
    if index.get_children().filter(slug=slug).exists():
        return False
    if image:
        filename, title, alt, caption = image
        fields.update(image=news_image(filename, title), image_alt=alt, image_caption=caption)
    _page, created = child_page(
        index,
        NewsArticlePage,
        slug,
        authors=people(*authors),
        themes=themes(*theme_slugs),
        **fields,
    )
    return created
