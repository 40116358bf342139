"""Web summaries of the three publications the seeds hold in full (../shared/seeds/).

Written for the demo in our own words: a summary is the accessible alternative to the PDF,
so each one carries the publication's conclusions, not just its table of contents.
"""

from pages.demo.helpers import fact_box, rich_text, section, subheading, table


def bullets(*items):
    items = "".join(f"<li>{item}</li>" for item in items)
    return {"type": "rich_text", "value": f"<ul>{items}</ul>"}


def business_plan_2026():
    return [
        section(
            "Fem lärosäten, ett gemensamt uppdrag",
            rich_text(
                "MSI bildades 2010 och har sedan 2017 byggt upp regionala noder. Under "
                "planperioden finns MSI vid fem lärosäten: Högskolan i Borås, Luleå tekniska "
                "universitet, Malmö universitet, Umeå universitet och Örebro universitet. "
                "Malmö universitet samordnar arbetet.",
                "Planen beskriver uppdraget i tre delar: att driva på kunskaps- och "
                "metodutveckling, att bygga samverkan mellan sektorer och att stärka "
                "ekosystemet för social innovation. MSI är på samma gång en del av "
                "lärosätenas stöd för innovation och samverkan och en arena där akademin "
                "möter offentlig sektor, civilsamhälle och näringsliv.",
            ),
            rich_text(
                "Nodsamverkan behövs eftersom social innovation sällan passar in i de "
                "vanliga stödformerna och finansieringsmodellerna för innovation. Genom "
                "samarbetet kan lärosätena dela kunskap och bygga kompetens tillsammans, "
                "i städer såväl som på landsbygden."
            ),
        ),
        section(
            "Fyra strategiska områden",
            rich_text(
                "Det övergripande målet ligger fast: social innovation ska bli en starkare "
                "samhällskraft i arbetet med Agenda 2030, inom akademin och i resten av "
                "samhället. För 2026–2028 pekar planen ut fyra områden."
            ),
            table(
                "Strategiska områden och exempel på insatser 2026–2028",
                [
                    ["Område", "Exempel på vad MSI ska göra"],
                    [
                        "1. Social innovation i lärosätenas innovations- och samverkansstöd",
                        "Synliggöra vad MSI bidrar med inom lärosätena och dela lärdomar om "
                        "akademins roll, bland annat från arbetet med impact labs.",
                    ],
                    [
                        "2. Forskningens roll i samverkan mellan sektorer",
                        "Bevaka finansiering tillsammans med lärosätenas stödfunktioner och "
                        "söka externa medel i gemensamma ansökningar från flera noder.",
                    ],
                    [
                        "3. Samverkan över sektorsgränser och metod- och kunskapsutveckling",
                        "Utveckla och sprida metoder, göra orienteringskartan för "
                        "samhällsförändring digital och bygga ut exempelbanken.",
                    ],
                    [
                        "4. Ekosystemet för social innovation",
                        "Få med fler lärosäten, visa på möjligheter och hinder i finansiering "
                        "och regionala stödstrukturer och föra dialog med riksdagspolitiker.",
                    ],
                ],
            ),
        ),
        section(
            "Gemensamma insatser för hela perioden",
            rich_text("Utöver de fyra områdena ska MSI under planperioden:"),
            bullets(
                "arbeta för mer extern finansiering inom prioriterade områden,",
                "knyta ihop regional, nationell och internationell nivå och se till att "
                "kunskap förs vidare mellan projekt och noder,",
                "bygga om webbplatsen så att den blir tillgänglig och går att förvalta "
                "långsiktigt,",
                "ta fram indikatorer och en plan för att följa upp resultaten varje år.",
            ),
        ),
        section(
            "Varför det behövs",
            rich_text(
                "Enligt planen har kunskapen om social innovation vuxit sedan MSI startade, "
                "men stödet i Sverige riktas främst till kommersiell och teknisk innovation "
                "och på senare år också till krisberedskap och försvar. EU satsar samtidigt "
                "på social innovation.",
                "Planen beskriver det svenska ekosystemet som splittrat, med svag samordning "
                "och otillräcklig finansiering, och efterlyser mer policystöd och en "
                "tätare dialog med politiker och tjänstepersoner. Kopplingen till "
                "näringslivet lyfts fram som något som behöver stärkas.",
            ),
            fact_box(
                "Organisation och ekonomi",
                "En nationell styrgrupp, en nationell ledningsgrupp och ett kansli vid "
                "Malmö universitet.",
                "Varje lärosäte bidrar med 200 000 kronor om året och en halv tjänst.",
            ),
        ),
    ]


