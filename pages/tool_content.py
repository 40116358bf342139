"""What higher apps show on the page of a tool's part (a process stage or a map factor).

The page of a stage or a factor (pages.models.ToolPage) lists the examples, news and
publications tagged with it, but pages never imports the apps that own them (docs/layers.md).
Each app registers a function through a Wagtail hook, as it registers sections:

    @hooks.register(TOOL_CONTENT_HOOK)
    def examplebank_tool_content():
        return [ToolContent(key="examplebank.examples", template="components/tool_listing.html",
                            get_context=examples_context, order=10)]

`get_context(element, request)` gets a ProcessStage or a MapFactor and returns the template's
context, or None when there is nothing tagged with it (the listing is then left out). It must
cost the same few queries however much is tagged (a limited listing, no counts per item).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from wagtail import hooks

TOOL_CONTENT_HOOK = "register_tool_content"
# How many items a listing on a part's page shows; the rest are one link away.
SHOWN = 6


@dataclass(frozen=True)
class ToolContent:
    key: str
    template: str
    get_context: Callable
    order: int = 100


def registered_tool_content():
    found = {}
    for hook in hooks.get_hooks(TOOL_CONTENT_HOOK):
        for content in hook():
            found[content.key] = content
    return sorted(found.values(), key=lambda content: (content.order, content.key))


def render_tool_content(element, request):
    """The HTML of every registered listing that has something for `element`."""
    parts = []
    for content in registered_tool_content():
        context = content.get_context(element, request)
        if context:
            parts.append(render_to_string(content.template, context, request=request))
    return mark_safe("".join(parts))  # noqa: S308 (rendered templates, escaped by them)
