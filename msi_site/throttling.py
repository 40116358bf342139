"""Login throttling (django-axes) and a rate limit on password-reset requests.

Failed logins are counted per account and per client address (msi_site/client_address.py) in the
database, shared by every app container. After LOGIN_FAILURE_LIMIT failures either is cooled off
for LOGIN_COOL_OFF: a timed pause, never a permanent lockout, since editors' e-mail addresses are
public and anyone could otherwise lock anyone out for good. Password-reset requests are limited
per address and per e-mail in the shared cache. Both answer 429 with Retry-After and a Swedish
page that says when to try again. See docs/login-throttling.md.
"""

import math
from datetime import timedelta

from axes.helpers import get_cool_off

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from .client_address import client_address

PASSWORD_RESET_WINDOW = 60 * 60  # seconds
PER_ADDRESS = 5  # password-reset requests per client address and window
PER_EMAIL = 3  # … per e-mail address


def too_many_attempts(request, seconds, reason):
    minutes = max(1, math.ceil(seconds / 60))
    until = timezone.localtime() + timedelta(seconds=seconds)
    response = render(
        request,
        "accounts/too_many_attempts.html",
        {"minutes": minutes, "until": until, "reason": reason},
        status=429,
    )
    response["Retry-After"] = str(math.ceil(seconds))
    response["Cache-Control"] = "no-store"
    return response


def login_lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the Swedish "try again in N minutes" page."""
    cool_off = get_cool_off(request) or settings.LOGIN_COOL_OFF
    return too_many_attempts(request, cool_off.total_seconds(), "login")


def _over_limit(key, limit):
    cache.add(key, 0, PASSWORD_RESET_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, PASSWORD_RESET_WINDOW)
        count = 1
    return count > limit


class PasswordResetThrottleMiddleware:
    """Limit POSTs to the admin's password-reset form per client address and per e-mail."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path == reverse("wagtailadmin_password_reset"):
            email = request.POST.get("email", "").strip().lower()[:254]
            keys = [(f"password-reset:address:{client_address(request)}", PER_ADDRESS)]
            if email:
                keys.append((f"password-reset:email:{email}", PER_EMAIL))
            over = [_over_limit(key, limit) for key, limit in keys]  # count each, always
            if any(over):
                return too_many_attempts(request, PASSWORD_RESET_WINDOW, "password_reset")
        return self.get_response(request)
