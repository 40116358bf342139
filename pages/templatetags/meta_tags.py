"""Sharing metadata: Open Graph tags and JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.alternate_links import links_for
from pages.models import SiteSettings

register = template.Library()

SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"
# Open Graph locales by a page's `language` (publications have one); Swedish otherwise.
OG_LOCALES = {"sv": "sv_SE", "en": "en_GB"}

# As in Django's json_script: nothing in the data can close the script element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def social_rendition(image):
    return image.get_rendition(SOCIAL_IMAGE_SPEC)


def absolute_image_url(request, image):
    return request.build_absolute_uri(social_rendition(image).url)


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context, page):
    """Open Graph tags: title, description, address, type and an image: the page's own, else
    the site's default sharing image when the settings have one."""
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    image = getattr(page, "social_image", None)
    image_alt = getattr(page, "social_image_alt", "")
    if image is None:  # the site's default sharing image, from the site settings
        image, image_alt = site_settings.social_image, site_settings.social_image_alt
    rendition = social_rendition(image) if image else None
    return {
        "page": page,
        "site_name": site_settings.organisation_name,
        "og_type": getattr(page, "og_type", "website"),
        "locale": OG_LOCALES.get(getattr(page, "language", ""), OG_LOCALES["sv"]),
        "url": page.get_full_url(request),
        "image": rendition,
        "image_url": request.build_absolute_uri(rendition.url) if rendition else "",
        "image_alt": image_alt,
    }


@register.inclusion_tag("components/feed_links.html")
def alternate_links(page):
    """<link rel=alternate> for the feeds a page offers, contributed by the apps that own
    them through the ALTERNATE_LINKS_HOOK hook (see pages/alternate_links.py)."""
    return {"feeds": links_for(page) if page else []}
