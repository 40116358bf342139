"""The example bank page at /exempelbanken/, in the main menu after the pages about social
innovation and before Stories & Möten (DESIGN.md §4)."""

from examplebank.models import ExampleBankPage
from pages.demo.helpers import child_page

BANK_SLUG = "exempelbanken"
# Top-level pages the bank goes before, the first that exists (named by slug: news and
# nodes are not imported for this).
FOLLOWING_SLUGS = ["aktuellt", "nyhetsbrev", "noder"]


def bank_page(home):
    """The bank below `home`, created, published and placed in the menu if missing."""
    existing = ExampleBankPage.objects.first()
    if existing:
        return existing
    page, created = child_page(
        home,
        ExampleBankPage,
        BANK_SLUG,
        title="Exempelbanken",
        show_in_menus=True,
        intro=(
            "Sociala innovationer från hela Sverige: nya sätt att möta samhällsbehov, som "
            "kommuner, föreningar, företag och lärosäten har tagit fram, ofta tillsammans. "
            "Sök och filtrera på tema, sektor, län, globala mål och steg i processmodellen, "
            "eller ladda ner urvalet som öppna data."
        ),
        suggestion_intro=(
            "Känner du till en social innovation som fler borde få veta om? Berätta om den "
            "här. Nationella kansliet läser varje förslag, hör av sig om något behöver "
            "kompletteras och publicerar det i exempelbanken när det är granskat. Din "
            "e-postadress visas aldrig på webbplatsen."
        ),
    )
    if created:
        following = [home.get_children().filter(slug=slug).first() for slug in FOLLOWING_SLUGS]
        following = next((item for item in following if item is not None), None)
        if following is not None:
            page.move(following, pos="left")
            page = ExampleBankPage.objects.get(pk=page.pk)
    return page
