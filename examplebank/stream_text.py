"""The plain text of a StreamField, for the open-data export (docs/open-data.md).

Read from the stored JSON with the block definitions as a map, so no image, document or page
is ever loaded: the export's query count stays one per chunk, not one per example. Prose
blocks give their text (rich text without its HTML, one paragraph per block element); blocks
that are a link or a medium (an image and its caption, a document, a video, a call to action)
give none, since their words mean little without what they point to.
"""

import re
from html import unescape

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageBlock

PARAGRAPH_END = re.compile(r"</(?:p|h\d|li|blockquote)\s*>|<br\s*/?>", re.IGNORECASE)
# Wagtail stores rich text as well-formed HTML whose text has its < escaped, so a tag is
# everything from < to >. (Django's strip_tags, an HTML parser, took most of the export's time.)
TAG = re.compile(r"<[^>]*>")
NOT_PROSE = (blocks.ChooserBlock, blocks.URLBlock, ImageBlock)


def rich_text_paragraphs(html):
    text = unescape(TAG.sub("", PARAGRAPH_END.sub("\n", html or "")))
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def is_link_or_medium(block):
    return isinstance(block, blocks.StructBlock) and any(
        isinstance(child, NOT_PROSE) for child in block.child_blocks.values()
    )


def list_item_value(item):
    """A ListBlock item in the current format ({"type": "item", "value": …}) or the old one."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


def block_paragraphs(block, raw):
    """The paragraphs of one block's stored value."""
    if raw in (None, "") or is_link_or_medium(block):
        return []
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_paragraphs(raw)
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return [str(raw).strip()] if str(raw).strip() else []
    if isinstance(block, TableBlock):
        rows = (raw.get("data") or []) if isinstance(raw, dict) else []
        lines = [" | ".join(str(cell) for cell in row if cell) for row in rows]
        return [line for line in lines if line]
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        return [
            paragraph
            for name, child in block.child_blocks.items()
            for paragraph in block_paragraphs(child, raw.get(name))
        ]
    if isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        return [
            paragraph
            for item in raw
            for paragraph in block_paragraphs(block.child_block, list_item_value(item))
        ]
    if isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        return stream_paragraphs(block, raw)
    return []


def stream_paragraphs(stream_block, raw_items):
    paragraphs = []
    for item in raw_items:
        child = stream_block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
        if child is not None:
            paragraphs.extend(block_paragraphs(child, item.get("value")))
    return paragraphs


def stream_plain_text(stream_block, raw_items):
    """The text of a StreamField's stored JSON (a list of {"type", "value"} blocks) read with
    its StreamBlock, paragraphs separated by a blank line."""
    if not isinstance(raw_items, list):
        return ""
    return "\n\n".join(stream_paragraphs(stream_block, raw_items))
