"""News from the nodes, each on its node's own news index (created by nodes.setup).

Facts about the nodes come from content-facts.md; invented dates are kept vague in the text.
"""

import datetime

from news.models import NewsIndexPage
from nodes.models import Node
from pages.demo.helpers import fact_box, quote, rich_text, section

from .common import article


def node_index(slug):
    node = Node.objects.filter(slug=slug).select_related("root_page").first()
    if node is None or node.root_page is None:
        return None
    return NewsIndexPage.objects.child_of(node.root_page).first()


def node_news():
    for slug, build in (
        ("umea", social_innovation_i_norr),
        ("lulea", rural_mobilisation),
        ("malmo", city_futures),
        ("orebro", social_impact_lab),
        ("boras", science_park),
    ):
        index = node_index(slug)
        if index is not None:
            build(index)


def social_innovation_i_norr(index):
    article(
        index,
        "social-innovation-i-norr",
        title="Social Innovation i Norr samlar norra Sverige",
        date=datetime.date(2024, 9, 10),
        intro=(
            "Noderna i Umeå och Luleå bjuder återigen in till sin årliga konferens om social "
            "innovation i norr."
        ),
        image=(
            "norr.jpg",
            "Berg och sol i färgfält",
            "Böljande berg i grönt och petrolblått under en gul sol.",
            "Social Innovation i Norr arrangeras av noderna i Umeå och Luleå.",
        ),
        body=[
            rich_text(
                "Social Innovation i Norr är mötesplatsen för alla i norra Sverige som vill "
                "lösa samhällsutmaningar på nya sätt: kommuner och regioner, föreningar, "
                "sociala företag och forskare.",
                "Långa avstånd och glesa bygder kräver sina egna lösningar. Konferensen "
                "lyfter exempel från norr och ger tid för att knyta kontakter över "
                "länsgränsen.",
            ),
            fact_box(
                "Social Innovation i Norr",
                "En årlig konferens som noderna i Umeå och Luleå arrangerar tillsammans. "
                "Datum och plats meddelas här och i nyhetsbrevet.",
            ),
        ],
        authors=["Elin Demodotter", "Sam Testberg"],
        theme_slugs=["landsbygd-och-stad", "samverkan"],
    )


def rural_mobilisation(index):
    article(
        index,
        "nar-bygden-tar-saken-i-egna-hander",
        title="När bygden tar saken i egna händer",
        date=datetime.date(2022, 4, 20),
        intro=(
            "En tom fastighet, en butik som ska läggas ned. På landsbygden blir det ofta "
            "början på något nytt när grannar går samman."
        ),
        body=[
            rich_text(
                "Många sociala innovationer på landsbygden börjar med att något håller på att "
                "försvinna. När den sista butiken ska stänga kan byborna äga den tillsammans. "
                "När en skola eller ett bygdegårdshus står tomt kan det bli en lokal där "
                "föreningar, företag och grannar möts."
            ),
            section(
                "Samma frågor i kvarteret",
                rich_text(
                    "Frågorna liknar dem i städernas kvarter: hur skapar vi trygghet "
                    "tillsammans, och hur får vi en lokal ekonomi där fler kan försörja "
                    "sig? Metoderna går ofta att låna mellan stad och land, medan "
                    "innehållet formas av platsen."
                ),
                quote(
                    "Det som bär är sällan pengarna först. Det är att några bestämmer sig "
                    "för att platsen är värd att satsa på.",
                    "Sam Testberg (påhittad)",
                    "Nodsamordnare, Luleå (exempel)",
                ),
            ),
            section(
                "Stadsodling som bro",
                rich_text(
                    "Stadsodlingen växer, och den kan bli en bro mellan stad och land, till "
                    "exempel när odlare i staden och lantbrukare utbyter kunskap om nya "
                    "grödor."
                ),
            ),
        ],
        authors=["Sam Testberg"],
        theme_slugs=["landsbygd-och-stad"],
    )


def city_futures(index):
    article(
        index,
        "framtidens-stad-unic-centre-for-city-futures",
        title="Framtidens stad formas tillsammans i Malmö",
        date=datetime.date(2025, 2, 11),
        intro=(
            "Vid Malmö universitet finns UNIC Centre for City Futures och Re-imaginatorium, "
            "två miljöer för att tänka nytt om staden tillsammans."
        ),
        image=(
            "stad.jpg",
            "Stadssiluett i färgfält",
            "Hus i form av färgade rektanglar i olika höjd, med en petrolblå gata nedanför.",
            "Framtidens stad behöver formas av många.",
        ),
        body=[
            rich_text(
                "Noden i Malmö, som länge kallades MSI Syd, samordnar MSI nationellt och "
                "arbetar samtidigt med sin egen region. UNIC Centre for City Futures och "
                "Re-imaginatorium är två av de modeller och verktyg som MSI lyfter fram.",
                "Gemensamt för dem är att forskare och stadens aktörer möts för att utforska "
                "hur staden kan utvecklas, i stället för att var och en arbetar för sig.",
            ),
            section(
                "Varför det spelar roll",
                rich_text(
                    "Frågor som trygghet i det offentliga rummet eller en lokal ekonomi där "
                    "fler får plats går inte att lösa av en aktör ensam. Miljöer där olika "
                    "sektorer kan pröva idéer tillsammans är en förutsättning för att nya "
                    "lösningar ska växa fram."
                ),
            ),
        ],
        authors=["Maja Exempeldotter"],
        theme_slugs=["trygghet-i-offentliga-rummet", "landsbygd-och-stad", "samverkan"],
    )


def social_impact_lab(index):
    article(
        index,
        "social-impact-lab-orebro-universitet",
        title="Social Impact Lab: där forskning möter samhällsutmaningar",
        date=datetime.date(2024, 11, 5),
        intro=(
            "Vid Örebro universitet finns Social Impact Lab, ett av MSI:s verktyg för att "
            "föra ihop forskning och praktik kring sociala utmaningar."
        ),
        body=[
            rich_text(
                "Ett impact lab är en miljö där forskare och aktörer utanför akademin "
                "tillsammans kan pröva idéer som ska göra skillnad i samhället. MSI:s "
                "noder har haft en gemensam lärprocess kring sådana labb, och erfarenheterna "
                "från Örebro är en del av den.",
            ),
            section(
                "En stark region för social innovation",
                rich_text(
                    "I Örebro län finns också Partnerskapet för sociala innovationer i Region "
                    "Örebro län, som tillsammans med MSI och Nationella nätverket för "
                    "samordningsförbund driver kompetenscentret för social innovation i ESF."
                ),
            ),
        ],
        authors=["Omar Provsson"],
        theme_slugs=["samverkan", "framtidens-arbetsliv"],
    )


def science_park(index):
    article(
        index,
        "noden-i-boras-science-park",
        title="Så arbetar noden i Borås",
        date=datetime.date(2024, 3, 4),
        intro=("Högskolan i Borås är MSI:s nyaste nod. Arbetet drivs från Science Park Borås."),
        body=[
            rich_text(
                "Högskolan i Borås anslöt till MSI hösten 2023. Noden drivs från Science Park "
                "Borås och bygger nu upp kontakter med aktörer i regionen som vill arbeta "
                "med social innovation.",
                "Precis som de andra noderna är Borås med i det nationella arbetet: i den "
                "gemensamma ledningsgruppen, i utvecklingsprojekt och i styrgruppen.",
            ),
        ],
        authors=["Robin Provsdotter"],
        theme_slugs=["samverkan"],
    )
