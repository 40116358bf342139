"""The national tree: home page, about pages, social innovation, legal pages, site settings."""

import datetime

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from pages.models import AccessibilityStatementPage, HomePage, SiteSettings, StandardPage

from .helpers import (
    DEMO_COLLECTION_NAME,
    accordion,
    call_to_action,
    child_page,
    demo_document,
    demo_image,
    document_link,
    fact_box,
    figure,
    quote,
    rich_text,
    section,
    subheading,
    table,
)

HOME_SLUG = "hem"


def build(log):
    home = home_page(log)
    about = about_pages(home, log)
    social_innovation = social_innovation_page(home, log)
    legal = legal_pages(home, log)
    if not home.body:
        home.body = home_body(about, social_innovation)
        home.save_revision().publish()
    site_settings(home, legal, log)
    return home


def reset():
    for home in HomePage.objects.all():
        home.delete()
    SiteSettings.objects.all().delete()
    get_image_model().objects.filter(collection__name=DEMO_COLLECTION_NAME).delete()
    get_document_model().objects.filter(collection__name=DEMO_COLLECTION_NAME).delete()


def home_page(log):
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's own migration leaves a placeholder "Welcome" page; it gives way to ours.
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home = HomePage(
        title="Mötesplats Social Innovation",
        slug=HOME_SLUG,
        seo_title="Mötesplats Social Innovation – social innovation i hela Sverige",
        intro=(
            "Vi är Sveriges nationella kunskaps- och samverkansplattform för social "
            "innovation. Tillsammans med offentlig sektor, civilsamhälle, näringsliv och "
            "akademi bygger vi förmåga att möta samhällsutmaningar med nya lösningar."
        ),
        hero_image=demo_image(
            "motesplats.jpg", "Färgade cirklar som möts", credit="Illustration: MSI (demo)"
        ),
        hero_image_alt="",
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname = site.hostname or "localhost"
    site.port = site.port or 80
    site.site_name = "Mötesplats Social Innovation"
    site.save()
    log("Startsidan skapad")
    return home


def home_body(about, social_innovation):
    return [
        section(
            "Det här gör vi",
            rich_text(
                "Vårt övergripande mål är att stärka social innovation som samhällskraft i "
                "arbetet med Agenda 2030. Vi delar forskningsbaserad kunskap och bygger "
                "samverkan mellan sektorer, från Luleå i norr till Malmö i söder."
            ),
            subheading("Omvärldsbevakning och kunskapsdelning"),
            rich_text(
                "Vi följer fältet i Sverige och internationellt och samlar goda exempel, "
                "berättelser och framtidsspaningar som andra kan lära av."
            ),
            subheading("Analys och lärande"),
            rich_text(
                "Med forskare och lärosäten kartlägger och utvärderar vi initiativ och stöd "
                "för social innovation, och vi leder workshoppar och lärtillfällen."
            ),
            subheading("Modeller och verktyg"),
            rich_text(
                "Vi prövar och beskriver metoder för samskapande, till exempel "
                "Koalitionsmodellen, där aktörer samlas kring en gemensam samhällsutmaning."
            ),
            subheading("Möten och samskapande"),
            rich_text(
                "Konferenser, webbinarier och nätverksträffar där offentlig sektor, företag "
                "och civilsamhälle möts över sektorsgränserna."
            ),
        ),
        call_to_action(
            "Ny här?",
            "Börja med grunderna: vad social innovation är och hur den växer fram.",
            "Läs om vad social innovation är",
            page=social_innovation,
        ),
        call_to_action(
            "Om Mötesplats Social Innovation",
            "Hur MSI är organiserat, vilka lärosäten som ingår och vad vi ska göra 2026–2028.",
            "Lär känna MSI",
            page=about,
        ),
    ]


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


def social_innovation_page(home, log):
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
                        credit="Illustration: MSI (demo)",
                    ),
                    "Sex färgade cirklar på ljus bakgrund, en för varje del i processmodellen.",
                    caption="Processmodellens sex delar.",
                ),
                accordion(*PROCESS_MODEL),
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


