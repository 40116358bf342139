"""Shared values read once per request (docs/page-cache.md, "Shared values"): inside an
anonymous GET or HEAD, `memo.remembered` reads the shared clock once and unpickles each held
value once, however many templates and tags ask for it (a listing asks four times which node
each card's page belongs to). A value is then the same object for every caller in that
request, as a `cached_property` is; callers outside a request are unaffected."""

from contextlib import contextmanager
from contextvars import ContextVar

from .store import anonymous

_current: ContextVar = ContextVar("memo_request_values", default=None)


class RequestValues:
    """The clock as read at the request's first shared value, and the values handed out
    since, with the tags each one carries."""

    def __init__(self):
        self.clock = None
        self.values = {}


def current():
    """The current request's values, or None outside an anonymous GET or HEAD."""
    return _current.get()


@contextmanager
def one_request():
    token = _current.set(RequestValues())
    try:
        yield
    finally:
        _current.reset(token)


class RequestValuesMiddleware:
    """Only reads (anonymous GET and HEAD) share values: a request that changes something and
    then renders must see the change."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not anonymous(request):
            return self.get_response(request)
        with one_request():
            return self.get_response(request)
