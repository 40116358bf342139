"""The server-error handler: a 503 with Retry-After while the database is unreachable.

Django calls `handler500` for any exception a view, a template or a middleware lets through,
from inside the `except` block, so the exception is still at hand. When it is a connection
error and the database does not answer a `SELECT 1` either, the visitor gets the Swedish "try
again in a moment" page with status 503, which also tells load balancers and crawlers to come
back. Any other error, including a database error while the database answers (a bad query,
an integrity error), stays a 500.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

from pages.views import database_is_reachable

RETRY_AFTER_SECONDS = 30


def server_error(request):
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError) and not database_is_reachable():
        return service_unavailable()
    return HttpResponse(render_to_string("500.html"), status=500)


def service_unavailable():
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
