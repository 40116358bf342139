from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from pages.sections import home_section_choices


class SectionChoiceBlock(blocks.ChoiceBlock):
    """One of the sections apps register for the home page (latest news, publications…)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", home_section_choices)
        kwargs.setdefault("label", _("Avsnitt"))
        super().__init__(**kwargs)

    class Meta:
        icon = "list-ul"
        description = _("Ett avsnitt som hämtar innehåll automatiskt, t.ex. senaste nytt.")
