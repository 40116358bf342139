from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import camelcase_to_underscore
from wagtail.models import Page
from wagtail.search import index

from ..view_restrictions import restrictions_of


class BasePage(Page):
    """What every page shares: a lead paragraph, and templates under templates/pages/<app>/."""

    intro = models.TextField(
        _("ingress"),
        blank=True,
        max_length=600,
        help_text=_("En eller två meningar som sammanfattar sidan. Visas under rubriken."),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        name = camelcase_to_underscore(type(self).__name__)
        return f"pages/{self._meta.app_label}/{name}.html"

    def get_view_restrictions(self):
        return restrictions_of(self, super().get_view_restrictions)

    @property
    def summary(self):
        """Text for listings and meta descriptions."""
        return self.search_description or self.intro
