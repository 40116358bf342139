"""Page views that take a POST without a CSRF token (docs/newsletter-signup.md).

A form that sets no cookie keeps its page cacheable and cookie-free, but then carries no CSRF
token. Where a forged POST can do no harm (a newsletter signup only sends a confirmation
e-mail; an unsubscribe link's key is the secret), a routable page's view is marked with
`@tokenless_post`, and the site's CSRF middleware (msi_site/csrf.py) lets its POSTs through.
Such a view must check the request's origin itself (`from_another_site`).
"""

from urllib.parse import urlsplit

MARK = "tokenless_post"


def tokenless_post(view):
    setattr(view, MARK, True)
    return view


def takes_tokenless_post(view):
    return getattr(view, MARK, False)


def from_another_site(request):
    """A POST a page on another site made the browser send: the Origin header names another
    host, or (where a browser sends no Origin) Sec-Fetch-Site says cross-site."""
    origin = request.headers.get("Origin")
    if origin:
        return origin == "null" or urlsplit(origin).netloc != request.get_host()
    return request.headers.get("Sec-Fetch-Site") == "cross-site"