def business_plan_2019():
    return [
        section(
            "MSI 2019: en nationell kunskapsnod i Malmö",
            rich_text(
                "År 2019 var MSI värd vid Malmö universitet och drevs i partnerskap med Malmö "
                "stad, som också var med och finansierade verksamheten. Uppgiften var att "
                "följa vad som händer inom social innovation i Sverige och internationellt "
                "och se till att kunskap och erfarenheter delas och används.",
                "Planen beskriver tre roller: kunskapsnod som samlar och sprider kunskap "
                "utan att förorda en viss modell, samordnare som bygger nätverk och "
                "arrangerar möten, och katalysator som lyfter nya lösningar och samlar "
                "aktörer kring angelägna frågor.",
            ),
            subheading("Fyra kunskapsområden"),
            bullets(
                "Nya samverkansmodeller och partnerskap",
                "Nya finansieringsformer och effektmätning",
                "Affär och samhällsnytta",
                "Forskning och utbildning",
            ),
        ),
        section(
            "Bakgrund: en nationell strategi och en förstudie",
            rich_text(
                "Vinnova kartlade ekosystemet för social innovation 2017, och året efter lade "
                "regeringen fram en strategi för socialt företagande och social innovation. "
                "Båda pekade på behovet av att utveckla och dela kunskap och att skapa "
                "mötesplatser.",
                "På uppdrag av Vinnova gjorde MSI tillsammans med flera lärosäten en förstudie "
                "om hur en nationell kunskapsplattform med regional förankring kunde "
                "organiseras. Den låg till grund för en större ansökan om att växa under "
                "2019–2020.",
            ),
        ),
        section(
            "Tre mål för året",
            {
                "type": "rich_text",
                "value": (
                    "<ol><li>Växa nationellt: ett nationellt kansli i Malmö och regionala "
                    "noder vid Jönköping University, Luleå tekniska universitet, Malmö "
                    "universitet, Stockholms universitet, Umeå universitet och Örebro "
                    "universitet.</li><li>Starta en regional nod i Malmö under namnet "
                    "MSI Syd.</li><li>Arrangera Social Innovation Summit i Malmö "
                    "tillsammans med Malmö stad och Malmö universitet, preliminärt den "
                    "12–13 november 2019.</li></ol>"
                ),
            },
            rich_text(
                "För varje mål listar planen aktiviteter: att sätta samman styrgrupper och "
                "rådgivande grupper, kartlägga tänkbara partner, ta fram handlingsplaner "
                "och en modell för hur fler aktörer kan ansluta sig över tid."
            ),
        ),
        section(
            "Budget 2019",
            table(
                "Intäkter 2019 (kronor)",
                [
                    ["Intäkt", "Belopp"],
                    ["Vinnova", "4 290 000"],
                    ["Malmö universitet", "2 000 000"],
                    ["Malmö stad", "2 000 000"],
                    ["Övriga intäkter kring Social Innovation Summit", "1 000 000"],
                    ["Summa", "9 290 000"],
                ],
            ),
            table(
                "Kostnader 2019 (kronor)",
                [
                    ["Kostnad", "Belopp"],
                    ["Personal, inklusive overhead och lokaler", "6 734 000"],
                    ["Social Innovation Summit", "1 560 000"],
                    ["Övriga tjänster för kommunikation och aktiviteter", "696 000"],
                    ["Resor", "300 000"],
                    ["Summa", "9 290 000"],
                ],
            ),
        ),
    ]


