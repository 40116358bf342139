"""Registration only: what the example bank contributes to the admin, to the pages below it
and to the demo content."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from pages.demo import DEMO_CONTENT_HOOK
from pages.entry_points import ENTRY_POINTS_HOOK, EntryPoint
from pages.search_groups import SEARCH_GROUPS_HOOK
from pages.sections import SECTIONS_HOOK
from pages.taxonomy_links import TAXONOMY_LINKS_HOOK
from pages.tool_content import TOOL_CONTENT_HOOK

from . import demo
from .models import ExampleBankPage
from .search import SEARCH_GROUPS
from .sections import SECTIONS
from .taxonomy_links import bank_links
from .tool_content import TOOL_CONTENT
from .viewsets import ExampleViewSet

register_snippet(ExampleViewSet)


@hooks.register(SECTIONS_HOOK)
def examplebank_sections():
    return SECTIONS


@hooks.register(SEARCH_GROUPS_HOOK)
def examplebank_search_groups():
    return SEARCH_GROUPS


@hooks.register(TAXONOMY_LINKS_HOOK)
def examplebank_taxonomy_links(terms, request):
    return bank_links(terms, request)


@hooks.register(DEMO_CONTENT_HOOK, order=30)
def demo_content():
    return demo


@hooks.register(ENTRY_POINTS_HOOK)
def examplebank_entry_points():
    return [
        EntryPoint(
            ExampleBankPage,
            _("Sociala innovationer från hela Sverige, efter tema, sektor, län och mål."),
            order=10,
        )
    ]


@hooks.register(TOOL_CONTENT_HOOK)
def examplebank_tool_content():
    return TOOL_CONTENT
