"""The 2020 interview with MSI's head of operations (seed 004), retold in our own words.

The interviewee is a real person: the demo names her only by role, never by name.
"""

import datetime

from pages.demo.helpers import fact_box

from .common import article

ROLE = "MSI:s verksamhetsledare"


def qa(question, *paragraphs):
    return {"question": question, "answer": "".join(f"<p>{p}</p>" for p in paragraphs)}


QUESTIONS = [
    qa(
        "Vad är Mötesplats Social Innovation?",
        "En nationell plattform där kunskap om social innovation och socialt företagande "
        "samlas och där aktörer hittar varandra. Den startade vid Malmö universitet 2010 och "
        "har vuxit fram i nära samarbete med Malmö stad.",
        "Med stöd från Vinnova byggs plattformen nu ut till fem lärosäten i landet: "
        "Jönköping University, Luleå tekniska universitet, Malmö universitet, Umeå "
        "universitet och Örebro universitet.",
    ),
    qa(
        "Vad gör ni i praktiken?",
        "Vi samlar in kunskap i Sverige och utomlands, bearbetar den och delar den vidare. "
        "Vi ordnar mötesplatser och gör insatser som bygger förmåga i och mellan "
        "organisationer.",
        "Just nu arbetar vi med fyra teman: innovation och samverkan för barnets "
        "rättigheter, digital inkludering, omställning i arbetslivet och trygghet i det "
        "offentliga rummet. Två exempel på vad vi delar är boken 100 sociala innovationer – "
        "som kan förändra Sverige, med exempel från både städer och landsbygder, och en "
        "handbok i effektmätning.",
    ),
    qa(
        "Vilka mötesplatser skapar ni?",
        "Både stora och små. Vi vill vara en katalysator som får dem som vill samarbeta att "
        "hitta varandra. Den 10–11 november bjuder vi in till Social Innovation Summit, som "
        "i år hålls helt digitalt.",
    ),
    qa(
        "Varför behövs en nationell plattform?",
        "Vi har lärt oss att arbeta systematiskt med teknisk och kommersiell innovation. På "
        "samma sätt behöver vi arbeta med innovation vars främsta drivkraft är nyttan för "
        "samhället.",
        "De stora samhällsutmaningarna kan ingen aktör lösa på egen hand. Det krävs nya "
        "partnerskap mellan sektorer, och med dem nya sätt att driva, finansiera och styra "
        "verksamhet. Den kunskapen och förmågan behöver byggas upp om social innovation ska "
        "bli en kraft i arbetet med Agenda 2030, som till stor del är en social agenda.",
    ),
    qa(
        "Skiljer sig behoven mellan landsbygd och stad?",
        "På landsbygden har jag sett hur lokalsamhället kan mobilisera, till exempel när en "
        "tom fastighet blir något som hela bygden har nytta av, eller när byborna tillsammans "
        "tar över en butik som höll på att läggas ned.",
        "I staden finns samma behov, fast på kvartersnivå: hur skapar vi trygghet "
        "tillsammans, och hur får vi en lokal ekonomi där fler kan försörja sig? Frågorna "
        "och metoderna är ofta desamma, medan innehållet skiftar med platsen. Stadsodlingen "
        "är ett exempel där stad och land kan mötas, kring nya grödor och arbetskraft.",
    ),
    qa(
        "Vad behöver ändras för att sociala innovationer ska få bättre förutsättningar?",
        "Den som startar något samhällsnyttigt möter ofta hinder, eftersom affärsmodellen "
        "inte passar in när innovationer och företag värderas på traditionellt sätt. Det "
        "behövs politiska beslut som ger stöd och drivkrafter, och därför är regeringens "
        "strategi för sociala företag viktig. SKR har dessutom nyss gett ut en handbok om "
        "hur kommuner och regioner kan samarbeta med sociala företag.",
        "När vi har frågat offentliga aktörer vad de behöver lära sig mer om svarar de "
        "oftast samverkan över sektorsgränser. Där har MSI och andra som arbetar mellan "
        "sektorerna en roll. Pandemin har visat hur mycket vi behöver varandra när saker "
        "måste ändras snabbt.",
    ),
]


def interview(news_index):
    return article(
        news_index,
        "intervju-nationell-plattform-for-social-innovation",
        title="Intervju: En nationell plattform för social innovation",
        date=datetime.date(2020, 10, 30),
        intro=(
            f"Vad gör Mötesplats Social Innovation, och vad behöver förändras för att "
            f"sociala innovationer ska växa? {ROLE} svarar. Intervjun publicerades först av "
            f"Landsbygdsnätverket."
        ),
        image=(
            "sektorer.png",
            "Fyra sektorer möts i social innovation",
            "Fyra cirklar som överlappar: offentlig sektor, civilsamhälle, akademi och "
            "näringsliv. Där alla fyra möts står social innovation.",
            "Social innovation uppstår när aktörer från olika sektorer möts.",
        ),
        body=[
            {"type": "interview", "value": {"questions": QUESTIONS}},
            fact_box(
                "Om intervjun",
                "Intervjun gjordes hösten 2020 av Landsbygdsnätverket och återges här i "
                "sammandrag. Svaren är från MSI:s verksamhetsledare.",
            ),
        ],
        authors=["Alex Demosson"],
        theme_slugs=[
            "barnets-rattigheter",
            "digital-inkludering",
            "framtidens-arbetsliv",
            "trygghet-i-offentliga-rummet",
            "landsbygd-och-stad",
        ],
    )
