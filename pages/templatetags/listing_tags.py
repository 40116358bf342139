from django import template
from django.template.loader import render_to_string
from django.utils.http import urlencode

from pages.page_cache.memo import shown_on

register = template.Library()


@register.simple_tag(takes_context=True)
def filter_form(context, form, action, heading_id):
    """A listing's filter form (components/filter_form.html). Rendering its widgets is a
    sixth of a listing's CPU, and it only shows the choices and what was chosen, so it is kept
    for everyone per choice (docs/page-cache.md, "Kept for everyone"), never when a value was
    refused (any text could be sent: an entry for each would be endless)."""
    request = context["request"]
    data = form.data
    chosen = sorted(
        (name, value)
        for name in form.filters
        for value in (data.getlist(name) if hasattr(data, "getlist") else [data.get(name)])
        if value is not None
    )

    def render():
        values = {"form": form, "action": action, "heading_id": heading_id}
        return render_to_string("components/filter_form.html", values, request=request)

    return shown_on(  # a SafeString: the template's own, escaped output
        context["page"],
        request,
        f"filters:{action}:{heading_id}:{urlencode(chosen)}",
        render,
        *getattr(form, "choices_read", ()),
        shareable=lambda _html: not form.problems,
    )
