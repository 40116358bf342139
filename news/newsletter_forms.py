"""The newsletter's public forms: signup and "show me my data" (news/newsletter_views.py)."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from pages.public_forms import PublicForm

EMAIL_ERRORS = {
    "required": _("Skriv din e-postadress."),
    "invalid": _("Skriv e-postadressen i formen namn@exempel.se."),
    "max_length": _(
        "E-postadressen får vara högst %(limit_value)d tecken lång. Nu är den %(show_value)d."
    ),
}


class EmailAddressField(forms.EmailField):
    """An e-mail address with one message at a time: a 5 000-character address is told it is
    too long, not also that it is malformed."""

    def run_validators(self, value):
        if value in self.empty_values:
            return
        # The length first: Django's order would call a very long address malformed.
        by_length_first = sorted(
            self.validators, key=lambda validator: not isinstance(validator, MaxLengthValidator)
        )
        for validator in by_length_first:
            try:
                validator(value)
            except forms.ValidationError as error:
                if hasattr(error, "code") and error.code in self.error_messages:
                    error.message = self.error_messages[error.code]
                raise


def email_field(label):
    return EmailAddressField(
        label=label,
        max_length=254,
        error_messages=EMAIL_ERRORS,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class SignupForm(PublicForm):
    email = email_field(_("Din e-postadress"))

    def __init__(self, *args, **kwargs):
        # Ids of their own: the form may sit on a page with another form's "email".
        kwargs.setdefault("auto_id", "nyhetsbrev-%s")
        super().__init__(*args, **kwargs)


class DataRequestForm(PublicForm):
    prefix = "uppgifter"  # the signup form on the same page has an "email" field too
    email = email_field(_("E-postadressen du prenumererar med"))
