"""Every text and UI colour pair the stylesheet uses meets WCAG 2.2 contrast: 4.5:1 for text
(7:1, AAA, for body text and links, where it costs nothing), 3:1 for UI parts and focus
indicators. The colours are read from static/css/site.css's :root, so changing a token there
is checked here (docs/identity.md lists the pairs)."""

import re

import pytest

from tests.helpers import ROOT

CSS = (ROOT / "static" / "css" / "site.css").read_text()
WHITE = "#ffffff"

# (foreground, background, minimum, where)
PAIRS = [
    ("text", "bg", 7, "body text"),
    ("text", "surface", 7, "body text on panels, the hero, the footer"),
    ("muted", "bg", 7, "meta text, dates, intros"),
    ("muted", "surface", 4.5, "meta text on panels"),
    ("primary", "bg", 7, "links"),
    ("primary", "surface", 4.5, "links on panels"),
    ("primary-dark", "bg", 7, "link hover, event dates"),
    ("danger", "bg", 4.5, "error messages"),
    (WHITE, "primary-dark", 7, "header, menu and ways-in text"),
    (WHITE, "primary", 4.5, "buttons, the chosen tab"),
    ("text", "accent", 7, "the skip link"),
    ("border", "bg", 3, "input and card borders"),
    ("border", "surface", 3, "input borders on panels"),
    ("focus", "bg", 3, "focus outline"),
    ("focus-ring", "primary-dark", 3, "focus halo in the header"),
    ("focus-ring", "primary", 3, "focus halo on buttons"),
    ("accent", "primary-dark", 3, "the wordmark's and tiles' yellow rule"),
    ("primary", "bg", 3, "section rules, event card edges"),
]


def tokens():
    root = re.search(r":root\s*{(.*?)}", CSS, re.S).group(1)
    return dict(re.findall(r"--color-([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;", root))


def colour(name):
    return name if name.startswith("#") else tokens()[name]


def luminance(hex_colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)


@pytest.mark.parametrize(("foreground", "background", "minimum", "where"), PAIRS)
def test_the_pair_has_enough_contrast(foreground, background, minimum, where):
    ratio = contrast(colour(foreground), colour(background))
    assert ratio >= minimum, f"{where}: {foreground} on {background} is {ratio:.2f}:1"
