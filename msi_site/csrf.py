"""Page views marked `@tokenless_post` (pages/tokenless_post.py) take a POST without a CSRF
token: the form that sends it sets no cookie. This middleware sits just before Django's
CsrfViewMiddleware and, for a POST that routes to such a view, tells it not to enforce the
check (the flag Django's own test client uses). Everything else, the admin included, is
checked by Django's middleware as usual, and `check --deploy` still finds it in place."""

from wagtail import views as wagtail_views
from wagtail.models import Page

from pages.tokenless_post import takes_tokenless_post


def routes_to_tokenless_view(request, callback, callback_args):
    if callback is not wagtail_views.serve or not callback_args:
        return False
    route = Page.route_for_request(request, callback_args[0])  # cached for the serve view
    if route is None:
        return False
    _page, args, _kwargs = route
    return bool(args) and takes_tokenless_post(args[0])


class TokenlessPostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if request.method == "POST" and routes_to_tokenless_view(request, callback, callback_args):
            request._dont_enforce_csrf_checks = True
        return None