def legal_pages(home, log):
    statement, _ = child_page(
        home,
        AccessibilityStatementPage,
        "tillganglighetsredogorelse",
        title="Tillgänglighetsredogörelse",
        show_in_menus=False,
        intro="Så tillgänglig är socialinnovation.se och så rapporterar du brister.",
        organisation_name="Malmö universitet (Mötesplats Social Innovation)",
        service_name="socialinnovation.se",
        compliance_status="partial",
        known_problems=(
            "<ul><li>Vissa äldre publikationer finns bara som PDF utan tillgänglig "
            "struktur. Vi lägger ut sammanfattningar som webbsidor och gör om PDF:erna när "
            "de uppdateras.</li><li>Inspelade webbinarier från före 2024 saknar ibland "
            "textning.</li></ul>"
        ),
        disproportionate_burden=(
            "<p>Vi åberopar inte oskälig börda. Innehåll från andra webbplatser som vi "
            "länkar till omfattas inte av den här redogörelsen.</p>"
        ),
        feedback=(
            "<p>Om du behöver innehåll i ett annat format, eller hittar brister som inte "
            "står här, mejla "
            '<a href="mailto:info@socialinnovation.se">info@socialinnovation.se</a>. '
            "Vi svarar inom fem arbetsdagar.</p>"
        ),
        assessment_method=(
            "<p>Vi har gjort en egen bedömning (självskattning) mot WCAG 2.2 nivå AA: "
            "automatiska tester med axe i Chromium på varje sidtyp i två skärmbredder, "
            "tester med tangentbord och förstoring, och manuell granskning.</p>"
        ),
        assessed_on=datetime.date(2026, 11, 1),
        statement_updated_on=datetime.date(2026, 11, 1),
    )
    privacy, _ = child_page(
        home,
        StandardPage,
        "personuppgifter",
        title="Personuppgifter och kakor",
        show_in_menus=False,
        intro="Så hanterar vi personuppgifter på socialinnovation.se.",
        body=[
            section(
                "Kakor och spårning",
                rich_text(
                    "Webbplatsen sätter inga kakor när du läser den och använder ingen "
                    "spårning eller analys från tredje part. Därför ber vi dig inte godkänna "
                    "kakor. Redaktörer som loggar in får en sessionskaka som behövs för "
                    "inloggningen."
                ),
            ),
            section(
                "Personuppgiftsansvar",
                rich_text(
                    "Malmö universitet är personuppgiftsansvarigt för behandlingen på "
                    "webbplatsen. Du har rätt att få veta vilka uppgifter vi har om dig, att "
                    "få dem rättade och att få dem raderade."
                ),
            ),
        ],
    )
    contact, _ = child_page(
        home,
        StandardPage,
        "kontakt",
        title="Kontakta oss",
        show_in_menus=False,
        intro="Frågor om social innovation, samarbeten eller webbplatsen? Hör av dig.",
        body=[
            rich_text(
                "Det nationella kansliet finns vid Malmö universitet. Mejla "
                '<a href="mailto:info@socialinnovation.se">info@socialinnovation.se</a>, så '
                "kopplar vi dig vidare till rätt nod eller person."
            ),
        ],
    )
    log("Tillgänglighetsredogörelse, personuppgifter och kontakt klara")
    return {"accessibility": statement, "privacy": privacy, "contact": contact}


def site_settings(home, legal, log):
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Mötesplats Social Innovation"
    settings.host_organisation = "Malmö universitet"
    settings.address = "205 06 Malmö"
    settings.email = "info@socialinnovation.se"
    settings.footer_text = (
        "Sveriges nationella kunskaps- och samverkansplattform för social innovation, sedan 2010."
    )
    settings.accessibility_page = legal["accessibility"]
    settings.privacy_page = legal["privacy"]
    settings.contact_page = legal["contact"]
    settings.save()
    if not settings.social_links.exists():
        settings.social_links.create(
            name="LinkedIn", url="https://www.linkedin.com/", sort_order=0
        )
        settings.social_links.create(
            name="Facebook", url="https://www.facebook.com/", sort_order=1
        )
    log("Webbplatsinställningar klara")
