"""The open-data field list for the bank page (components/open_data_links.html)."""

from django import template

from examplebank.export_fields import EXPORT_FIELDS

register = template.Library()


@register.simple_tag
def open_data_fields():
    return EXPORT_FIELDS
