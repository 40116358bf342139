"""National news from MSI's office, 2019–2026, on the hub's news index (/aktuellt/nyheter/)."""

import datetime

from wagtail.models import Page

from pages.demo.helpers import call_to_action, fact_box, rich_text, section

from .common import article
from .interview import interview

OFFICE = ["Kim Exempelsson"]
COMMUNICATIONS = ["Alex Demosson"]
CONFERENCE_IMAGE = (
    "konferens.jpg",
    "Publik framför en stor gul cirkel",
    "Rader av färgade prickar, som en publik, vända mot en stor gul cirkel på petrolblå botten.",
    "",
)


def national_news(index, publications):
    """Build the national articles; `publications` is {slug: page} from publications()."""
    summits(index)
    interview(index)
    network(index)
    competence_centre(index, publications.get("policykartlaggning-social-innovation"))
    business_plan(index, publications.get("verksamhetsplan-2026-2028"))


def link_to(page, title, text, label):
    return [call_to_action(title, text, label, page=page)] if page else []


def summits(index):
    article(
        index,
        "social-innovation-summit-2019",
        title="Social Innovation Summit 2019: välkommen till Malmö 12–13 november",
        date=datetime.date(2019, 9, 18),
        intro=(
            "I november samlas Norden i Malmö för att dela erfarenheter av social innovation. "
            "Summiten arrangeras av MSI, Malmö stad och Malmö universitet."
        ),
        image=(*CONFERENCE_IMAGE[:3], "Social Innovation Summit är Nordens mötesplats."),
        body=[
            rich_text(
                "Social Innovation Summit har gjort Malmö till en nordisk mötesplats för alla "
                "som arbetar med social innovation. Hit kommer beslutsfattare och utövare "
                "från offentlig sektor, näringsliv, idéburen sektor och akademi."
            ),
            section(
                "Frågor som berör Malmö och hela landet",
                rich_text(
                    "Bättre hälsa, ökad trygghet och minskad segregation är behov som lyfts "
                    "i Malmö och i resten av landet. På summiten möts de som vill pröva nya "
                    "samarbeten för att möta dem. Program och anmälan kommer under hösten."
                ),
            ),
            fact_box("Social Innovation Summit 2019", "12–13 november 2019 i Malmö."),
        ],
        authors=COMMUNICATIONS,
        theme_slugs=["samverkan", "jamlik-halsa", "trygghet-i-offentliga-rummet"],
    )
    article(
        index,
        "social-innovation-summit-2020-digitalt",
        title="Social Innovation Summit 2020 blir helt digitalt",
        date=datetime.date(2020, 10, 6),
        intro=(
            "Årets summit den 10–11 november hålls på nätet. Det gör det lättare att delta "
            "från hela Norden, var du än befinner dig."
        ),
        body=[
            rich_text(
                "Pandemin gör det omöjligt att samlas i Malmö som vanligt. I stället flyttar "
                "Social Innovation Summit ut på nätet, med samtal och seminarier som du kan "
                "följa hemifrån eller från jobbet.",
                "Samarbetet mellan sektorer har sällan varit så viktigt som nu. Därför "
                "handlar mycket av programmet om hur offentlig sektor, civilsamhälle och "
                "företag kan ställa om snabbt tillsammans.",
            ),
            fact_box(
                "Social Innovation Summit 2020",
                "10–11 november 2020, helt digitalt. Arrangeras av MSI, Malmö stad och "
                "Malmö universitet.",
            ),
        ],
        authors=COMMUNICATIONS,
        theme_slugs=["samverkan", "digital-inkludering"],
    )


