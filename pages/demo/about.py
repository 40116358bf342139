"""Demo pages about MSI and about social innovation."""

from pages.models import ProcessStage, StandardPage

from .helpers import (
    child_page,
    demo_document,
    demo_image,
    document_link,
    fact_box,
    figure,
    quote,
    rich_text,
    section,
    table,
)


def about_pages(home, log):
    about, created = child_page(
        home,
        StandardPage,
        "om-msi",
        title="Om MSI",
        intro=(
            "Mötesplats Social Innovation startade 2010 vid dåvarande Malmö högskola, i "
            "samarbete med Malmö stad. I dag driver flera lärosäten arbetet tillsammans."
        ),
        body=[
            rich_text(
                "MSI är en nationell plattform för kunskap och samverkan kring social "
                "innovation och socialt företagande. Vi utgår från EU-kommissionens "
                "beskrivning: sociala innovationer är nya idéer som möter sociala behov, "
                "skapar nya relationer och bildar nya samarbeten, i form av produkter, "
                "tjänster eller modeller."
            ),
            section(
                "Regionala noder",
                rich_text(
                    "Sedan 2017 finns MSI som regionala noder vid lärosäten runt om i landet. "
                    "Enligt verksamhetsplanen för 2026–2028 ingår Högskolan i Borås, Luleå "
                    "tekniska universitet, Malmö universitet, Umeå universitet och Örebro "
                    "universitet. Malmö universitet samordnar."
                ),
                table(
                    "Lärosäten i MSI:s nodsamverkan 2026",
                    [
                        ["Nod", "Lärosäte", "Region"],
                        ["Borås", "Högskolan i Borås", "Västra Götaland"],
                        ["Luleå", "Luleå tekniska universitet", "Norrbotten"],
                        ["Malmö", "Malmö universitet (samordnande)", "Skåne"],
                        ["Umeå", "Umeå universitet", "Västerbotten"],
                        ["Örebro", "Örebro universitet", "Örebro län"],
                    ],
                ),
            ),
            fact_box(
                "MSI i korthet",
                "Grundat 2010 vid Malmö högskola, i dag Malmö universitet.",
                "Regionala noder sedan 2017.",
                "Engelskt namn: Forum for Social Innovation Sweden.",
            ),
        ],
    )
    if created:
        log("Om MSI skapad")
    child_page(
        about,
        StandardPage,
        "organisation",
        title="Organisation och styrning",
        intro="Så styrs MSI och så delar lärosätena på arbetet och kostnaderna.",
        body=[
            section(
                "Styrgrupp, ledningsgrupp och kansli",
                rich_text(
                    "En nationell styrgrupp med företrädare för ledningen vid varje lärosäte "
                    "sätter riktningen. En nationell ledningsgrupp med medarbetare från alla "
                    "noder leder det gemensamma arbetet."
                ),
                rich_text(
                    "Det nationella kansliet finns vid Malmö universitet. Kansliet kallar till "
                    "styrgruppens och ledningsgruppens möten, samordnar gemensamma ansökningar "
                    "och projekt, företräder noderna nationellt och internationellt och sköter "
                    "den externa kommunikationen: nyhetsbrev, webbplats och sociala medier."
                ),
            ),
            section(
                "Ekonomi",
                rich_text(
                    "Varje lärosäte i nodsamverkan bidrar med 200 000 kronor om året och med "
                    "arbetstid motsvarande en halv heltid. Det mesta går till arbetstid; en "
                    "mindre del finansierar gemensamma utvecklingsprojekt. Noderna finansierar "
                    "sin egen verksamhet med interna och externa medel."
                ),
            ),
        ],
    )
    child_page(
        about,
        StandardPage,
        "verksamhetsplan",
        title="Verksamhetsplan 2026–2028",
        intro=(
            "Styrgruppen antog en ny verksamhetsplan i mars 2026. Här är det viktigaste i korthet."
        ),
        body=[
            section(
                "Fyra strategiska områden",
                {
                    "type": "rich_text",
                    "value": (
                        "<ol><li>Social innovation i lärosätenas innovations- och "
                        "samverkansstöd.</li><li>Forskningens roll i samverkan mellan "
                        "sektorer.</li><li>Samverkan över sektorsgränser och utveckling av "
                        "metoder och kunskap.</li><li>Ekosystemet för social innovation.</li>"
                        "</ol>"
                    ),
                },
            ),
            section(
                "En ny webbplats och en digital orienteringskarta",
                rich_text(
                    "Planen slår fast att webbplatsen ska byggas om för att säkra "
                    "tillgänglighet och långsiktigt tekniskt underhåll. Orienteringskartan för "
                    "samhällsförändring ska bli digital, och exempelbanken med sociala "
                    "innovationer ska växa."
                ),
            ),
            document_link(
                demo_document(
                    "Verksamhetsplan 2026–2028",
                    "verksamhetsplan-2026-2028.pdf",
                    [
                        "Mötesplats Social Innovation",
                        "Demoversion av verksamhetsplanen, skapad för provkörning.",
                    ],
                ),
                "Ladda ner verksamhetsplanen 2026–2028",
            ),
        ],
    )
    return about


