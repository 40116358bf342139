"""The publications listed on the current site, each with a summary page and a demo PDF."""

from news.models import PublicationPage
from pages.demo.helpers import child_page, demo_document, rich_text

from .common import themes
from .summaries import business_plan_2019, business_plan_2026, policy_mapping_2025

MSI = "Mötesplats Social Innovation"
ESF_CENTRE = "Kompetenscenter för social innovation i ESF"
PDF_NOTE = "Demoversion, skapad för provkörning av webbplatsen."
SHORT = (
    "<i>Det här är en kort beskrivning av publikationen, inte en fullständig "
    "sammanfattning. Hela texten finns i PDF:en.</i>"
)
SHORT_EN = (
    "<i>This is a short description of the publication, not a full summary. The complete "
    "text is in the PDF.</i>"
)


def publication(index, slug, *, pdf, theme_slugs=(), **fields):
    """The publication below `index` with `slug`, created with its PDF if missing."""
    existing = index.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    document = demo_document(fields["title"], pdf, [MSI, PDF_NOTE])
    return child_page(
        index, PublicationPage, slug, document=document, themes=themes(*theme_slugs), **fields
    )


def publications(index):
    """Build them all; return {slug: page} for the news articles that point to them."""
    pages = {}

    def add(slug, **fields):
        pages[slug], created = publication(index, slug, **fields)
        return created

    add(
        "verksamhetsplan-2026-2028",
        title="Verksamhetsplan 2026–2028",
        pdf="verksamhetsplan-2026-2028.pdf",
        year=2026,
        publication_type="verksamhetsplan",
        authors="MSI:s styrgrupp",
        publisher=MSI,
        intro=(
            "Planen som styrgruppen fastställde i mars 2026: fem lärosäten, fyra strategiska "
            "områden och en ny, tillgänglig webbplats."
        ),
        body=business_plan_2026(),
        theme_slugs=["samverkan"],
    )
    add(
        "verksamhetsplan-2019",
        title="Verksamhetsplan 2019",
        pdf="verksamhetsplan-2019.pdf",
        year=2019,
        publication_type="verksamhetsplan",
        authors=MSI,
        publisher=f"{MSI}, Malmö universitet i partnerskap med Malmö stad",
        intro=(
            "Året då MSI skulle växa från Malmö till ett nationellt nätverk av regionala "
            "noder, med MSI Syd som nod i Malmö."
        ),
        body=business_plan_2019(),
        theme_slugs=["samverkan"],
    )
    add(
        "policykartlaggning-social-innovation",
        title="Policykartläggning social innovation",
        pdf="policykartlaggning-social-innovation.pdf",
        year=2025,
        publication_type="rapport",
        authors="Ramboll Management Consulting",
        publisher=f"{MSI} för Sveriges nationella kompetenscenter för social innovation i ESF",
        project=ESF_CENTRE,
        intro=(
            "Vilka politiska trender och processer påverkar social innovation i Sverige? "
            "Ramboll har kartlagt elva policyinitiativ och ger råd till kompetenscentret."
        ),
        body=policy_mapping_2025(),
        theme_slugs=["samverkan", "framtidens-arbetsliv", "jamlik-halsa"],
    )
    add(
        "100-sociala-innovationer",
        title="100 sociala innovationer – som kan förändra Sverige",
        pdf="100-sociala-innovationer.pdf",
        year=2017,
        publication_type="bok",
        publisher=MSI,
        intro="Ett urval sociala innovationer från både städer och landsbygder i Sverige.",
        body=[
            rich_text(
                "Boken samlar sociala innovationer som valdes ut 2015 och 2016. Här finns "
                "Fritidsbanken, som lånar ut sport- och fritidsutrustning gratis, "
                "Matmissionens sociala livsmedelsbutiker, kvinnokooperativet Yallatrappan i "
                "Rosengård och Svenska med baby, där föräldralediga övar svenska "
                "tillsammans.",
                SHORT,
            )
        ],
        theme_slugs=["landsbygd-och-stad", "samverkan"],
    )
    swedish_ecosystem = add(
        "ekosystem-for-social-innovation-i-sverige",
        title="Ekosystem för social innovation i Sverige",
        pdf="ekosystem-for-social-innovation-i-sverige.pdf",
        year=2022,
        publication_type="rapport",
        intro=(
            "En rapport om de aktörer, stödformer och strukturer som tillsammans bär social "
            "innovation i Sverige."
        ),
        body=[
            rich_text(
                "Rapporten beskriver ekosystemet för social innovation: vilka som finns, hur "
                "de samverkar och var det saknas stöd. Den finns också på engelska.",
                SHORT,
            )
        ],
        theme_slugs=["samverkan"],
    )
    english_ecosystem = add(
        "the-social-innovation-ecosystem-in-sweden",
        title="The social innovation ecosystem in Sweden",
        pdf="the-social-innovation-ecosystem-in-sweden.pdf",
        year=2022,
        publication_type="rapport",
        language="en",
        other_language_edition=pages["ekosystem-for-social-innovation-i-sverige"],
        intro=(
            "The English edition of a report on the actors, support and structures that "
            "carry social innovation in Sweden."
        ),
        body=[
            rich_text(
                "The report describes who takes part in the Swedish ecosystem for social "
                "innovation, how they work together and where support is missing.",
                SHORT_EN,
            )
        ],
        theme_slugs=["samverkan"],
    )
    if swedish_ecosystem and english_ecosystem:
        swedish = pages["ekosystem-for-social-innovation-i-sverige"]
        swedish.other_language_edition = pages["the-social-innovation-ecosystem-in-sweden"]
        swedish.save_revision().publish()
    add(
        "regional-samverkan-kring-samhallsutmaningar",
        title=(
            "Regional samverkan kring samhällsutmaningar: en kartläggning av exempel på "
            "långsiktig organisering"
        ),
        pdf="regional-samverkan-kring-samhallsutmaningar.pdf",
        year=2024,
        publication_type="rapport",
        intro=(
            "Exempel på hur regioner organiserar långsiktig samverkan kring samhällsutmaningar."
        ),
        body=[
            rich_text(
                "Kartläggningen samlar exempel där aktörer i en region har byggt upp "
                "samverkan som håller över tid, i stället för att börja om i varje nytt "
                "projekt.",
                SHORT,
            )
        ],
        theme_slugs=["samverkan", "landsbygd-och-stad"],
    )
    add(
        "stodstruktur-for-innovativ-inkludering",
        title="Stödstruktur för innovativ inkludering i arbetsliv och samhälle",
        pdf="stodstruktur-for-innovativ-inkludering.pdf",
        year=2023,
        publication_type="rapport",
        intro=(
            "Om vad som behövs för att nya lösningar för inkludering i arbetsliv och "
            "samhälle ska kunna växa."
        ),
        body=[
            rich_text(
                "Rapporten handlar om stödstrukturer: de samarbeten, resurser och "
                "arbetssätt som gör att innovationer för ett mer inkluderande arbetsliv "
                "och samhälle kan prövas och spridas.",
                SHORT,
            )
        ],
        theme_slugs=["framtidens-arbetsliv", "samverkan"],
    )
    add(
        "understanding-discrimination-in-recruitment-in-sweden",
        title="Understanding discrimination in recruitment in Sweden",
        pdf="understanding-discrimination-in-recruitment.pdf",
        year=2024,
        publication_type="rapport",
        language="en",
        intro="A report in English on discrimination in recruitment in Sweden.",
        body=[
            rich_text(
                "The report is about discrimination in recruitment in Sweden: how it can be "
                "understood, as a question for an inclusive working life.",
                SHORT_EN,
            )
        ],
        theme_slugs=["framtidens-arbetsliv"],
    )
    add(
        "kompass-for-havsambassadorer",
        title="Kompass för havsambassadörer: Navigera mot regenerativa kulturer",
        pdf="kompass-for-havsambassadorer.pdf",
        year=2024,
        publication_type="handbok",
        intro="En handbok för havsambassadörer som vill arbeta mot regenerativa kulturer.",
        body=[
            rich_text(
                "Handboken är tänkt som en kompass: ett stöd för att hitta riktning i arbetet "
                "som havsambassadör och för att bygga kulturer som återskapar mer än de "
                "förbrukar.",
                SHORT,
            )
        ],
    )
    return pages
