from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .text import BodyRichTextBlock


class SubheadingBlock(blocks.CharBlock):
    """An h3 inside a section. Only allowed inside SectionBlock, so levels never skip."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 120)
        super().__init__(**kwargs)

    class Meta:
        icon = "h3"
        label = _("Underrubrik")
        description = _("En rubrik inom ett avsnitt (nivå 3).")
        template = "components/blocks/subheading_block.html"
        preview_value = "Så arbetar noderna"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("citat"))
    attribution = blocks.CharBlock(label=_("vem som säger det"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("roll eller organisation"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Citat")
        description = _("Ett framlyft citat med namn och roll.")
        template = "components/blocks/quote_block.html"
        preview_value = {
            "quote": "Sociala innovationer växer där olika sektorer möts.",
            "attribution": "Exempelperson",
            "role": "Mötesplats Social Innovation",
        }


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("rubrik"), max_length=120)
    body = BodyRichTextBlock(label=_("innehåll"))

    class Meta:
        icon = "info-circle"
        label = _("Faktaruta")
        description = _("En avgränsad ruta med kort fakta bredvid texten.")
        template = "components/blocks/fact_box_block.html"
        preview_value = {
            "title": "Fakta om MSI",
            "body": "<p>Grundat 2010 vid Malmö universitet. Regionala noder sedan 2017.</p>",
        }


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("rubrik"), max_length=160)
    body = BodyRichTextBlock(label=_("innehåll"))


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("delar"))

    class Meta:
        icon = "list-ul"
        label = _("Dragspel")
        description = _("Hopfällbara delar, t.ex. frågor och svar. Fungerar utan JavaScript.")
        template = "components/blocks/accordion_block.html"
        preview_value = {
            "items": [
                {
                    "title": "Vad är en nod?",
                    "body": "<p>Ett lärosäte som driver MSI i sin region.</p>",
                },
                {"title": "Hur deltar jag?", "body": "<p>Kontakta närmaste nod.</p>"},
            ]
        }
