"""The shared StreamField blocks. One module per block family; `BodyBlock` is the page body."""

from .body import BodyBlock, SectionContentBlock, StandardBodyBlock
from .call_to_action import CallToActionBlock
from .content import AccordionBlock, FactBoxBlock, QuoteBlock, SubheadingBlock
from .media import DocumentLinkBlock, FigureBlock, VideoEmbedBlock
from .process_model import ProcessModelBlock
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
    "ProcessModelBlock",
    "QuoteBlock",
    "SectionBlock",
    "SectionChoiceBlock",
    "SectionContentBlock",
    "StandardBodyBlock",
    "SubheadingBlock",
    "VideoEmbedBlock",
]
