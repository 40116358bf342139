"""The newsletter page's signup, confirm, unsubscribe and "your data" views
(news/models/newsletter_page.py routes here; docs/newsletter-signup.md).

The forms set no cookie and carry no CSRF token, so every page showing them stays cacheable:
a forged signup only sends a confirmation e-mail. Instead a POST from another site is refused
(the Origin and Sec-Fetch-Site headers), a honeypot catches bots and each connection may sign
up SIGNUPS_PER_WINDOW times an hour. Whatever the address (new, pending, subscribing,
unsubscribed, unknown) the answer is the same page, so nobody learns who subscribes. Links
from e-mails (confirm, unsubscribe) show a page with one button on GET, since mail scanners
follow links; only the POST acts, and both are idempotent.
"""

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from pages.public_forms import form_page_response
from pages.rate_limit import RateLimit, wait_words
from pages.tokenless_post import from_another_site

from . import newsletter_signup as signup
from .newsletter_forms import DataRequestForm, SignupForm
from .newsletter_tokens import LinkExpired, LinkInvalid, read_confirm_token, read_data_token

SIGNUPS_PER_WINDOW = 5
WINDOW_SECONDS = 60 * 60
SAFE = ("GET", "HEAD")


def route_url(page, request, name, *args):
    return page.get_url(request) + page.reverse_subpage(name, args=args)


def absolute(request, url):
    return request.build_absolute_uri(url)


def message_response(page, request, title, paragraphs, action=None, status=200):
    """A short page about a link's or a form's outcome: never cached, never indexed."""
    context = {
        "page": page,
        "self": page,
        "message_title": title,
        "paragraphs": paragraphs,
        "action": action,  # (button label, POST address) or None
        "archive_url": page.get_url(request),
    }
    response = TemplateResponse(
        request, "pages/news/newsletter_message.html", context, status=status
    )
    add_never_cache_headers(response)
    return response


def refused_response(page, request):
    return message_response(
        page,
        request,
        _("Formuläret kom från en annan webbplats"),
        [
            _(
                "Anmälan skickades från en sida som inte är vår, så vi tog inte emot den. "
                "Anmäl dig direkt här på sidan om nyhetsbrevet."
            )
        ],
        status=403,
    )


def page_with_forms(page, request, form, status=200, problem="", wait_seconds=0):
    """The newsletter page with its two forms, the one sent shown as typed with its errors."""
    context = page.get_context(request)
    context["signup_form"] = form if isinstance(form, SignupForm) else SignupForm()
    context["data_form"] = form if isinstance(form, DataRequestForm) else DataRequestForm()
    template = page.get_template(request)
    return form_page_response(request, template, context, form, status, problem, wait_seconds)


def rate_limited(page, request, form, scope):
    wait = RateLimit(scope, SIGNUPS_PER_WINDOW, WINDOW_SECONDS).seconds_until_allowed(request)
    if not wait:
        return None
    words, until = wait_words(wait)
    problem = _(
        "Det har skickats många anmälningar från din uppkoppling den senaste timmen. Försök "
        "igen %(wait)s, efter kl. %(time)s. Det du skrev finns kvar nedan."
    ) % {"wait": words, "time": until}
    return page_with_forms(page, request, form, 429, problem=problem, wait_seconds=wait)


def posted_address(page, request, form_class, scope):
    """The checks both forms' POSTs pass: from this site, valid, within the rate limit.
    (address, None), or (None, the page answering why not)."""
    if from_another_site(request):
        return None, refused_response(page, request)
    form = form_class(request.POST)
    if not form.is_valid():
        return None, page_with_forms(page, request, form)
    limited = rate_limited(page, request, form, scope)
    if limited:
        return None, limited
    return form.cleaned_data["email"], None


def signup_response(page, request):
    """POST /nyhetsbrev/: sign up; a GET is the archive (the page's own view)."""
    email, refused = posted_address(page, request, SignupForm, "newsletter-signup")
    if refused:
        return refused

    def confirm_url(token):
        return absolute(request, route_url(page, request, "confirm", token))

    signup.sign_up(email, page.consent_text, confirm_url)
    return HttpResponseRedirect(route_url(page, request, "signup_sent"), status=303)


def signup_sent_response(page, request):
    return message_response(
        page,
        request,
        _("Titta i din inkorg"),
        [
            _(
                "Tack! Om adressen inte redan prenumererar får den strax ett mejl med en länk. "
                "Klicka på länken för att bekräfta att du vill ha nyhetsbrevet: först då "
                "börjar vi skicka det."
            ),
            _("Hittar du inget mejl? Titta bland skräpposten, eller anmäl dig igen om en stund."),
        ],
    )


