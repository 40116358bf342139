from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Sidor")

    def ready(self):
        from .page_cache import purge

        purge.connect()  # the page cache's receivers, model by model
