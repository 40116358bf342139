"""Which requests the page cache answers and which answers it keeps (docs/page-cache.md), and
a kept answer as stored: status, headers, body and its tags' versions."""

import hashlib
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

ADMIN_PATHS = ("/admin/", "/django-admin/")
SKIPPED_PATHS = (*ADMIN_PATHS, "/dokument/", "/healthz", "/sok/")
PRIVATE = ("private", "no-cache", "no-store")


def anonymous(request):
    """An anonymous GET or HEAD (no session: editors and anyone with a session are left out)
    outside the admin: what a page shows it may show from shared values (site_lookup.py)."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(ADMIN_PATHS)
    )


def answers(request):
    """Anonymous GET and HEAD of the public site, but not documents (privacy checks), search
    (a new page for every query) or the health check."""
    return anonymous(request) and not request.path.startswith(SKIPPED_PATHS)


def same_for_everyone(request):
    """A request the page cache answers, and not a preview (a draft may differ): what its page
    shows may be kept and shared (memo.py: the home page's sections, related articles)."""
    return request is not None and not getattr(request, "is_preview", False) and answers(request)


def keeps(request, response):
    """A 200 that is the same for every anonymous visitor: no cookie set, no CSRF token in it,
    not marked private or uncacheable, not streamed."""
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(word in cache_control for word in PRIVATE)
    )


TRACKING = ("utm_", "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid")


def entry_key(request):
    """The host, path and query string, without the campaign parameters pages never read
    (`?utm_source=…` shares the entry of the plain address)."""
    query = [
        (name, value)
        for name, value in parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
        if not name.startswith(TRACKING)
    ]
    address = f"{request.get_host()}{request.path}?{urlencode(query)}"
    return "page-cache:entry:" + hashlib.sha256(address.encode()).hexdigest()


def accepts_gzip(request):
    return bool(re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")))


@dataclass
class Entry:
    status: int
    headers: list
    content: bytes
    versions: dict  # {tag: version} when stored
    clock: str  # the version of "*" (any bump) when stored, or when last found current
    expires: float  # time.time() when the cache lets it go
    gzipped: bytes = b""  # the content compressed once, for browsers that accept gzip

    @classmethod
    def of(cls, response, versions, clock, expires):
        headers = [(name, value) for name, value in response.items() if name != "X-Page-Cache"]
        content = response.content
        gzipped = compress_string(content) if len(content) >= 200 else b""
        return cls(response.status_code, headers, content, versions, clock, expires, gzipped)

    def response(self, gzip=False):
        """The answer as stored; compressed if the browser accepts gzip (GZipMiddleware leaves
        an answer with a Content-Encoding alone, so a hit is never compressed again)."""
        compressed = gzip and self.gzipped and len(self.gzipped) < len(self.content)
        body = self.gzipped if compressed else self.content
        response = HttpResponse(body, status=self.status)
        for name, value in self.headers:
            if name.lower() != "content-length":
                response[name] = value
        response["Content-Length"] = str(len(body))
        if compressed:
            response["Content-Encoding"] = "gzip"
            patch_vary_headers(response, ("Accept-Encoding",))
        return response
