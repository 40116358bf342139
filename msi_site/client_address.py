"""The client's address, for throttling: from the trusted proxy's header, never the client's.

Behind a load balancer every request comes from the balancer's address; it appends the address
it saw to X-Forwarded-For. A client can send X-Forwarded-For too, so only the entries our own
proxies added can be trusted: with TRUSTED_PROXY_COUNT = N, the client is the N-th address from
the right. With no proxy configured (N = 0), the header is ignored and REMOTE_ADDR is used.
"""

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    return forwarded[-count] if len(forwarded) >= count else remote
