from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExampleBankConfig(AppConfig):
    name = "examplebank"
    verbose_name = _("Exempelbanken")

    def ready(self):
        from . import signals

        signals.connect()
