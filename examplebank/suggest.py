"""The suggestion form at /exempelbanken/foresla/ and its thank-you page (foresla/tack/).

GET shows the form; a POST with errors shows it again with everything the visitor typed, an
error summary and a title starting "Fel: "; a valid POST saves the suggestion and redirects
(303) to the thank-you page. Each client address may send SUGGESTIONS_PER_WINDOW suggestions
per window; past that the form comes back with 429 and what was typed
(docs/example-suggestions.md).
"""

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from pages.breadcrumbs import trail_to
from pages.public_forms import form_page_response
from pages.rate_limit import RateLimit, wait_words

from .forms import SuggestionForm
from .intake import create_suggestion, send_confirmation

SUGGESTIONS_PER_WINDOW = 5
WINDOW_SECONDS = 60 * 60


def seconds_until_allowed(request, now=None):
    """Count this suggestion against the client's address (pages/rate_limit.py)."""
    limit = RateLimit("example-suggestion", SUGGESTIONS_PER_WINDOW, WINDOW_SECONDS)
    return limit.seconds_until_allowed(request, now)


def rate_limit_message(seconds):
    wait, until = wait_words(seconds)
    return _(
        "Det har skickats många förslag från din uppkoppling den senaste timmen. Försök igen "
        "%(wait)s, efter kl. %(time)s. Det du har skrivit finns kvar nedan."
    ) % {"wait": wait, "time": until}


def suggest_url(page, request):
    return page.get_url(request) + page.reverse_subpage("suggest")


def thanks_url(page, request):
    return page.get_url(request) + page.reverse_subpage("suggest_thanks")


def page_context(page, request, title):
    context = page.get_context(request)
    context.update(
        suggest_title=title,
        suggest_title_page={"title": title},  # the breadcrumbs' last item
        suggest_breadcrumbs=trail_to(page),
        bank_url=page.get_url(request),
    )
    return context


def form_response(page, request, form, status=200, wait_seconds=0):
    context = page_context(page, request, _("Föreslå ett exempel"))
    context.update(
        action=suggest_url(page, request),
        canonical_url=page.get_full_url(request) + page.reverse_subpage("suggest"),
    )
    problem = rate_limit_message(wait_seconds) if wait_seconds else ""
    return form_page_response(
        request, "pages/examplebank/suggest.html", context, form, status, problem, wait_seconds
    )


def suggest_response(page, request):
    if request.method in ("GET", "HEAD"):
        return form_response(page, request, SuggestionForm(consent_text=page.consent_text))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    form = SuggestionForm(request.POST, consent_text=page.consent_text)
    if not form.is_valid():
        return form_response(page, request, form)
    wait = seconds_until_allowed(request)
    if wait:
        return form_response(page, request, form, status=429, wait_seconds=wait)
    suggestion = create_suggestion(form.cleaned_data, consent_text=page.consent_text)
    send_confirmation(suggestion, bank_url=page.get_full_url(request))
    return HttpResponseRedirect(thanks_url(page, request), status=303)


def thanks_response(page, request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    context = page_context(page, request, _("Tack för ditt förslag"))
    context.update(
        suggest_url=suggest_url(page, request),
        retention_days=settings.EXAMPLE_SUGGESTION_RETENTION_DAYS,
    )
    return TemplateResponse(request, "pages/examplebank/suggest_thanks.html", context)