def network(index):
    article(
        index,
        "hogskolan-i-boras-ny-nod",
        title="Högskolan i Borås blir ny nod i MSI",
        date=datetime.date(2023, 10, 16),
        intro=(
            "I höst ansluter Högskolan i Borås till MSI:s nodsamverkan. Noden drivs från "
            "Science Park Borås."
        ),
        body=[
            rich_text(
                "Med Borås växer MSI:s nätverk av lärosäten som driver arbetet med social "
                "innovation i sina regioner. Som alla noder bidrar Högskolan i Borås med "
                "finansiering och arbetstid till det gemensamma arbetet.",
                "Att noden drivs från Science Park Borås ger den en plats där akademin "
                "redan möter omvärlden.",
            ),
        ],
        authors=OFFICE,
        theme_slugs=["samverkan"],
    )
    article(
        index,
        "podden-obruten-mark",
        title="Ny podd: Obruten mark – samtal om social innovation",
        date=datetime.date(2024, 1, 15),
        intro=(
            "MSI startar en podd. Varannan vecka kommer ett nytt samtal om människorna, "
            "idéerna och samarbetena bakom social innovation."
        ),
        image=(
            "podd.jpg",
            "Ljudvågor i grönt och gult",
            "Staplar i grönt och gult som bildar en ljudvåg på mörk botten.",
            "Obruten mark – samtal om social innovation.",
        ),
        body=[
            rich_text(
                "I Obruten mark möter vi personer som prövar nya vägar för att lösa "
                "samhällsutmaningar: i kommuner, föreningar, företag och på lärosäten. Vi "
                "pratar om vad som fungerar, vad som är svårt och vad andra kan lära sig.",
                "Första avsnittet kommer i januari 2024, och sedan blir det ett nytt "
                "varannan vecka.",
            ),
        ],
        authors=COMMUNICATIONS,
        theme_slugs=["samverkan"],
    )
    accessibility = Page.objects.filter(slug="tillganglighetsredogorelse").first()
    article(
        index,
        "vi-bygger-om-webbplatsen",
        title="Vi bygger om webbplatsen, med tillgänglighet först",
        date=datetime.date(2026, 5, 12),
        intro=(
            "socialinnovation.se får en ny teknisk grund. Målet är en webbplats som alla kan "
            "använda och som är lätt att hålla i gott skick."
        ),
        body=[
            rich_text(
                "Ombyggnaden är en av de gemensamma insatserna i verksamhetsplanen för "
                "2026–2028. Webbplatsen ska uppfylla kraven på tillgänglighet och gå att "
                "förvalta långsiktigt, även när noderna förändras.",
            ),
            section(
                "Det här blir nytt",
                {
                    "type": "rich_text",
                    "value": (
                        "<ul><li>Varje nod får egna sidor och egna nyheter som noden själv "
                        "redigerar.</li><li>Publikationer får sammanfattningar på webben, "
                        "inte bara PDF:er.</li><li>Orienteringskartan för "
                        "samhällsförändring blir digital.</li><li>Exempelbanken med sociala "
                        "innovationer byggs ut.</li></ul>"
                    ),
                },
            ),
            *link_to(
                accessibility,
                "Hittar du något som inte fungerar?",
                "Tillgänglighetsredogörelsen berättar vad vi vet om brister och hur du "
                "kontaktar oss.",
                "Läs tillgänglighetsredogörelsen",
            ),
        ],
        authors=COMMUNICATIONS,
        theme_slugs=["digital-inkludering"],
    )


