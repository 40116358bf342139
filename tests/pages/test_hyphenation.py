"""Long words in headings get soft hyphens where Swedish allows a break (pages/hyphenation.py)."""

from django.template import Context, Template

from pages.hyphenation import SOFT_HYPHEN, soft_hyphens


def test_a_long_compound_may_break_between_its_parts_and_nowhere_odd():
    hyphenated = soft_hyphens("Tillgänglighetsredogörelse")
    assert hyphenated.replace(SOFT_HYPHEN, "") == "Tillgänglighetsredogörelse"
    parts = hyphenated.split(SOFT_HYPHEN)
    assert "Tillgänglighets" in {"".join(parts[:i]) for i in range(1, len(parts))}
    assert all(len(part) >= 2 for part in parts)
    assert len(parts[0]) >= 3 and len(parts[-1]) >= 3


def test_short_words_and_other_text_are_left_alone():
    title = "Ny plan för 2026–2028: fem lärosäten"
    assert soft_hyphens(title) == title


def test_in_a_template_the_title_is_hyphenated_and_still_escaped():
    template = Template("{% load text_tags %}<h1>{{ title|hyphenate }}</h1>")
    html = template.render(Context({"title": "<b>Samverkansplattform</b>"}))
    assert html.startswith("<h1>&lt;b&gt;Sam")
    assert SOFT_HYPHEN in html


def test_a_word_that_fits_a_phone_line_is_not_split():
    assert SOFT_HYPHEN not in soft_hyphens("Avsluta prenumerationen")
