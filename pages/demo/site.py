"""The national tree: home page, about pages, social innovation, legal pages, site settings."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from pages.models import HomePage, SiteSettings

from .about import about_pages, social_innovation_page
from .helpers import (
    call_to_action,
    demo_image,
    rich_text,
    section,
    subheading,
)
from .legal import legal_pages
from .records import delete_demo_pages, demo_objects
from .tools import build_tools

HOME_SLUG = "hem"


def build(log):
    home = home_page(log)
    about = about_pages(home, log)
    social_innovation = social_innovation_page(home, log)
    build_tools(social_innovation, log)
    legal = legal_pages(home, log)
    if not home.body:
        home.body = home_body(about, social_innovation)
        home.save_revision().publish()
    site_settings(home, legal, log)
    return home


def reset(log):
    """Only what the demo created (pages/demo/records.py): never editors' pages, the real
    shared collection or the office's site settings."""
    kept = delete_demo_pages()
    if kept:
        log(f"{kept} demosidor finns kvar: under dem finns sidor som redaktörer har skapat.")
    demo_objects(get_image_model()).delete()
    demo_objects(get_document_model()).delete()


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
        # What MSI is about: the four sectors meet in social innovation. The intro says the
        # same in words, so the image is decorative (alt="") and gives way on a phone.
        hero_image=demo_image(
            "sektorer.png",
            "Fyra sektorer möts i social innovation",
            credit="Illustration: gjord för demoinnehållet",
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


def site_settings(home, legal, log):
    """Fills what is empty, so the office's own settings are never overwritten."""
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    demo_values = {
        "organisation_name": "Mötesplats Social Innovation",
        "host_organisation": "Malmö universitet",
        "address": "205 06 Malmö",
        "email": "info@socialinnovation.se",
        "footer_text": (
            "Sveriges nationella kunskaps- och samverkansplattform för social innovation, "
            "sedan 2010."
        ),
    }
    for field, value in demo_values.items():
        if not getattr(settings, field):
            setattr(settings, field, value)
    if settings.social_image is None:
        settings.social_image = demo_image(
            "delningsbild.png",
            "Delningsbild: Mötesplats Social Innovation",
            credit="Grafik: gjord för demoinnehållet",
        )
        settings.social_image_alt = (
            "Mötesplats Social Innovation – Sveriges nationella kunskaps- och "
            "samverkansplattform för social innovation"
        )
    settings.accessibility_page = settings.accessibility_page or legal["accessibility"]
    settings.privacy_page = settings.privacy_page or legal["privacy"]
    settings.save()
    if not settings.social_links.exists():
        settings.social_links.create(
            name="LinkedIn", url="https://www.linkedin.com/", sort_order=0
        )
        settings.social_links.create(
            name="Facebook", url="https://www.facebook.com/", sort_order=1
        )
    log("Webbplatsinställningar klara")
