from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class SectionValue(blocks.StructValue):
    @property
    def anchor(self):
        return slugify(self.get("heading") or "") or "avsnitt"


class SectionBlock(blocks.StructBlock):
    """An h2 section. Its content may use h3 subheadings, so the outline is always whole."""

    heading = blocks.CharBlock(label=_("rubrik"), max_length=120)

    def __init__(self, content_block, **kwargs):
        super().__init__([("content", content_block)], **kwargs)

    class Meta:
        icon = "h2"
        label = _("Avsnitt")
        description = _("Ett avsnitt med rubrik (nivå 2). Underrubriker läggs inuti.")
        template = "components/blocks/section_block.html"
        value_class = SectionValue
        form_classname = "section-block"
        preview_value = {
            "heading": "Så arbetar noderna",
            "content": [
                {
                    "type": "rich_text",
                    "value": "<p>Varje nod driver MSI:s arbete i sin region.</p>",
                }
            ],
        }
