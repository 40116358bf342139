"""Custom image and document models, set before the first migration so fields can be added."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    credit = models.CharField(
        _("fotograf/källa"),
        max_length=255,
        blank=True,
        help_text=_("Visas under bilden, t.ex. ”Foto: Anna Andersson”."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("bild")
        verbose_name_plural = _("bilder")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    language = models.CharField(
        _("språk"),
        max_length=8,
        blank=True,
        default="sv",
        help_text=_("Språkkod för dokumentets innehåll, t.ex. sv eller en."),
    )

    admin_form_fields = (*Document.admin_form_fields, "language")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("dokument")
        verbose_name_plural = _("dokument")
