"""The contact page and its feedback form (docs/contact-page.md).

GET shows the page: the national office's and each node's contact people, and the form. A
POST with errors shows it again with what the visitor typed, an error summary and a title
starting "Fel: "; a valid POST e-mails the office and redirects (303) to the thank-you page.
If the e-mail cannot be sent, the form comes back (503) with everything typed and a message
to try again. FEEDBACK_PER_WINDOW messages per client address per hour; past that, 429 and
the form as typed.
"""

import logging
import smtplib

from django import forms
from django.core.mail import EmailMessage
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.forms import clean_query_text
from pages.public_forms import PublicForm, clean_multiline_text, form_page_response
from pages.rate_limit import RateLimit, wait_words

logger = logging.getLogger(__name__)

FEEDBACK_PER_WINDOW = 5
WINDOW_SECONDS = 60 * 60
MESSAGE_MAX_LENGTH = 3000


class FeedbackForm(PublicForm):
    message = forms.CharField(
        label=gettext_lazy("Meddelande"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": gettext_lazy("Skriv ditt meddelande."),
            "max_length": gettext_lazy(
                "Meddelandet får vara högst %(limit_value)d tecken långt. Nu är det "
                "%(show_value)d tecken."
            ),
        },
    )
    name = forms.CharField(
        label=gettext_lazy("Ditt namn (frivilligt)"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "max_length": gettext_lazy("Namnet får vara högst %(limit_value)d tecken långt.")
        },
    )
    email = forms.EmailField(
        label=gettext_lazy("Din e-postadress (frivilligt)"),
        required=False,
        max_length=254,
        help_text=gettext_lazy("Fyll i den om du vill ha svar. Vi använder den bara till det."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": gettext_lazy(
                "Skriv e-postadressen i formen namn@exempel.se, eller lämna fältet tomt."
            )
        },
    )

    def clean_message(self):
        text = clean_multiline_text(self.cleaned_data["message"])
        if not text:
            raise forms.ValidationError(self.fields["message"].error_messages["required"])
        return text

    def clean_name(self):
        return clean_query_text(self.cleaned_data["name"])


def seconds_until_allowed(request):
    limit = RateLimit("contact-feedback", FEEDBACK_PER_WINDOW, WINDOW_SECONDS)
    return limit.seconds_until_allowed(request)


def rate_limit_message(seconds):
    wait, until = wait_words(seconds)
    return _(
        "Det har skickats många meddelanden från din uppkoppling den senaste timmen. Försök "
        "igen %(wait)s, efter kl. %(time)s. Det du har skrivit finns kvar nedan."
    ) % {"wait": wait, "time": until}


SEND_FAILED = gettext_lazy(
    "Meddelandet kunde inte skickas just nu. Det du har skrivit finns kvar nedan: försök igen "
    "om en stund, eller mejla oss direkt."
)


def send_feedback(page, request, data):
    body = render_to_string(
        "emails/contact_feedback.txt", {"data": data, "page_url": page.get_full_url(request)}
    )
    message = EmailMessage(
        subject=_("Meddelande via kontaktformuläret på webbplatsen"),
        body=body,
        to=[page.feedback_to],
        reply_to=[data["email"]] if data["email"] else None,
    )
    message.send()


def page_response(page, request, form, status=200, problem="", wait_seconds=0):
    context = page.get_context(request)
    context.update(national_contacts=page.national_contacts(), node_contacts=page.node_contacts())
    template = page.get_template(request)
    return form_page_response(request, template, context, form, status, problem, wait_seconds)


def contact_response(page, request):
    if request.method in ("GET", "HEAD"):
        return page_response(page, request, FeedbackForm())
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return page_response(page, request, form)
    wait = seconds_until_allowed(request)
    if wait:
        message = rate_limit_message(wait)
        return page_response(page, request, form, 429, problem=message, wait_seconds=wait)
    try:
        send_feedback(page, request, form.cleaned_data)
    except (smtplib.SMTPException, OSError):
        logger.exception("The contact page's feedback could not be e-mailed")
        return page_response(page, request, form, 503, problem=SEND_FAILED)
    thanks = page.get_url(request) + page.reverse_subpage("thanks")
    return HttpResponseRedirect(thanks, status=303)


def thanks_response(page, request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    context = page.get_context(request)
    context.update(thanks_title=_("Tack för ditt meddelande"))
    return TemplateResponse(request, "pages/nodes/contact_thanks.html", context)
