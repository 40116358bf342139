from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .call_to_action import CallToActionBlock
from .content import AccordionBlock, FactBoxBlock, QuoteBlock, SubheadingBlock
from .media import DocumentLinkBlock, FigureBlock, VideoEmbedBlock
from .process_model import ProcessModelBlock
from .section import SectionBlock
from .table import CaptionedTableBlock
from .text import BodyRichTextBlock


def content_blocks():
    """The blocks allowed both at the top of a body and inside a section."""
    return [
        ("rich_text", BodyRichTextBlock()),
        ("image", FigureBlock()),
        ("quote", QuoteBlock()),
        ("call_to_action", CallToActionBlock()),
        ("fact_box", FactBoxBlock()),
        ("accordion", AccordionBlock()),
        ("table", CaptionedTableBlock()),
        ("document", DocumentLinkBlock()),
        ("video", VideoEmbedBlock()),
    ]


class SectionContentBlock(blocks.StreamBlock):
    subheading = SubheadingBlock()

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__([*content_blocks(), *(local_blocks or [])], **kwargs)

    class Meta:
        label = _("innehåll")


class BodyBlock(blocks.StreamBlock):
    """A page body: content blocks, and sections that carry h2 headings."""

    section = SectionBlock(SectionContentBlock())

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__([*content_blocks(), *(local_blocks or [])], **kwargs)


class StandardBodyBlock(BodyBlock):
    """A standard page's body: the shared body, whose sections may also show the process
    model (its stages are h3 headings, so it goes inside a section)."""

    section = SectionBlock(SectionContentBlock([("process_model", ProcessModelBlock())]))
