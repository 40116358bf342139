"""The editor guide in the admin: docs/redaktorsguide.md, the one copy of it, rendered.

Communicators find it in the admin menu ("Redaktörsguide"). The Markdown is the project's own
file and markdown-it renders it with raw HTML switched off, so nothing in it can inject markup.
"""

from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt

from django.conf import settings
from django.shortcuts import render
from django.utils.safestring import mark_safe

GUIDE = Path(settings.BASE_DIR) / "docs" / "redaktorsguide.md"


@cache
def guide_html():
    markdown = MarkdownIt("commonmark", {"html": False})
    tokens = markdown.parse(GUIDE.read_text(encoding="utf-8"))
    if tokens and tokens[0].type == "heading_open" and tokens[0].tag == "h1":
        tokens = tokens[3:]  # the admin page's header is the h1: keep one h1 on the page
    html = markdown.renderer.render(tokens, markdown.options, {})
    return mark_safe(html)  # noqa: S308 - our own file, rendered with raw HTML disabled


def editor_guide(request):
    return render(request, "wagtailadmin/editor_guide/index.html", {"guide": guide_html()})
