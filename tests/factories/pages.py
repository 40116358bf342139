import factory
import wagtail_factories

from pages.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startsida"
    slug = "start"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    intro = "En kort ingress."

    class Meta:
        model = StandardPage
