"""The geometry of a tool's diagram (docs/tools-for-change.md): the centre and the parts around
it, computed from the parts in their order, for the inline SVG in
templates/components/tool_diagram.html. Pure arithmetic: no queries, no markup."""

import math
from dataclasses import dataclass

from pages.hyphenation import dictionary

SIZE = 520  # the viewBox is SIZE × SIZE
CENTRE = SIZE / 2
ORBIT = 178  # from the centre to each part's centre
PART_RADIUS = 78
CENTRE_RADIUS = 84
LINE_HEIGHT = 1.15
# A label line may be this wide (in viewBox units) inside a part's circle.
LABEL_WIDTH = 134
CHAR_WIDTH = 0.64  # of the font size, roughly, for the bold system font
MAX_FONT = 17
MIN_FONT = 11


@dataclass(frozen=True)
class Label:
    lines: list
    font_size: float

    @property
    def line_offsets(self):
        """(line, dy) pairs: the first line's baseline and each next line's step."""
        step = round(self.font_size * LINE_HEIGHT, 1)
        return [(line, 0 if i == 0 else step) for i, line in enumerate(self.lines)]


@dataclass(frozen=True)
class Part:
    element: object
    number: int
    x: float
    y: float
    label: Label

    @property
    def label_y(self):
        """Where the first line of the label sits: below the icon, the block centred."""
        lines = len(self.label.lines)
        height = self.label.font_size * LINE_HEIGHT * (lines - 1)
        return round(self.y + 20 - height / 2 + self.label.font_size * 0.35, 1)

    @property
    def icon_transform(self):
        scale = 1.25
        return f"translate({self.x - 12 * scale:.1f} {self.y - 46:.1f}) scale({scale})"


def words(text, width):
    """The words of `text`, a word longer than `width` split in two at the Swedish break point
    nearest its middle, with a hyphen ("samhälls-", "utmaningen")."""
    for word in text.split():
        splits = list(dictionary().iterate(word)) if len(word) > width else []
        if splits:
            head, tail = min(splits, key=lambda pair: max(len(pair[0]) + 1, len(pair[1])))
            yield head + "-"
            yield tail
        else:
            yield word


def wrap(text, width=14):
    """Break a name into lines of about `width` characters at spaces and, in a word too long
    for a line, at a break point."""
    lines = []
    for word in words(text, width):
        if lines and not lines[-1].endswith("-") and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def label(text):
    lines = wrap(text)
    longest = max(len(line) for line in lines)
    size = LABEL_WIDTH / (CHAR_WIDTH * max(longest, 1))
    return Label(lines=lines[:3], font_size=round(max(MIN_FONT, min(MAX_FONT, size)), 1))


def layout(elements):
    """The parts, clockwise from the top, in the elements' order."""
    elements = list(elements)
    parts = []
    for index, element in enumerate(elements):
        angle = -math.pi / 2 + 2 * math.pi * index / max(len(elements), 1)
        parts.append(
            Part(
                element=element,
                number=index + 1,
                x=round(CENTRE + ORBIT * math.cos(angle), 1),
                y=round(CENTRE + ORBIT * math.sin(angle), 1),
                label=label(element.name),
            )
        )
    return parts


@dataclass(frozen=True)
class Diagram:
    parts: list
    centre: Label
    size: int = SIZE
    centre_xy: float = CENTRE
    orbit: int = ORBIT
    part_radius: int = PART_RADIUS
    centre_radius: int = CENTRE_RADIUS

    @property
    def centre_label_y(self):
        lines = len(self.centre.lines)
        height = self.centre.font_size * LINE_HEIGHT * (lines - 1)
        return round(CENTRE - height / 2 + self.centre.font_size * 0.35, 1)


def diagram(elements, centre_text):
    return Diagram(parts=layout(elements), centre=label(centre_text))
