"""A page for one of MSI's tools for change (docs/tools-for-change.md): the process model or the
orientation map, drawn from its parts, with a page per part and a worksheet."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.breadcrumbs import trail_to
from pages.querysets import BasePageManager
from pages.tool_content import render_tool_content
from pages.tool_diagram import diagram

from .base import BasePage
from .tool_elements import MapFactor, ProcessStage, lines


class ToolPage(RoutablePageMixin, BasePage):
    """`/` the diagram and the list, `<slug>/` a part's page, `arbetsblad/` the worksheet."""

    class Tool(models.TextChoices):
        PROCESS_MODEL = "process", _("Processmodellen (stegen)")
        ORIENTATION_MAP = "map", _("Orienteringskartan (faktorerna)")

    objects = BasePageManager()

    tool = models.CharField(
        _("verktyg"),
        max_length=10,
        choices=Tool.choices,
        unique=True,
        help_text=_(
            "Vilken modell sidan visar. Delarna (namn, definition, frågor, ikon, referenser och "
            "ordning) ändras under Fragment: ”Steg i processmodellen” eller ”Faktorer i "
            "orienteringskartan”."
        ),
    )
    centre_text = models.CharField(
        _("text i mitten"),
        max_length=40,
        help_text=_("Det som står i mitten av bilden, t.ex. ”Social innovation”."),
    )
    worksheet_intro = models.TextField(
        _("ingress till arbetsbladet"),
        blank=True,
        max_length=600,
        help_text=_("Vad besökaren kan göra med arbetsbladet."),
    )

    references = models.TextField(
        _("referenser"),
        blank=True,
        max_length=2000,
        help_text=_(
            "Referenser för modellen som helhet, en per rad. Delarnas egna referenser visas "
            "på deras sidor och läggs till här."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("tool"),
        FieldPanel("centre_text"),
        FieldPanel("worksheet_intro"),
        FieldPanel("references"),
    ]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("verktyg för förändring")
        verbose_name_plural = _("verktyg för förändring")

    @property
    def element_model(self):
        return ProcessStage if self.tool == self.Tool.PROCESS_MODEL else MapFactor

    @property
    def element_word(self):
        return _("Steg") if self.tool == self.Tool.PROCESS_MODEL else _("Faktor")

    @property
    def reference_list(self):
        return lines(self.references)

    def elements(self):
        return list(self.element_model.objects.all())

    def element_url(self, element, request=None):
        return f"{self.get_url(request)}{element.slug}/"

    def tool_context(self, request, elements):
        for number, element in enumerate(elements, start=1):
            element.number = number
            element.url = self.element_url(element, request)
        return {
            "elements": elements,
            "diagram": diagram(elements, self.centre_text),
            "worksheet_url": self.get_url(request) + self.reverse_subpage("worksheet"),
        }

    @path("", name="tool")
    def tool_view(self, request):
        elements = self.elements()
        context = self.tool_context(request, elements)
        references = []
        for element in [self, *elements]:
            references += [ref for ref in element.reference_list if ref not in references]
        context["references"] = references
        return self.render(request, context_overrides=context)

    @path("arbetsblad/", name="worksheet")
    def worksheet_view(self, request):
        context = self.tool_context(request, self.elements())
        context["canonical_url"] = self.get_full_url(request) + self.reverse_subpage("worksheet")
        context["trail"] = trail_to(self, request)
        return self.render(
            request, template="pages/pages/tool_worksheet.html", context_overrides=context
        )

    @path("<slug:slug>/", name="element")
    def element_view(self, request, slug):
        elements = self.elements()
        found = [element for element in elements if element.slug == slug]
        if not found:
            raise Http404
        element = found[0]
        context = self.tool_context(request, elements)
        index = elements.index(element)
        context.update(
            element=element,
            previous=elements[index - 1] if index > 0 else None,
            next=elements[index + 1] if index + 1 < len(elements) else None,
            tagged=render_tool_content(element, request),
            canonical_url=self.get_full_url(request) + f"{element.slug}/",
            trail=trail_to(self, request),
        )
        return self.render(
            request, template="pages/pages/tool_element.html", context_overrides=context
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for suffix in [*(f"{e.slug}/" for e in self.elements()), "arbetsblad/"]:
            urls.append({"location": f"{base}{suffix}"})
        return urls
