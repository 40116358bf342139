from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from pages.accessibility import validate_link_text

from .kept_choosers import KeptPageChooserBlock


class CallToActionValue(blocks.StructValue):
    @property
    def href(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("url") or ""

    @property
    def label(self):
        return self.get("link_label") or (self.get("page").title if self.get("page") else "")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("rubrik"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False, max_length=400)
    link_label = blocks.CharBlock(
        label=_("länktext"),
        max_length=80,
        help_text=_("Säg vart länken leder, t.ex. ”Anmäl dig till nyhetsbrevet”, inte ”Läs mer”."),
        validators=[validate_link_text],
    )
    page = KeptPageChooserBlock(label=_("sida på webbplatsen"), required=False)
    url = blocks.URLBlock(label=_("extern adress"), required=False)

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if has_page == has_url:
            message = ValidationError(
                _("Välj antingen en sida eller en extern adress, inte båda.")
            )
            raise StructBlockValidationError(block_errors={"page": message, "url": message})
        return value

    class Meta:
        icon = "link"
        label = _("Uppmaning")
        description = _("En framträdande länk med rubrik: leder till exakt en sida eller adress.")
        template = "components/blocks/call_to_action_block.html"
        value_class = CallToActionValue
        preview_value = {
            "title": "Prenumerera på nyhetsbrevet",
            "text": "Nyheter, evenemang och exempel från hela Sverige en gång i månaden.",
            "link_label": "Anmäl dig till nyhetsbrevet",
            "url": "https://socialinnovation.se/nyhetsbrev/",
        }
