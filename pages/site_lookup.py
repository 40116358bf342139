"""The request's Wagtail site and its home page, without a query (docs/page-cache.md,
"Lean rendering").

Wagtail finds the site for every request with a query (`Site.find_for_request`) and loads the
home page as its own type with another. For anonymous visitors (`store.anonymous`: no
session, not the admin) this middleware hands Wagtail both from the shared values: kept until
a site changes or the home page is published, unpublished or moved. Editors (whose previews
go with their session) and the admin get Wagtail's own lookup.
"""

from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port

from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from .page_cache import store
from .page_cache.memo import remembered
from .page_cache.purge import address_tags
from .page_cache.recorder import depends_on


def site_with_home(hostname, port):
    """Wagtail's site for the host and port (None if none), its home page loaded whole."""
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    site.root_page = site.root_page.specific
    depends_on(*address_tags(site.root_page))
    return site


def allowed_host(request):
    """Only hosts the site answers for get a kept value (a forged Host header gets none)."""
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


class SiteLookupMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            store.anonymous(request)
            and not hasattr(request, "_wagtail_site")
            and allowed_host(request)
        ):
            hostname = split_domain_port(request._get_raw_host())[0]
            port = request.get_port()
            request._wagtail_site = remembered(  # Wagtail's own per-request attribute
                f"site:{hostname}:{port}", lambda: site_with_home(hostname, port)
            )
        return self.get_response(request)
