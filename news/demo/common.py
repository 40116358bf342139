"""What the news demo modules share: themes, authors, images and a page-creating shortcut."""

from pathlib import Path

from news.models import NewsArticlePage
from nodes.models import Person
from pages.demo.helpers import IMAGE_DIR as PAGE_IMAGE_DIR
from pages.demo.helpers import child_page, demo_image
from pages.models import Theme

IMAGE_DIR = Path(__file__).resolve().parent.parent / "demo_images"
CREDIT = "Illustration: gjord för demoinnehållet"


def news_image(filename, title):
    """A demo image: one the pages step ships, or one made for the news (demo_images/)."""
    directory = IMAGE_DIR if (IMAGE_DIR / filename).exists() else PAGE_IMAGE_DIR
    return demo_image(filename, title, credit=CREDIT, directory=directory)


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