def link_problem(page, request, error):
    if isinstance(error, LinkExpired):
        title = _("Länken har gått ut")
        text = _("Länken gäller bara en viss tid. Anmäl dig igen, så får du en ny länk.")
    else:
        title = _("Länken fungerar inte")
        text = _(
            "Länken är inte hel eller har redan ersatts av en nyare. Kopiera hela länken från "
            "mejlet, eller anmäl dig igen så får du en ny."
        )
    return message_response(page, request, title, [text], status=400)


def confirm_response(page, request, token):
    if request.method not in (*SAFE, "POST"):
        return HttpResponseNotAllowed([*SAFE, "POST"])
    try:
        claim = read_confirm_token(token)
    except (LinkExpired, LinkInvalid) as error:
        return link_problem(page, request, error)
    if request.method in SAFE:
        return message_response(
            page,
            request,
            _("Bekräfta din prenumeration"),
            [_("Ett klick till, så får du MSI:s nyhetsbrev.")],
            action=(_("Ja, jag vill ha nyhetsbrevet"), route_url(page, request, "confirm", token)),
        )
    outcome = signup.confirm(claim)
    if outcome is signup.Confirmation.VOID:
        return link_problem(page, request, LinkInvalid())
    return message_response(
        page,
        request,
        _("Klart! Du prenumererar nu"),
        [
            _(
                "Nästa nummer av nyhetsbrevet kommer till din inkorg. Varje mejl har en länk "
                "längst ned för att avsluta prenumerationen."
            )
        ],
    )


def unsubscribe_response(page, request, key):
    """GET: a page with one button. POST (that button, or a mail program's RFC 8058
    one-click "List-Unsubscribe=One-Click"): unsubscribed at once."""
    if request.method not in (*SAFE, "POST"):
        return HttpResponseNotAllowed([*SAFE, "POST"])
    subscriber = signup.subscriber_for_key(key)
    if subscriber is None:
        return message_response(
            page,
            request,
            _("Länken fungerar inte"),
            [
                _(
                    "Vi hittar ingen prenumeration för den här länken. Kanske är uppgifterna "
                    "redan raderade. Kopiera hela länken från mejlet om den blev avkortad."
                )
            ],
            status=404,
        )
    if request.method in SAFE:
        return message_response(
            page,
            request,
            _("Avsluta prenumerationen"),
            [
                _("Vill du inte längre få MSI:s nyhetsbrev till %(email)s?")
                % {"email": subscriber.email}
            ],
            action=(_("Avsluta prenumerationen"), route_url(page, request, "unsubscribe", key)),
        )
    signup.unsubscribe(subscriber)
    return message_response(
        page,
        request,
        _("Du får inga fler nyhetsbrev"),
        [
            _(
                "Prenumerationen är avslutad. Ångrar du dig kan du anmäla dig igen på sidan om "
                "nyhetsbrevet."
            )
        ],
    )


def data_request_response(page, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    email, refused = posted_address(page, request, DataRequestForm, "newsletter-data")
    if refused:
        return refused

    def data_url(token):
        return absolute(request, route_url(page, request, "your_data", token))

    signup.request_data_link(email, data_url)
    return HttpResponseRedirect(route_url(page, request, "data_sent"), status=303)


def data_sent_response(page, request):
    return message_response(
        page,
        request,
        _("Titta i din inkorg"),
        [
            _(
                "Om adressen finns hos oss får den strax ett mejl med en länk till uppgifterna "
                "och till att radera dem. Av hänsyn till den som äger adressen visar vi dem "
                "bara där."
            )
        ],
    )


def your_data_response(page, request, token):
    if request.method not in (*SAFE, "POST"):
        return HttpResponseNotAllowed([*SAFE, "POST"])
    try:
        claim = read_data_token(token)
    except (LinkExpired, LinkInvalid) as error:
        return link_problem(page, request, error)
    subscriber = signup.subscriber_for_data_claim(claim)
    if subscriber is None:
        return message_response(
            page,
            request,
            _("Uppgifterna finns inte längre"),
            [_("Det finns inget sparat om adressen. Den kan redan vara raderad.")],
            status=404,
        )
    if request.method == "POST":
        subscriber.delete()
        return message_response(
            page,
            request,
            _("Uppgifterna är raderade"),
            [_("Vi har inte längre något sparat om adressen, och du får inga nyhetsbrev.")],
        )
    response = TemplateResponse(
        request,
        "pages/news/newsletter_your_data.html",
        {
            "page": page,
            "self": page,
            "subscriber": subscriber,
            "delete_url": route_url(page, request, "your_data", token),
        },
    )
    add_never_cache_headers(response)
    return response