PROCESS_MODEL = [
    ("Förstå samhällsutmaningen", "Vilket behov möter vi, och vems behov är det?"),
    ("Visionera samhällsförändring", "Hur ser det ut när utmaningen är löst?"),
    ("Mobilisera", "Vilka behöver vara med, och vad kan var och en bidra med?"),
    ("Utveckla och testa", "Hur prövar vi idén i liten skala och lär oss av det?"),
    ("Förverkliga och sprida", "Hur når lösningen fler människor och platser?"),
    ("Skapa värde", "Vilket värde uppstår, för vem, och hur vet vi det?"),
]


def guiding_questions():
    """Give the process model's stages their guiding questions, where none is written yet."""
    for name, question in PROCESS_MODEL:
        ProcessStage.objects.filter(name=name, guiding_question="").update(
            guiding_question=question
        )


def social_innovation_page(home, log):
    guiding_questions()
    page, created = child_page(
        home,
        StandardPage,
        "social-innovation",
        title="Vad är social innovation?",
        intro=(
            "Sociala innovationer är nya sätt att möta sociala behov, ofta framtagna av "
            "aktörer som sällan arbetar tillsammans."
        ),
        body=[
            rich_text(
                "En social innovation kan vara en tjänst, en produkt, en arbetsmetod eller en "
                "ny form av organisering. Det som gör den social är både målet, att möta ett "
                "samhällsbehov, och vägen dit: nya relationer och samarbeten mellan offentlig "
                "sektor, civilsamhälle, näringsliv och akademi."
            ),
            section(
                "Hur skapas sociala innovationer?",
                rich_text(
                    "MSI:s processmodell har sociala mål och medel i centrum och beskriver sex "
                    "delar som en innovation brukar röra sig mellan, inte alltid i ordning. "
                    "Varje del har en vägledande fråga."
                ),
                figure(
                    demo_image(
                        "processmodell.jpg",
                        "Processmodellen som färgfält",
                        credit="Illustration: gjord för demoinnehållet",
                    ),
                    "Sex färgade cirklar på ljus bakgrund, en för varje del i processmodellen.",
                    caption="Processmodellens sex delar.",
                ),
                {"type": "process_model", "value": None},
            ),
            section(
                "Exempel från Sverige",
                rich_text(
                    "Fritidsbanken lånar ut sport- och fritidsutrustning gratis och startade i "
                    "Ludvika. Svenska med baby samlar föräldralediga som vill öva svenska "
                    "tillsammans med andra föräldrar. Båda fanns med i urvalet till 100 "
                    "sociala innovationer som kan förändra Sverige."
                ),
                quote(
                    "Social innovation händer när människor som sällan möts börjar lösa "
                    "samma problem tillsammans.",
                    "Exempelperson (påhittad)",
                    "Nodsamordnare",
                ),
            ),
        ],
    )
    if created:
        log("Vad är social innovation? skapad")
    return page
