"""Demo examples from the book "100 sociala innovationer – som kan förändra Sverige" (2017).

Only the facts in ../shared/content-facts.md, kept general: no years, figures or places beyond
those. Taxonomy slugs are the seeded ones (pages/migrations/0007_seed_taxonomies.py) and the
news demo's themes; regions are given by their län code.
"""

BOOK = "100 sociala innovationer (2017)"
BOOK_PAGE = "100-sociala-innovationer"
SELECTED_2015 = (
    "Valdes ut 2015 till urvalet bakom boken 100 sociala innovationer – som kan förändra Sverige."
)
SELECTED_2016 = (
    "Valdes ut 2016 till urvalet bakom boken 100 sociala innovationer – som kan förändra Sverige."
)


def from_book(**spec):
    return {"source": BOOK, "related": [BOOK_PAGE], **spec}


BOOK_EXAMPLES = [
    from_book(
        slug="fritidsbanken",
        name="Fritidsbanken",
        summary=(
            "Lånar ut sport- och fritidsutrustning gratis, så att barn och vuxna kan pröva "
            "en aktivitet utan att först behöva köpa något."
        ),
        description=[
            "Fritidsbanken fungerar ungefär som ett bibliotek, fast med skridskor, skidor, "
            "hjälmar och bollar på hyllorna. Man lånar utan kostnad under en tid och lämnar "
            "sedan tillbaka, så att någon annan kan låna samma sak.",
            "Idén föddes i Ludvika och finns nu i många kommuner runt om i landet. Tanken är "
            "att plånboken inte ska avgöra vem som kan vara aktiv på fritiden.",
            SELECTED_2016,
        ],
        organisations="Fritidsbanken",
        status="spridd",
        sectors=["civilsamhalle"],
        themes=["jamlik-halsa", "barnets-rattigheter"],
        goals=[3, 10, 12],
        stages=["forverkliga-och-sprida"],
        level="samhalle",
        links=[("Fritidsbankens webbplats", "https://www.fritidsbanken.se/")],
        featured=True,
    ),
    from_book(
        slug="matmissionen",
        name="Matmissionen",
        summary=(
            "Sociala livsmedelsbutiker där skänkt överskottsmat säljs billigt till människor "
            "med låga inkomster."
        ),
        description=[
            "Matmissionen drivs av Stockholms Stadsmission. I butikerna säljs mat som har "
            "skänkts och som annars hade riskerat att slängas, till priser som hushåll med "
            "små marginaler har råd med.",
            "Modellen möter två behov på en gång: mindre matsvinn och mat på bordet för den "
            "som behöver få pengarna att räcka längre.",
            SELECTED_2016,
        ],
        organisations="Stockholms Stadsmission",
        region="01",
        status="etablerad",
        sectors=["civilsamhalle"],
        themes=["jamlik-halsa"],
        goals=[1, 2, 12],
        stages=["forverkliga-och-sprida"],
        level="samhalle",
    ),
    from_book(
        slug="yallatrappan",
        node="malmo",
        name="Yallatrappan",
        summary=(
            "Ett kvinnokooperativ i Rosengård i Malmö som ger kvinnor en väg till arbete och "
            "egen försörjning."
        ),
        description=[
            "Yallatrappan är ett kooperativ som drivs av kvinnor i Rosengård. Det är ett "
            "arbetsintegrerande socialt företag: verksamheten ska bära sig, och samtidigt är "
            "målet att kvinnor som står utanför arbetsmarknaden får arbete och gemenskap.",
            "Exemplet visar hur ett socialt företag kan växa fram ur ett bostadsområde och "
            "bygga på kunskaper som redan finns där.",
            SELECTED_2015,
        ],
        organisations="Yallatrappan",
        municipality="Malmö",
        region="12",
        status="etablerad",
        sectors=["civilsamhalle", "naringsliv"],
        themes=["framtidens-arbetsliv"],
        goals=[5, 8, 10],
        stages=["skapa-varde"],
        level="grasrot",
    ),
    from_book(
        slug="just-arrived",
        name="Just Arrived",
        summary="En digital plattform som matchar nyanlända med arbetsgivare som söker personal.",
        description=[
            "Just Arrived kopplar ihop människor som nyss kommit till Sverige med jobb. "
            "Plattformen gör det enklare för arbetsgivare att hitta kompetens och för "
            "nyanlända att få en första anställning.",
            SELECTED_2016,
        ],
        organisations="Just Arrived",
        status="etablerad",
        sectors=["naringsliv"],
        themes=["framtidens-arbetsliv", "digital-inkludering"],
        goals=[8, 10],
        stages=["forverkliga-och-sprida"],
        level="samhalle",
    ),
    from_book(
        slug="handiscover",
        name="Handiscover",
        summary=(
            "En bokningstjänst för boende på resan som är tillgängligt för personer med "
            "funktionsnedsättning."
        ),
        description=[
            "Att hitta ett boende som fungerar med rullstol eller andra behov kan vara svårt. "
            "Handiscover samlar tillgängliga boenden på ett ställe, så att fler kan resa på "
            "samma villkor som andra.",
            SELECTED_2016,
        ],
        organisations="Handiscover",
        status="etablerad",
        sectors=["naringsliv"],
        goals=[10, 11],
        stages=["forverkliga-och-sprida"],
        level="samhalle",
    ),
    from_book(
        slug="peppy-pals",
        name="Peppy Pals",
        summary=(
            "Digitala spel som hjälper små barn att öva sociala och känslomässiga färdigheter."
        ),
        description=[
            "Peppy Pals spel vänder sig till de yngsta barnen. Genom leken övar barnen på "
            "att känna igen och förstå känslor, hos sig själva och hos andra.",
            SELECTED_2015,
        ],
        organisations="Peppy Pals",
        status="etablerad",
        sectors=["naringsliv"],
        themes=["barnets-rattigheter"],
        goals=[3, 4],
        stages=["forverkliga-och-sprida"],
        level="samhalle",
    ),
    from_book(
        slug="trine",
        name="Trine",
        summary=(
            "En plattform där privatpersoner kan investera i solenergi för människor som "
            "saknar tillgång till el."
        ),
        description=[
            "Trine låter privatpersoner investera i solenergi i områden där många saknar el. "
            "Kapitalet går till solenergi för människor som annars står utan.",
            SELECTED_2016,
        ],
        organisations="Trine",
        status="etablerad",
        sectors=["naringsliv"],
        goals=[1, 7, 13],
        stages=["forverkliga-och-sprida"],
        level="system",
    ),
    from_book(
        slug="skjutsgruppen",
        name="Skjutsgruppen",
        summary="En gemenskap för samåkning, där människor delar resor och bilar med varandra.",
        description=[
            "I Skjutsgruppen erbjuder och efterfrågar medlemmarna skjuts. Den som har en "
            "ledig plats i bilen kan ta med någon som ska åt samma håll, vilket gör resandet "
            "billigare och minskar utsläppen.",
            SELECTED_2015,
        ],
        organisations="Skjutsgruppen",
        status="etablerad",
        sectors=["civilsamhalle"],
        themes=["landsbygd-och-stad"],
        goals=[11, 13],
        stages=["mobilisera"],
        level="grasrot",
    ),
    from_book(
        slug="odlingsnatverket-i-seved",
        node="malmo",
        name="Odlingsnätverket i Seved",
        summary="Stadsodling i kvarteret Seved i Malmö, där grannar odlar tillsammans.",
        description=[
            "I Seved har boende gått samman kring odling mitt i staden. Odlingarna ger "
            "grönsaker och grönska, men lika viktigt är de möten som uppstår när grannar "
            "arbetar sida vid sida.",
            SELECTED_2015,
        ],
        organisations="Odlingsnätverket i Seved",
        municipality="Malmö",
        region="12",
        status="etablerad",
        sectors=["civilsamhalle"],
        themes=["landsbygd-och-stad"],
        goals=[11, 15],
        stages=["mobilisera"],
        level="grasrot",
    ),
    from_book(
        slug="svenska-med-baby",
        name="Svenska med baby",
        summary=(
            "Föräldralediga som lär sig svenska träffar svensktalande föräldrar och övar "
            "språket tillsammans, med bebisarna på armen."
        ),
        description=[
            "Föräldraledigheten blir ett tillfälle att lära sig svenska. I grupperna möts "
            "föräldrar som håller på att lära sig språket och föräldrar som har svenska som "
            "modersmål, och språket övas i vardagliga samtal.",
            "Samtidigt får föräldrarna nya kontakter i en period när många annars träffar få "
            "människor utanför familjen.",
            SELECTED_2015,
        ],
        organisations="Svenska med baby",
        status="etablerad",
        sectors=["civilsamhalle"],
        goals=[4, 10],
        stages=["mobilisera"],
        level="grasrot",
    ),
    from_book(
        slug="rude-food",
        node="malmo",
        name="Rude Food",
        summary=(
            "Catering och evenemang i Malmö där maten lagas av råvaror som annars skulle ha "
            "slängts."
        ),
        description=[
            "Rude Food tar vara på mat som inte längre går att sälja men som fortfarande är "
            "god att äta, och lagar den till catering och evenemang. Varje måltid blir ett "
            "sätt att visa hur mycket som i onödan går till spillo.",
            SELECTED_2015,
        ],
        organisations="Rude Food",
        municipality="Malmö",
        region="12",
        status="etablerad",
        sectors=["naringsliv"],
        goals=[2, 12],
        stages=["skapa-varde"],
        level="grasrot",
    ),
]
