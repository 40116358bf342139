"""The public form for suggesting an example (docs/example-suggestions.md).

Every field keeps what the visitor typed when the form comes back with errors. Text is stored
and shown as text: single-line fields lose control characters and line breaks (they end up in
e-mail subjects), the description keeps its line breaks.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.forms import clean_query_text
from pages.public_forms import PublicForm, clean_multiline_text

NAME_MAX_LENGTH = 200
ORGANISATION_MAX_LENGTH = 300
PLACE_MAX_LENGTH = 100
DESCRIPTION_MAX_LENGTH = 5000
EMAIL_MAX_LENGTH = 254


class SuggestionForm(PublicForm):
    name = forms.CharField(
        label=_("Exemplets namn"),
        max_length=NAME_MAX_LENGTH,
        error_messages={
            "required": _("Skriv vad exemplet heter."),
            "max_length": _(
                "Namnet får vara högst %(limit_value)d tecken långt. Nu är det "
                "%(show_value)d tecken."
            ),
        },
    )
    description = forms.CharField(
        label=_("Beskrivning"),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_(
            "Vilket samhällsbehov möter exemplet, och hur? Berätta gärna hur det började och "
            "vad det har lett till."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Beskriv exemplet."),
            "max_length": _(
                "Beskrivningen får vara högst %(limit_value)d tecken lång. Nu är den "
                "%(show_value)d tecken."
            ),
        },
    )
    organisation = forms.CharField(
        label=_("Organisation (frivilligt)"),
        max_length=ORGANISATION_MAX_LENGTH,
        required=False,
        help_text=_("Vem som driver exemplet. Skilj flera med kommatecken."),
        error_messages={
            "max_length": _(
                "Organisationen får vara högst %(limit_value)d tecken lång. Nu är den "
                "%(show_value)d tecken."
            ),
        },
    )
    place = forms.CharField(
        label=_("Ort eller kommun (frivilligt)"),
        max_length=PLACE_MAX_LENGTH,
        required=False,
        error_messages={
            "max_length": _(
                "Orten får vara högst %(limit_value)d tecken lång. Nu är den "
                "%(show_value)d tecken."
            ),
        },
    )
    email = forms.EmailField(
        label=_("Din e-postadress"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_(
            "Så att vi kan bekräfta förslaget och fråga om något är oklart. Den visas aldrig "
            "på webbplatsen."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Skriv din e-postadress."),
            "invalid": _("Skriv e-postadressen som namn@exempel.se."),
            "max_length": _(
                "E-postadressen får vara högst %(limit_value)d tecken lång. Nu är den "
                "%(show_value)d tecken."
            ),
        },
    )
    consent = forms.BooleanField(
        error_messages={
            "required": _(
                "Kryssa i rutan om samtycke. Utan ditt samtycke kan vi inte ta emot förslaget här."
            ),
        },
    )

    def __init__(self, *args, consent_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_text
        for name in ("name", "organisation", "place"):
            self.fields[name].widget.attrs.setdefault("autocomplete", "off")

    def clean_name(self):
        name = clean_query_text(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(self.fields["name"].error_messages["required"])
        return name

    def clean_organisation(self):
        return clean_query_text(self.cleaned_data["organisation"])

    def clean_place(self):
        return clean_query_text(self.cleaned_data["place"])

    def clean_description(self):
        text = clean_multiline_text(self.cleaned_data["description"])
        if not text:
            raise forms.ValidationError(self.fields["description"].error_messages["required"])
        return text
