"""The suggestion form at /exempelbanken/foresla/ and its thank-you page (foresla/tack/).

GET shows the form; a POST with errors shows it again with everything the visitor typed, an
error summary and a title starting "Fel: "; a valid POST saves the suggestion and redirects
(303) to the thank-you page. Each client address may send SUGGESTIONS_PER_WINDOW suggestions
per window; past that the form comes back with 429 and what was typed
(docs/example-suggestions.md).
"""

import math
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pages.breadcrumbs import trail_to

from .forms import SuggestionForm
from .intake import create_suggestion, send_confirmation

SUGGESTIONS_PER_WINDOW = 5
WINDOW_SECONDS = 60 * 60


def client_address(request):
    """The client's address as the site's throttling sees it: the function the settings name
    (msi_site/client_address.py, which reads the trusted proxy's header). By name, since
    msi_site is the floor above this app (docs/layers.md)."""
    return import_string(settings.AXES_CLIENT_IP_CALLABLE)(request)


def seconds_until_allowed(request, now=None):
    """Count this suggestion against the client's address; 0 when it may be sent, else how
    many seconds until the window ends. A fixed window in the shared cache, so every app
    container counts together."""
    now = time.time() if now is None else now
    window = int(now // WINDOW_SECONDS)
    key = f"example-suggestion:{client_address(request)}:{window}"
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        count = 1
    if count <= SUGGESTIONS_PER_WINDOW:
        return 0
    return (window + 1) * WINDOW_SECONDS - now


def rate_limit_message(seconds):
    minutes = max(1, math.ceil(seconds / 60))
    until = timezone.localtime() + timedelta(seconds=seconds)
    wait = ngettext("om %(minutes)d minut", "om %(minutes)d minuter", minutes) % {
        "minutes": minutes
    }
    return _(
        "Det har skickats många förslag från din uppkoppling den senaste timmen. Försök igen "
        "%(wait)s, efter kl. %(time)s. Det du har skrivit finns kvar nedan."
    ) % {"wait": wait, "time": until.strftime("%H.%M")}


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
    error_summary = form.summary_errors() if form.is_bound else []
    if wait_seconds:
        error_summary.insert(0, (None, rate_limit_message(wait_seconds)))
    context.update(
        form=form,
        error_summary=error_summary,
        action=suggest_url(page, request),
        canonical_url=page.get_full_url(request) + page.reverse_subpage("suggest"),
    )
    response = TemplateResponse(request, "pages/examplebank/suggest.html", context, status=status)
    add_never_cache_headers(response)  # it holds a CSRF token and, after a POST, what was typed
    if wait_seconds:
        response["Retry-After"] = str(math.ceil(wait_seconds))
    return response


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
