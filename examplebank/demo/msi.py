"""Demo examples of MSI's own models and tools (../shared/content-facts.md), kept general.

The contact people are the nodes demo's invented ones, marked "(exempel)" in their roles.
"""

MSI = "Mötesplats Social Innovation"

MSI_EXAMPLES = [
    {
        "slug": "koalitionsmodellen",
        "name": "Koalitionsmodellen",
        "summary": (
            "Aktörer från olika sektorer bildar en koalition kring en gemensam "
            "samhällsutmaning, under en serie om fyra möten."
        ),
        "description": [
            "Koalitionsmodellen är ett av MSI:s verktyg för samverkan. Den samlar offentlig "
            "sektor, civilsamhälle, näringsliv och akademi kring en utmaning som ingen av "
            "dem kan lösa på egen hand.",
            "Koalitionen formas under en serie om fyra möten. Hittills har sex koalitioner "
            "bildats med modellen.",
        ],
        "organisations": MSI,
        "status": "etablerad",
        "sectors": ["offentlig-sektor", "civilsamhalle", "naringsliv", "akademi"],
        "themes": ["samverkan"],
        "goals": [17],
        "stages": ["forsta-samhallsutmaningen", "mobilisera"],
        "level": "system",
        "source": MSI,
        "contact": "Kim Exempelsson",
        "image": (
            "sektorer.png",
            "Fyra sektorer möts i social innovation",
            "Fyra cirklar som överlappar: offentlig sektor, civilsamhälle, akademi och "
            "näringsliv. Där alla fyra möts står social innovation.",
        ),
        "featured": True,
    },
    {
        "slug": "kompetenscenter-for-social-innovation-i-esf",
        "name": "Kompetenscenter för social innovation i ESF",
        "summary": (
            "Ett nationellt kompetenscenter som samlar och delar kunskap om social innovation "
            "inom Europeiska socialfonden."
        ),
        "description": [
            "MSI driver kompetenscentret på uppdrag av Svenska ESF-rådet, tillsammans med "
            "Nationella nätverket för samordningsförbund och Partnerskapet för sociala "
            "innovationer i Region Örebro län.",
            "Varje år samlar kompetenscentret projekt, samordningsförbund och forskare på "
            "konferensen Innovativa lösningar för ett inkluderande arbetsliv.",
        ],
        "organisations": (
            f"{MSI}, Svenska ESF-rådet, Nationella nätverket för samordningsförbund, "
            "Partnerskapet för sociala innovationer i Region Örebro län"
        ),
        "status": "etablerad",
        "sectors": ["offentlig-sektor", "civilsamhalle", "akademi"],
        "themes": ["framtidens-arbetsliv", "samverkan"],
        "goals": [8, 10, 17],
        "stages": ["forverkliga-och-sprida"],
        "level": "system",
        "source": MSI,
        "contact": "Alex Demosson",
    },
    {
        "slug": "social-impact-lab",
        "node": "orebro",
        "name": "Social Impact Lab vid Örebro universitet",
        "summary": (
            "Ett lab vid Örebro universitet, ett av de verktyg som MSI lyfter fram för att "
            "stödja sociala innovationer."
        ),
        "description": [
            "Social Impact Lab finns vid Örebro universitet, ett av lärosätena bakom MSI:s "
            "regionala noder.",
            "Vill du veta mer om hur labbet arbetar och hur man kan delta? Kontakta noden i "
            "Örebro.",
        ],
        "organisations": "Örebro universitet",
        "municipality": "Örebro",
        "region": "18",
        "status": "etablerad",
        "sectors": ["akademi"],
        "themes": ["samverkan"],
        "goals": [9, 17],
        "stages": ["utveckla-och-testa"],
        "level": "samhalle",
        "source": "MSI:s nod i Örebro",
        "contact": "Omar Provsson",
    },
    {
        "slug": "unic-centre-for-city-futures",
        "node": "malmo",
        "name": "UNIC Centre for City Futures och Re-imaginatorium",
        "summary": ("Två miljöer i Malmö som arbetar med frågor om städernas framtid."),
        "description": [
            "UNIC Centre for City Futures och Re-imaginatorium i Malmö hör till de modeller "
            "och verktyg som MSI lyfter fram när det gäller hur städer kan utvecklas.",
            "Vill du veta mer? Kontakta MSI:s nod i Malmö.",
        ],
        "organisations": "UNIC Centre for City Futures",
        "municipality": "Malmö",
        "region": "12",
        "status": "etablerad",
        "sectors": ["akademi"],
        "themes": ["landsbygd-och-stad", "samverkan"],
        "goals": [11, 17],
        "stages": ["visionera-samhallsforandring"],
        "level": "system",
        "source": "MSI:s nod i Malmö (MSI Syd)",
        "contact": "Maja Exempeldotter",
    },
]
