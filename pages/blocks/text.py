from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from pages.accessibility import generic_link_texts_in_html

# Headings are structural (SectionBlock, SubheadingBlock), so rich text carries none.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class BodyRichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        generic = generic_link_texts_in_html(value.source)
        if generic:
            raise ValidationError(
                _(
                    "Länktexten ”%(text)s” säger inte vart länken leder. "
                    "Skriv vad besökaren hittar där, t.ex. ”Läs verksamhetsplanen”."
                ),
                params={"text": generic[0]},
            )
        return value

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        description = _("Löptext med fetstil, kursiv, listor och länkar.")
        template = "components/blocks/rich_text_block.html"
        preview_value = (
            "<p>Social innovation handlar om <b>nya idéer</b> som möter sociala behov "
            "och skapar nya former av samarbete.</p>"
        )
