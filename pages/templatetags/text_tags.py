from django import template

from pages.hyphenation import soft_hyphens

register = template.Library()


@register.filter
def hyphenate(text):
    """Soft hyphens in the long words of a heading (pages/hyphenation.py); still escaped."""
    return soft_hyphens(str(text))
