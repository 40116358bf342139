"""Blocks of an example: its links."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class ExampleLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("länktext"),
        max_length=120,
        help_text=_("Säg vart länken leder, t.ex. ”Fritidsbankens webbplats”."),
    )
    url = blocks.URLBlock(label=_("adress"))

    class Meta:
        icon = "link"
        label = _("Länk")
        description = _("En länk till exemplets webbplats, en rapport eller ett reportage.")
        preview_value = {
            "title": "Fritidsbankens webbplats",
            "url": "https://www.fritidsbanken.se/",
        }
        template = "components/blocks/example_link.html"


class ExampleLinksBlock(blocks.StreamBlock):
    link = ExampleLinkBlock()
