"""Demo content for MSI's tools for change (docs/tools-for-change.md): the process model's
stages and the orientation map's factors described, and a page for each tool under "Vad är
social innovation?". Written for the demo from ../shared/content-facts.md; the national office
writes the real texts. Parts that already have a definition are left alone."""

from pages.models import MapFactor, ProcessStage, ToolPage

from .helpers import child_page

# slug: (icon, definition, guiding questions)
STAGES = {
    "forsta-samhallsutmaningen": (
        "lupp",
        "Att ta reda på vad problemet egentligen är, vilka som berörs och varför tidigare "
        "lösningar inte har räckt, tillsammans med dem som lever med det.",
        "Vilket behov möter vi, och vems behov är det?",
    ),
    "visionera-samhallsforandring": (
        "glodlampa",
        "Att beskriva den förändring man vill se i samhället, inte bara den lösning man vill "
        "bygga, så att fler kan dela målet.",
        "Hur ser det ut när utmaningen är löst?",
    ),
    "mobilisera": (
        "manniskor",
        "Att samla människor, organisationer och resurser från flera sektorer kring "
        "utmaningen, och komma överens om hur man arbetar tillsammans.",
        "Vilka behöver vara med, och vad kan var och en bidra med?",
    ),
    "utveckla-och-testa": (
        "kolv",
        "Att pröva idén i liten skala, följa vad som händer och ändra den efter det man lär "
        "sig, innan mycket står på spel.",
        "Hur prövar vi idén i liten skala och lär oss av det?",
    ),
    "forverkliga-och-sprida": (
        "pilar",
        "Att göra det som fungerar till en varaktig verksamhet och låta det växa, spridas "
        "till nya platser eller tas upp av andra.",
        "Hur når lösningen fler människor och platser?",
    ),
    "skapa-varde": (
        "hjarta",
        "Att synliggöra vilken skillnad innovationen gör, för människor, för organisationer "
        "och för samhället, och att lära av det.",
        "Vilket värde uppstår, för vem, och hur vet vi det?",
    ),
}

FOURTH_FACTOR = ("Kultur och värderingar", "kultur-och-varderingar")

# slug: (icon, definition, two guiding questions)
FACTORS = {
    "aktorer-och-samverkan": (
        "natverk",
        "De människor och organisationer som driver, stöder eller berörs av innovationen, och "
        "hur de arbetar tillsammans över gränserna mellan sektorer.",
        "Vilka aktörer behöver vi för att lyckas, och vilka saknas i dag?\n"
        "Hur ser samverkan ut mellan oss, och vad skulle göra den starkare?",
    ),
    "stod-och-resurser": (
        "hand",
        "Det som gör det möjligt att pröva och bära en idé: pengar, lokaler, kunskap, "
        "rådgivning, nätverk och tid.",
        "Vilka resurser har vi tillgång till, och vilka behöver vi hitta?\n"
        "Vilket stöd finns i vår region, och hur når vi det?",
    ),
    "samhallsstrukturer": (
        "pelare",
        "De ramar innovationen verkar inom: politiska beslut, ekonomiska villkor, lagar och "
        "regler, och teknik som finns eller saknas.",
        "Vilka regler, system eller beslut hindrar eller hjälper oss?\n"
        "Vad i strukturerna skulle behöva förändras för att lösningen ska kunna växa?",
    ),
    FOURTH_FACTOR[1]: (
        "kompass",
        "Normer, attityder och förtroende som påverkar om en ny lösning tas emot. Namnet på "
        "den här fjärde faktorn är ett exempel i demoinnehållet; kansliet sätter det riktiga.",
        "Vilka normer och förväntningar möter vår idé?\n"
        "Hur bygger vi förtroende hos dem som berörs?",
    ),
}

MAP_REFERENCES = "Hoffecker, E. (2019).\nKaletka, C. m.fl. (2016).\nOECD (2021)."


def describe(model, texts):
    for slug, (icon, definition, questions) in texts.items():
        model.objects.filter(slug=slug, definition="").update(
            icon=icon, definition=definition, guiding_question=questions
        )


def build_tools(parent, log):
    describe(ProcessStage, STAGES)
    name, slug = FOURTH_FACTOR
    if not MapFactor.objects.filter(slug=slug).exists():
        MapFactor.objects.create(name=name, slug=slug, sort_order=3)
    describe(MapFactor, FACTORS)
    _, created = child_page(
        parent,
        ToolPage,
        "processmodellen",
        title="Hur skapas sociala innovationer?",
        intro=(
            "MSI:s processmodell beskriver sex delar som en social innovation brukar röra sig "
            "mellan, med sociala mål och medel i centrum. Delarna följer inte alltid på "
            "varandra i ordning; en innovation kan gå tillbaka och börja om."
        ),
        tool=ToolPage.Tool.PROCESS_MODEL,
        centre_text="Sociala mål och medel",
        worksheet_intro=(
            "Gå igenom processmodellens sex delar för ditt eget initiativ: var står ni i dag, "
            "och vad behöver ni göra härnäst?"
        ),
    )
    if created:
        log("Processmodellen skapad")
    _, created = child_page(
        parent,
        ToolPage,
        "orienteringskartan",
        title="Orienteringskarta för samhällsförändring",
        intro=(
            "Kartan sätter den sociala innovationen i mitten och visar de faktorer som formar "
            "den. Använd den för att se vad som hjälper och vad som hindrar ert arbete, och "
            "var i ekosystemet ni kan hitta stöd."
        ),
        tool=ToolPage.Tool.ORIENTATION_MAP,
        centre_text="Social innovation",
        worksheet_intro=(
            "Gå igenom kartans faktorer med två frågor var, för ditt eget initiativ. Svaren "
            "visar var ni har medvind och var ni behöver hjälp."
        ),
        references=MAP_REFERENCES,
    )
    if created:
        log("Orienteringskartan skapad")
