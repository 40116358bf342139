"""Demo pages the law and the footer need: the accessibility statement and privacy (the contact
page comes with the nodes, whose people it lists: nodes/demo.py)."""

import datetime

from pages.models import AccessibilityStatementPage, StandardPage

from .helpers import child_page, rich_text, section


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
    log("Tillgänglighetsredogörelse och personuppgifter klara")
    return {"accessibility": statement, "privacy": privacy}
