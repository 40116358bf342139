from .examples import make_example, make_many_examples
from .news import (
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    StoriesHubPageFactory,
    ThemeFactory,
)
from .pages import HomePageFactory, StandardPageFactory

__all__ = [
    "HomePageFactory",
    "NewsArticlePageFactory",
    "NewsIndexPageFactory",
    "PublicationIndexPageFactory",
    "PublicationPageFactory",
    "StandardPageFactory",
    "StoriesHubPageFactory",
    "ThemeFactory",
    "make_example",
    "make_many_examples",
]
