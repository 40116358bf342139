from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Sidor")

    def ready(self):
        from .page_cache import purge  # noqa: F401  connects the page cache's receivers
