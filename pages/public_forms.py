"""What every public form shares (the example suggestions, the contact page's feedback):
text cleaned as text, a honeypot for bots instead of a CAPTCHA, and the errors in the order of
the form for the error summary (components/error_summary.html, docs/public-forms.md)."""

import math
import unicodedata

from django import forms
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "hemsida"


def clean_multiline_text(text):
    """Drop control characters but line breaks and tabs; one kind of line break."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    kept = (
        char
        for char in unicodedata.normalize("NFC", text)
        if unicodedata.category(char) not in {"Cc", "Cs", "Cn", "Co"} or char in "\t\n"
    )
    return "".join(kept).strip()


class PublicForm(forms.Form):
    """A form the public sends. Its honeypot field is hidden from people by the template
    (components/honeypot_field.html), so only a bot fills it in; if a browser's autofill did,
    the form comes back with the field shown and emptied, and nothing else lost."""

    hemsida = forms.CharField(
        label=_("Lämna det här fältet tomt"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)  # last, after the form's

    def clean_hemsida(self):
        value = self.cleaned_data[HONEYPOT_FIELD]
        if value:
            raise forms.ValidationError(
                _(
                    "Fältet ”Lämna det här fältet tomt” ska vara tomt. Webbläsaren kan ha fyllt "
                    "i det av sig själv. Töm det och skicka igen."
                )
            )
        return value

    def full_clean(self):
        super().full_clean()
        if self.honeypot_filled:  # shown again, empty, for a person whose browser filled it
            self.data = self.data.copy()
            self.data[HONEYPOT_FIELD] = ""
            self.fields[HONEYPOT_FIELD].widget.attrs.pop("tabindex", None)

    @property
    def honeypot_filled(self):
        """The trap caught something: the template then shows the field, emptied."""
        return HONEYPOT_FIELD in self.errors

    def summary_errors(self):
        """(field id or None, message) for the error summary, in the order of the form."""
        errors = [(None, message) for message in self.non_field_errors()]
        for field in self:
            errors += [(field.id_for_label, message) for message in field.errors]
        return errors


def form_page_response(request, template, context, form, status=200, problem="", wait_seconds=0):
    """The page holding a public form: its errors (a page-level problem first) for the error
    summary, never cached (it holds a CSRF token and, after a POST, what was typed), and
    Retry-After when the rate limit said wait."""
    error_summary = form.summary_errors() if form.is_bound else []
    if problem:
        error_summary.insert(0, (None, problem))
    context = {**context, "form": form, "error_summary": error_summary}
    response = TemplateResponse(request, template, context, status=status)
    add_never_cache_headers(response)
    if wait_seconds:
        response["Retry-After"] = str(math.ceil(wait_seconds))
    return response
