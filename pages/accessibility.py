"""Save-time accessibility rules for editors: link texts that say nothing out of context."""

import re
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Swedish and English link texts that do not say where the link leads (WCAG 2.4.4).
GENERIC_LINK_TEXTS = frozenset(
    {
        "här",
        "klicka här",
        "klicka",
        "läs mer",
        "läs mer här",
        "mer",
        "mer info",
        "mer information",
        "länk",
        "länken",
        "gå hit",
        "se mer",
        "click here",
        "here",
        "read more",
        "more",
        "link",
    }
)


def normalise_link_text(text):
    return re.sub(r"[\s.:!»›>…-]+", " ", (text or "").casefold()).strip()


def is_generic_link_text(text):
    return normalise_link_text(text) in GENERIC_LINK_TEXTS


def validate_link_text(text):
    if is_generic_link_text(text):
        raise ValidationError(
            _(
                "”%(text)s” säger inte vart länken leder. "
                "Skriv till exempel ”Läs om exempelbanken”."
            ),
            params={"text": text},
            code="generic_link_text",
        )


class _LinkTextCollector(HTMLParser):
    """Collects the visible text of every <a> in a fragment of editor HTML."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.texts = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.depth += 1
            self.texts.append("")

    def handle_endtag(self, tag):
        if tag == "a" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.texts[-1] += data


def generic_link_texts_in_html(html):
    collector = _LinkTextCollector()
    collector.feed(html or "")
    return [text.strip() for text in collector.texts if is_generic_link_text(text)]