def policy_mapping_2025():
    return [
        section(
            "Uppdraget",
            rich_text(
                "Ramboll Management Consulting har på uppdrag av MSI kartlagt vilka "
                "politiska trender och processer som påverkar förutsättningarna för social "
                "innovation i Sverige. Arbetet gjordes för det nationella kompetenscentret "
                "för social innovation i Europeiska socialfonden, mellan november 2024 och "
                "juni 2025.",
                "Två frågor stod i centrum: vad som kan ge nationellt politiskt stöd till "
                "sociala innovationer, och vad som kan göra det möjligt att driva "
                "kompetenscentret vidare långsiktigt. Kartläggningen är utforskande och gör "
                "inte anspråk på att vara heltäckande.",
            ),
            subheading("Så gick det till"),
            rich_text(
                "Ramboll gick igenom policydokument och tidigare kartläggningar, diskuterade "
                "de första slutsatserna med MSI och kompetenscentrets rådgivande grupp och "
                "prövade dem till sist i en workshop med externa nyckelpersoner."
            ),
        ),
        section(
            "Elva policyinitiativ, tre med direkt påverkan",
            rich_text(
                "Rapporten granskar elva initiativ. Tre bedöms påverka social innovation "
                "direkt. De övriga åtta, bland dem budgetpropositionen för 2025, "
                "forsknings- och innovationspropositionen, den nya socialtjänstlagen, en "
                "framtida Finsam-lagstiftning, Regionalfonden och EU:s handlingsplan för den "
                "sociala ekonomin, påverkar indirekt."
            ),
            table(
                "Initiativen med direkt påverkan, i korthet",
                [
                    ["Initiativ", "Möjlighet", "Begränsning"],
                    [
                        "Regeringsuppdrag om utfallsfokuserade arbetssätt, till exempel "
                        "sociala utfallskontrakt",
                        "Finansiering som följer resultat och samverkan mellan sektorer.",
                        "Kräver kapacitet som mindre aktörer ofta saknar.",
                    ],
                    [
                        "Impact Innovation",
                        "Plats för sociala perspektiv i stora omställningsprogram.",
                        "Social innovation riskerar att prioriteras lågt i konkurrensen.",
                    ],
                    [
                        "ESF+",
                        "Pengar till social innovation och en länk mellan EU och Sverige.",
                        "Att söka och driva projekt kräver mycket av den som söker.",
                    ],
                ],
            ),
        ),
        section(
            "Mönster i policylandskapet",
            rich_text(
                "Styrningen rör sig från fasta strukturer mot arbetssätt som bygger på "
                "samverkan, lärande och anpassning. Ändå har aktörer som arbetar med social "
                "innovation, inte minst i civilsamhället, ingen självklar plats i det "
                "innovationssystem som växer fram.",
                "Sedan den nationella strategin för socialt företagande och social "
                "innovation löpte ut 2020 saknar Sverige ett samlat ramverk, trots att EU "
                "ger tydligt stöd. Rapporten betonar också uppföljning som gör lärande "
                "möjligt under arbetets gång, och behovet av långsiktiga plattformar och "
                "aktörer som kan länka ihop policy och praktik.",
            ),
        ),
        section(
            "Rekommendationer till kompetenscentret",
            subheading("Inriktning"),
            rich_text(
                "Stöd där samverkan mellan sektorer efterfrågas men ännu inte finns, och hjälp "
                "kommuner, regioner och andra att omsätta nya regelverk i praktiken. Det "
                "viktiga är arbetssätten, inte etiketten social innovation."
            ),
            subheading("Organisering"),
            rich_text(
                "Bygg förmåga både för metodstöd och för att samla och sprida lärdomar. Var "
                "en brygga mellan lokal utveckling och nationell policy, med ett gemensamt "
                "ramverk för uppföljning, och ge förbättring av beprövade metoder lika stor "
                "plats som det helt nya."
            ),
            subheading("Finansiering"),
            rich_text(
                "Kompetenscentret behöver stabil finansiering som inte hänger på enskilda "
                "projekt. Rapporten pekar på blandfinansiering, där offentliga, privata och "
                "idéburna aktörer går samman, och på exempel från Finland, Portugal och "
                "Storbritannien, och efterlyser bättre nationell samordning och långsiktigt "
                "politiskt stöd."
            ),
        ),
    ]
