"""Demo content for Stories & Möten: themes, the hub, news from MSI and the nodes, events,
publications.

Built after "nodes.demo", which creates the nodes (each with a news index) and the invented
authors. Everything is idempotent: existing pages and themes are left as editors made them.
"""

from news.models import (
    Event,
    EventIndexPage,
    NewsArticlePage,
    NewsIndexPage,
    PublicationIndexPage,
    PublicationPage,
    StoriesHubPage,
)
from nodes.models import NodeIndexPage
from pages.demo.helpers import child_page
from pages.demo.records import demo_objects
from pages.models import HomePage, Theme

from .events import events
from .national import national_news
from .publications import publications
from .regional import node_news
from .tools import tag_for_tools

DEMO_MODELS = ["pages.Theme", "news.Event"]

THEMES = [
    (
        "barnets-rattigheter",
        "Barnets rättigheter",
        "Innovationer och samarbeten som stärker barns rättigheter enligt barnkonventionen.",
    ),
    (
        "digital-inkludering",
        "Digital inkludering",
        "Nya lösningar som gör att fler kan ta del av och bidra till det digitala samhället.",
    ),
    (
        "framtidens-arbetsliv",
        "Framtidens arbetsliv",
        "Omställning, kompetensutveckling och ett arbetsliv som fler får plats i.",
    ),
    (
        "trygghet-i-offentliga-rummet",
        "Trygghet i det offentliga rummet",
        "Hur gator, torg och mötesplatser kan bli tryggare genom samverkan med dem som bor där.",
    ),
    (
        "jamlik-halsa",
        "Jämlik hälsa",
        "Insatser som minskar skillnaderna i hälsa mellan grupper och platser.",
    ),
    (
        "samverkan",
        "Samverkan över sektorsgränser",
        "När offentlig sektor, civilsamhälle, näringsliv och akademi löser utmaningar "
        "tillsammans.",
    ),
    (
        "landsbygd-och-stad",
        "Landsbygd och stad",
        "Social innovation i bygder och kvarter, och vad städer och landsbygder kan lära "
        "av varandra.",
    ),
]


def build(log):
    demo_themes()
    log("Teman klara")
    hub = stories_hub(HomePage.objects.first())
    news_index, _ = child_page(
        hub,
        NewsIndexPage,
        "nyheter",
        title="Nyheter",
        intro=(
            "Nyheter från Mötesplats Social Innovation och från noderna i hela landet. "
            "Filtrera på tema, nod eller år, eller prenumerera på flödet."
        ),
    )
    child_page(
        hub,
        EventIndexPage,
        "evenemang",
        title="Evenemang",
        intro=(
            "Seminarier, webbinarier och konferenser med MSI och noderna. Filtrera på nod, "
            "tema, form eller månad, eller prenumerera på kalendern."
        ),
    )
    publication_index, _ = child_page(
        hub,
        PublicationIndexPage,
        "publikationer",
        title="Publikationer",
        intro=(
            "Rapporter, böcker, handböcker och verksamhetsplaner från MSI. Varje publikation "
            "har en sammanfattning på webben och hela texten som PDF."
        ),
    )
    issued = publications(publication_index)
    national_news(news_index, issued)
    node_news()
    events()
    tag_for_tools(log)
    log(
        f"Stories & Möten klart: {NewsArticlePage.objects.count()} nyheter, "
        f"{Event.objects.count()} evenemang, {PublicationPage.objects.count()} publikationer"
    )


def reset(log):
    # The pages go with the demo pages (pages.demo.site.reset); the themes are ours to remove.
    demo_objects(Event).delete()
    demo_objects(Theme).delete()


def demo_themes():
    for slug, name, description in THEMES:
        Theme.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})


def stories_hub(home):
    """/aktuellt/. A new hub goes just before "Våra noder", so the menu reads in that order."""
    hub, created = child_page(
        home,
        StoriesHubPage,
        "aktuellt",
        title="Stories & Möten",
        show_in_menus=True,
        intro=(
            "Berättelser, nyheter och publikationer om social innovation: från MSI:s "
            "nationella kansli och från noderna i Borås, Luleå, Malmö, Umeå och Örebro."
        ),
    )
    node_index = NodeIndexPage.objects.child_of(home).first()
    if created and node_index:
        hub.move(node_index, pos="left")
        hub = StoriesHubPage.objects.get(pk=hub.pk)
    return hub
