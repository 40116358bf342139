"""Production: everything from the environment, and refuse to start without the essentials."""

import os

from .base import *

DEBUG = False


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in production.")
    return value


SECRET_KEY = _required("SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured("SECRET_KEY must be a long random value in production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production (comma-separated).")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or [f"https://{h}" for h in ALLOWED_HOSTS]

DATABASES = {"default": database_from_env(default=_required("DATABASE_URL"))}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
# Wagtail's preview panel shows the page in a same-origin frame, so DENY would break it;
# SAMEORIGIN plus CSP frame-ancestors 'self' still forbids other sites from framing us.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
CSRF_COOKIE_SECURE = True
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

# The newsletter's e-mail goes through the database to `manage.py newsletter_worker`.
if os.environ.get("NEWSLETTER_TASKS", "database") == "database":
    TASKS = {**TASKS, "newsletter": DATABASE_TASKS}

# The shared page cache is on in production (docs/page-cache.md).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", default=True)

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")
