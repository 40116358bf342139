"""Headers Django and django-csp do not set, and a separate CSP for the Wagtail admin."""

from django.conf import settings

from pages.views import database_health

# Wagtail's admin relies on inline scripts and styles, so it gets its own, looser policy.
ADMIN_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; "
    "base-uri 'self'; object-src 'none'"
)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith(settings.CSP_ADMIN_PATH_PREFIXES):
            response._csp_exempt = True
            response.setdefault("Content-Security-Policy", ADMIN_CSP)
        return response


class HealthCheckMiddleware:
    """Answer /healthz first, before host validation and the HTTPS redirect.

    Load balancers probe containers by IP address over plain HTTP, which ALLOWED_HOSTS and
    SECURE_SSL_REDIRECT would otherwise refuse.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return database_health()
        return self.get_response(request)
