"""The stylesheets and scripts stay small: at most 30 KB of CSS and 15 KB of JavaScript,
compressed with gzip as WhiteNoise serves them (docs/page-weight.md)."""

import gzip

from tests.helpers import ROOT

STATIC = ROOT / "static"


def compressed_size(pattern):
    return sum(len(gzip.compress(path.read_bytes(), 9)) for path in STATIC.rglob(pattern))


def test_css_is_at_most_30_kb_compressed():
    size = compressed_size("*.css")
    assert 0 < size <= 30 * 1024, size


def test_javascript_is_at_most_15_kb_compressed():
    size = compressed_size("*.js")
    assert 0 < size <= 15 * 1024, size
