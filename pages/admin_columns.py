"""Admin listing columns shared by the apps' viewsets."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column


class YesNoColumn(Column):
    """A boolean as the Swedish words "Ja"/"Nej" (Wagtail's BooleanColumn titles its icons
    "True"/"False", which is what screen readers then read)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return _("Ja") if value else _("Nej")
