"""The shared StreamField blocks. One module per block family; `BodyBlock` is the page body."""

from .body import BodyBlock, SectionContentBlock
from .call_to_action import CallToActionBlock
from .content import AccordionBlock, FactBoxBlock, QuoteBlock, SubheadingBlock
from .media import DocumentLinkBlock, FigureBlock, VideoEmbedBlock
from .section import SectionBlock
from .sections import SectionChoiceBlock
from .table import CaptionedTableBlock
from .text import RICH_TEXT_FEATURES, BodyRichTextBlock

__all__ = [
    "RICH_TEXT_FEATURES",
    "AccordionBlock",
    "BodyBlock",
    "BodyRichTextBlock",
    "CallToActionBlock",
    "CaptionedTableBlock",
    "DocumentLinkBlock",
    "FactBoxBlock",
    "FigureBlock",
    "QuoteBlock",
    "SectionBlock",
    "SectionChoiceBlock",
    "SectionContentBlock",
    "SubheadingBlock",
    "VideoEmbedBlock",
]
