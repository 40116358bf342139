"""Invented demo examples, one or more for every node: the kinds of social innovation MSI
mentions (urban growing, a village shop owned together, empty buildings turned into meeting
places in the countryside) and others like them.

Every name ends in "(exempel)", the first paragraph says the example is invented, and no
place is named more precisely than a town, so nothing here can be mistaken for a real project.
"""

SOURCE = "Påhittat exempel (demoinnehåll)"
INVENTED = "Det här är ett påhittat exempel som visar hur en social innovation kan se ut."


def invented(**spec):
    spec["description"] = [INVENTED, *spec["description"]]
    return {"source": SOURCE, **spec}


ILLUSTRATIVE_EXAMPLES = [
    invented(
        slug="byn-som-kopte-sin-butik-exempel",
        node="umea",
        name="Byn som köpte sin butik (exempel)",
        summary=(
            "När byns sista butik skulle stänga gick de boende samman och köpte den. Nu ägs "
            "den gemensamt och är också byns mötesplats."
        ),
        description=[
            "Butiken var sliten och ägaren ville sluta. Utan den skulle de närmaste "
            "matvarorna finnas flera mil bort. Byborna bildade en ekonomisk förening, köpte "
            "in sig med små andelar och rustade lokalen med egna händer.",
            "I dag har butiken också paketutlämning, ett fik och en anslagstavla för "
            "föreningslivet. Överskottet går tillbaka till butiken.",
        ],
        organisations="Byns ekonomiska förening (påhittad)",
        region="24",
        status="etablerad",
        sectors=["civilsamhalle", "naringsliv"],
        themes=["landsbygd-och-stad"],
        goals=[8, 11],
        stages=["forverkliga-och-sprida"],
        level="grasrot",
        contact="Elin Demodotter",
    ),
    invented(
        slug="skolan-som-blev-bygdens-hus-exempel",
        node="umea",
        name="Skolan som blev bygdens hus (exempel)",
        summary=(
            "En nedlagd byskola står inte längre tom: föreningar, kommunen och företagare "
            "delar på huset och har gjort det till en mötesplats för hela bygden."
        ),
        description=[
            "Kommunen hyr ut skolan till en förening för en symbolisk summa. I klassrummen "
            "finns nu kontorsplatser att hyra, en gymnastiksal för föreningarna och ett kök "
            "där det lagas gemensam middag en gång i veckan.",
            "Försöket pågår i två år och följs av forskare, som ska ta reda på vad som krävs "
            "för att fler tomma hus på landsbygden ska kunna få nytt liv.",
        ],
        region="24",
        year_started=2024,
        status="pilot",
        sectors=["civilsamhalle", "offentlig-sektor", "akademi"],
        themes=["landsbygd-och-stad", "samverkan"],
        goals=[11, 17],
        stages=["utveckla-och-testa"],
        level="samhalle",
        contact="Elin Demodotter",
    ),
    invented(
        slug="digitala-fikastunder-exempel",
        node="umea",
        name="Digitala fikastunder för äldre (exempel)",
        summary=(
            "Äldre som bor långt från varandra träffas över surfplattan och lär sig samtidigt "
            "de digitala tjänster som vardagen kräver."
        ),
        description=[
            "Varje vecka kopplar ett tiotal äldre upp sig till en gemensam fikastund. En "
            "volontär leder samtalet och visar något nytt: att boka tid i vården, betala en "
            "räkning eller ringa videosamtal till barnbarnen.",
            "Hemtjänsten hjälper den som vill komma i gång, och biblioteket lånar ut plattor.",
        ],
        region="24",
        status="pilot",
        sectors=["offentlig-sektor", "civilsamhalle"],
        themes=["digital-inkludering", "jamlik-halsa"],
        goals=[3, 10],
        stages=["utveckla-och-testa"],
        level="grasrot",
    ),
    invented(
        slug="vaxthuset-pa-garden-exempel",
        node="lulea",
        name="Växthuset på gården (exempel)",
        summary=(
            "Hyresgäster odlar tillsammans i ett växthus på bostadsgården, och gården har "
            "blivit en plats där grannar lär känna varandra."
        ),
        description=[
            "Bostadsbolaget byggde växthuset, hyresgästerna sköter det. Odlingssäsongen blir "
            "längre under glas, och skörden delas mellan dem som har varit med.",
            "Efter första året säger de boende att de hälsar på fler grannar än förut, och "
            "att gården känns tryggare på kvällarna.",
        ],
        organisations="Ett bostadsbolag och en hyresgästförening (påhittade)",
        municipality="Luleå",
        region="25",
        year_started=2025,
        status="pilot",
        sectors=["civilsamhalle", "naringsliv"],
        themes=["landsbygd-och-stad", "trygghet-i-offentliga-rummet"],
        goals=[2, 11, 15],
        stages=["utveckla-och-testa"],
        level="grasrot",
        contact="Sam Testberg",
    ),
    invented(
        slug="sommarjobb-i-hembygden-exempel",
        node="lulea",
        name="Sommarjobb i hembygden (exempel)",
        summary=(
            "En idé om att samla bygdens små företag kring sommarjobb för unga, så att fler "
            "ser en framtid där de vuxit upp."
        ),
        description=[
            "Små företag har sällan tid att ta emot en sommarjobbare. Idén är att kommunen "
            "sköter annonser och avtal, medan företagen erbjuder jobben och en handledare.",
            "Just nu samlas företag, skolor och unga för att se om idén håller.",
        ],
        region="25",
        status="ide",
        sectors=["offentlig-sektor", "naringsliv"],
        themes=["framtidens-arbetsliv", "landsbygd-och-stad"],
        goals=[4, 8],
        stages=["mobilisera"],
        level="samhalle",
        contact="Sam Testberg",
    ),
    invented(
        slug="textilt-aterbruk-som-ger-arbete-exempel",
        node="boras",
        name="Textilt återbruk som ger arbete (exempel)",
        summary=(
            "Kasserade textilier sorteras, lagas och sys om i en verkstad som ger arbete åt "
            "människor som har stått länge utan jobb."
        ),
        description=[
            "Verkstaden drivs som ett arbetsintegrerande socialt företag. Tyg som annars "
            "hade bränts blir väskor, förkläden och arbetskläder som säljs till företag.",
            "Högskolan följer arbetet och hjälper till att pröva nya sätt att sortera och "
            "återanvända material.",
        ],
        municipality="Borås",
        region="14",
        year_started=2023,
        status="etablerad",
        sectors=["naringsliv", "civilsamhalle", "akademi"],
        themes=["framtidens-arbetsliv"],
        goals=[8, 12],
        stages=["skapa-varde"],
        level="samhalle",
        contact="Robin Provsdotter",
    ),
    invented(
        slug="reparationskafe-pa-biblioteket-exempel",
        node="boras",
        name="Reparationskafé på biblioteket (exempel)",
        summary=(
            "En kväll i månaden lagar grannar trasiga saker tillsammans på biblioteket, i "
            "stället för att slänga dem."
        ),
        description=[
            "Den som kan laga en cykel, en brödrost eller en byxa delar med sig, och den som "
            "kommer med något trasigt får hjälp att laga det själv.",
            "Idén har spridits från ett bibliotek till flera, med en enkel handbok för den "
            "som vill starta ett eget kafé.",
        ],
        municipality="Borås",
        region="14",
        status="spridd",
        sectors=["civilsamhalle", "offentlig-sektor"],
        goals=[12],
        stages=["forverkliga-och-sprida"],
        level="grasrot",
    ),
    invented(
        slug="trygghetsvandringar-med-unga-exempel",
        node="orebro",
        name="Trygghetsvandringar med unga (exempel)",
        summary=(
            "Unga visar kommunen och fastighetsägarna var de känner sig otrygga, och är med "
            "och bestämmer vad som ska göras åt det."
        ),
        description=[
            "Under vandringarna pekar ungdomarna ut mörka passager, tomma torg och platser "
            "där de undviker att gå. Kommunen, fastighetsägare och polisen lyssnar och "
            "återkommer med förslag.",
            "Ungdomarna får sedan säga vad de tycker om förslagen innan något byggs om.",
        ],
        municipality="Örebro",
        region="18",
        year_started=2025,
        status="pilot",
        sectors=["offentlig-sektor", "civilsamhalle", "naringsliv"],
        themes=["trygghet-i-offentliga-rummet", "barnets-rattigheter"],
        goals=[11, 16],
        stages=["forsta-samhallsutmaningen"],
        level="samhalle",
        contact="Omar Provsson",
    ),
    invented(
        slug="samordnat-stod-till-unga-exempel",
        node="jonkoping",
        name="Samordnat stöd till unga som varken arbetar eller studerar (exempel)",
        summary=(
            "Kommun, region och föreningar prövade att ge unga en enda kontaktperson i "
            "stället för många. Projektet är avslutat och erfarenheterna finns samlade."
        ),
        description=[
            "Unga som varken arbetade eller studerade fick en egen kontaktperson som hjälpte "
            "dem genom kontakterna med skola, vård och arbetsförmedling.",
            "Projektet har avslutats. Utvärderingen beskriver vad som fungerade och vad som "
            "krävs för att arbetssättet ska bli en del av ordinarie verksamhet.",
        ],
        region="06",
        status="avslutad",
        sectors=["offentlig-sektor", "civilsamhalle"],
        themes=["framtidens-arbetsliv"],
        goals=[4, 8, 10],
        stages=["skapa-varde"],
        level="system",
    ),
]
