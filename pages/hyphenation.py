"""Soft hyphens in long Swedish words, so a large heading breaks "Tillgänglighets-redogörelse"
rather than "Tillgänglighetsredogö-relse" in every browser.

CSS `hyphens: auto` does this where the browser has a Swedish dictionary (Safari, Firefox,
Chrome on Android and macOS), but Chrome on Linux and Windows often has none and breaks a word
too wide for a phone anywhere. Pyphen's Swedish patterns (LibreOffice's) mark where a word may
break; only words long enough to need it get soft hyphens, and the stored text is untouched
(docs/identity.md, "Long words").
"""

import re
from functools import cache

import pyphen

SOFT_HYPHEN = "\u00ad"
# Only words that may not fit on a line of their own: at the h1 size a bold letter is about
# 15 px wide, so 18 letters fill the 288 px of a 320 px screen. Shorter words move to the next
# line whole ("prenumerationen" stays one word), as a heading should break.
LONG_WORD = re.compile(r"\w{18,}")


@cache
def dictionary():
    return pyphen.Pyphen(lang="sv_SE", left=3, right=3)


def soft_hyphens(text):
    """The text with soft hyphens at the break points of its long words."""
    return LONG_WORD.sub(lambda match: dictionary().inserted(match.group(), SOFT_HYPHEN), text)
