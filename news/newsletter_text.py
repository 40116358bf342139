"""The plain-text part of a newsletter e-mail: each block as a heading and lines, links written
out as addresses (templates/emails/newsletter/issue.txt lays them out)."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

from .newsletter_cards import CARD_BUILDERS
from .newsletter_links import email_rich_text

BLOCK_TAGS = {"p", "h3", "ul", "ol", "li", "br"}


class PlainText(HTMLParser):
    """Rich text as plain text: paragraphs apart, list items with a dash, links as
    "label (address)"."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.href = [], None

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        if tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag):
        if tag == "a" and self.href:
            self.parts.append(f" ({self.href})")
            self.href = None
        if tag in {"p", "h3", "ul", "ol"}:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)

    def text(self):
        lines = [line.strip() for line in "".join(self.parts).splitlines()]
        paragraphs, current = [], []
        for line in lines:
            if line:
                current.append(line)
            elif current:
                paragraphs.append("\n".join(current))
                current = []
        if current:
            paragraphs.append("\n".join(current))
        return "\n\n".join(paragraphs)


def rich_text_as_text(value, request=None):
    parser = PlainText()
    parser.feed(str(email_rich_text(value, request)))
    parser.close()
    return parser.text()


@dataclass
class TextSection:
    heading: str
    lines: list = field(default_factory=list)


def text_sections(newsletter, request, base_url):
    """[TextSection] for the body's blocks, in order (unpublished chosen items left out)."""
    sections = []
    for block in newsletter.body:
        if block.block_type == "text":
            sections.append(
                TextSection(block.value["heading"], [rich_text_as_text(block.value["text"])])
            )
        elif block.block_type == "call_to_action":
            value = block.value
            lines = [value["text"], f"{value['link_label']}: {value['url']}"]
            sections.append(TextSection(value["heading"], [line for line in lines if line]))
        elif block.block_type in CARD_BUILDERS:
            card = CARD_BUILDERS[block.block_type](block.value, request, base_url)
            if card is not None:
                lines = [card.kicker, card.meta, card.summary, card.url]
                sections.append(TextSection(card.title, [line for line in lines if line]))
    return sections
