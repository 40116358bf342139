"""Sharing metadata: Open Graph tags and JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.models import SiteSettings

register = template.Library()

SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"

# As in Django's json_script: nothing in the data can close the script element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def absolute_image_url(request, image):
    return request.build_absolute_uri(image.get_rendition(SOCIAL_IMAGE_SPEC).url)


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context, page):
    """Open Graph tags: title, description, address, type and, when the page has one, image."""
    request = context["request"]
    image = getattr(page, "social_image", None)
    alt = getattr(page, "social_image_alt", "")
    return {
        "page": page,
        "site_name": SiteSettings.for_request(request).organisation_name,
        "og_type": getattr(page, "og_type", "website"),
        "url": page.get_full_url(request),
        "image_url": absolute_image_url(request, image) if image else "",
        "image_alt": alt,
    }