def competence_centre(index, report):
    article(
        index,
        "spara-datumet-inkluderande-arbetsliv-2024",
        title="Spara datumet: Innovativa lösningar för ett inkluderande arbetsliv, 23 oktober",
        date=datetime.date(2024, 5, 20),
        intro=(
            "Kompetenscentret för social innovation i ESF bjuder åter in till sin årliga "
            "konferens. Boka den 23 oktober 2024 redan nu."
        ),
        image=(*CONFERENCE_IMAGE[:3], "Konferensen samlar ESF-projekt från hela landet."),
        body=[
            rich_text(
                "Förra årets konferens hölls den 23 november 2023 och handlade om nya sätt "
                "att göra arbetslivet mer inkluderande. I år fortsätter samtalet.",
            ),
            section(
                "Om kompetenscentret",
                rich_text(
                    "MSI driver kompetenscentret på uppdrag av Svenska ESF-rådet, tillsammans "
                    "med Nationella nätverket för samordningsförbund (NNS) och Partnerskapet "
                    "för sociala innovationer i Region Örebro län. Kompetenscentret delar "
                    "kunskap och metoder med ESF-projekt och andra som arbetar med social "
                    "inkludering, arbetsmarknad och utbildning.",
                ),
            ),
            fact_box(
                "Innovativa lösningar för ett inkluderande arbetsliv",
                "23 oktober 2024. Program och anmälan kommer efter sommaren.",
            ),
        ],
        authors=OFFICE,
        theme_slugs=["framtidens-arbetsliv", "samverkan"],
    )
    article(
        index,
        "policykartlaggning-social-innovation-publicerad",
        title="Ny kartläggning: så påverkar politiken förutsättningarna för social innovation",
        date=datetime.date(2025, 9, 15),
        intro=(
            "Ramboll har kartlagt vilka politiska trender och processer som påverkar social "
            "innovation i Sverige. Rapporten ger också råd om kompetenscentrets framtid."
        ),
        body=[
            rich_text(
                "Kartläggningen gjordes på uppdrag av MSI för det nationella kompetenscentret "
                "för social innovation i ESF. Den går igenom elva policyinitiativ, från ESF+ "
                "och Impact Innovation till den nya socialtjänstlagen.",
                "En slutsats är att Sverige saknar ett samlat ramverk för social innovation "
                "sedan den nationella strategin löpte ut 2020. En annan är att det behövs "
                "långsiktiga plattformar som kan länka ihop lokal praktik med nationell "
                "policy, och finansiering som inte hänger på enskilda projekt.",
            ),
            *link_to(
                report,
                "Policykartläggning social innovation",
                "Sammanfattning på webben och hela rapporten som PDF.",
                "Läs sammanfattningen av kartläggningen",
            ),
        ],
        authors=OFFICE,
        theme_slugs=["samverkan", "framtidens-arbetsliv", "jamlik-halsa"],
    )


def business_plan(index, plan):
    article(
        index,
        "ny-verksamhetsplan-2026-2028",
        title="Ny verksamhetsplan för 2026–2028 är antagen",
        date=datetime.date(2026, 3, 27),
        intro=(
            "Styrgruppen har fastställt MSI:s plan för de kommande tre åren: fem lärosäten "
            "och fyra strategiska områden."
        ),
        body=[
            rich_text(
                "Planen håller fast vid det övergripande målet att stärka social innovation "
                "som samhällskraft i arbetet med Agenda 2030. Högskolan i Borås, Luleå "
                "tekniska universitet, Malmö universitet, Umeå universitet och Örebro "
                "universitet ingår, och Malmö universitet samordnar.",
            ),
            section(
                "Fyra områden i fokus",
                {
                    "type": "rich_text",
                    "value": (
                        "<ol><li>Social innovation i lärosätenas innovations- och "
                        "samverkansstöd.</li><li>Forskningens roll i samverkan mellan "
                        "sektorer.</li><li>Samverkan över sektorsgränser och utveckling av "
                        "metoder och kunskap.</li><li>Ekosystemet för social innovation."
                        "</li></ol>"
                    ),
                },
                rich_text(
                    "Planen lyfter också fram behovet av mer policystöd. Stödet för "
                    "innovation i Sverige riktas i dag främst till teknisk och kommersiell "
                    "innovation, medan EU satsar på social innovation."
                ),
            ),
            *link_to(
                plan,
                "Verksamhetsplan 2026–2028",
                "Planen sammanfattad på webben, med insatserna för varje område.",
                "Läs sammanfattningen av verksamhetsplanen",
            ),
        ],
        authors=OFFICE,
        theme_slugs=["samverkan"],
    )
