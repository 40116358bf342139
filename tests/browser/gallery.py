"""A test-only page that shows every shared block, so axe sees each of them in a browser."""

from pages.demo.helpers import (
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
from pages.models import HomePage, StandardPage

GALLERY_PATH = "/blockgalleri/"


def build_block_gallery():
    home = HomePage.objects.get()
    image = demo_image("processmodell.jpg", "Processmodellen som färgfält")
    document = demo_document("Testdokument", "test.pdf", ["Ett dokument för tester."])
    page, _ = child_page(
        home,
        StandardPage,
        "blockgalleri",
        title="Blockgalleri",
        show_in_menus=False,
        intro="Varje block som redaktörer kan använda.",
        body=[
            rich_text('Text med en <a href="/om-msi/">länk till sidan om MSI</a>.'),
            section(
                "Ett avsnitt",
                subheading("En underrubrik"),
                figure(image, "Sex färgade cirklar.", caption="En bildtext."),
                {
                    "type": "image",
                    "value": {"image": {"image": image.pk, "alt_text": "", "decorative": True}},
                },
                quote("Ett citat.", "Någon", "Roll"),
                fact_box("Fakta", "En rad fakta."),
                accordion(("Fråga ett", "Svar ett."), ("Fråga två", "Svar två.")),
                table("En tabell", [["A", "B"], ["1", "2"]]),
                document_link(document),
                call_to_action("Uppmaning", "Text.", "Gå till startsidan", page=home),
                {
                    "type": "video",
                    "value": {
                        "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                        "title": "En testvideo",
                        "description": "Beskrivning av videon.",
                    },
                },
            ),
            section("Processmodellen", {"type": "process_model", "value": None}),
        ],
    )
    return page
