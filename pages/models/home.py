from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock, SectionChoiceBlock

from ..listing.cards import image_with_renditions
from ..routing import OneQueryRouteMixin
from .base import BasePage


class HomePage(OneQueryRouteMixin, BasePage):
    hero_image = models.ForeignKey(
        "pages.CustomImage",
        verbose_name=_("toppbild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Visas bredvid ingressen. Alternativtexten hämtas från bildens titel."),
    )
    hero_image_alt = models.CharField(
        _("alternativtext för toppbilden"),
        max_length=250,
        blank=True,
        help_text=_("Beskriv vad bilden visar. Lämna tomt om bilden är dekorativ."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("innehåll"))
    sections = StreamField(
        [("section", SectionChoiceBlock())],
        blank=True,
        verbose_name=_("avsnitt under innehållet"),
        help_text=_(
            "Välj vilka automatiska avsnitt startsidan visar, och i vilken ordning. "
            "Lämnar du det tomt visas alla. Ett avsnitt utan innehåll visas inte."
        ),
    )

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Toppbild")
        ),
        FieldPanel("body"),
        FieldPanel("sections"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.hero_image_id:  # the hero's sizes and the sharing image: one query
            self.hero_image = image_with_renditions(self.hero_image_id)
        return context

    @property
    def social_image(self):
        return self.hero_image

    @property
    def social_image_alt(self):
        return self.hero_image_alt

    @property
    def section_keys(self):
        return [block.value for block in self.sections]

    class Meta:
        verbose_name = _("startsida")
        verbose_name_plural = _("startsidor")
