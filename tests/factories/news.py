import datetime

import factory
import wagtail_factories

from news.models import (
    NewsArticlePage,
    NewsIndexPage,
    PublicationIndexPage,
    PublicationPage,
    StoriesHubPage,
)
from pages.models import Theme


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")

    class Meta:
        model = Theme


class StoriesHubPageFactory(wagtail_factories.PageFactory):
    title = "Stories & Möten"
    slug = "aktuellt"

    class Meta:
        model = StoriesHubPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nyheter"
    slug = "nyheter"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nyhet {n}")
    intro = "En ingress som sammanfattar nyheten."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) - datetime.timedelta(days=n))

    class Meta:
        model = NewsArticlePage


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publikationer"
    slug = "publikationer"

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rapport {n}")
    intro = "Vad publikationen handlar om."
    year = 2024
    publication_type = PublicationPage.PublicationType.REPORT

    class Meta:
        model = PublicationPage
