"""Settings shared by every environment. Values that differ come from the environment."""

import hashlib
import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEFAULT_SQLITE_URL = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def database_from_env(default=DEFAULT_SQLITE_URL):
    """Parse DATABASE_URL, failing with a message that names the variable."""
    url = os.environ.get("DATABASE_URL", "").strip() or default
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except Exception as error:  # dj-database-url raises several kinds for a bad URL
        raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {error}") from error
    if not config.get("ENGINE"):
        raise ImproperlyConfigured("DATABASE_URL does not name a supported database engine.")
    return config


INSTALLED_APPS = [
    "pages",
    "nodes",
    "news",
    "examplebank",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "axes",
    "taggit",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "msi_site.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",  # HTML too; random padding against BREACH
    "django.middleware.http.ConditionalGetMiddleware",  # ETag and 304, cached pages too
    "pages.page_cache.middleware.PageCacheMiddleware",  # before sessions: a hit needs none
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pages.page_cache.request_values.RequestValuesMiddleware",  # shared values once each
    "pages.site_lookup.SiteLookupMiddleware",  # the site and its home from shared values
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "msi_site.csrf.TokenlessPostMiddleware",  # before CSRF: @tokenless_post page views
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "msi_site.throttling.PasswordResetThrottleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "msi_site.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "msi_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

WSGI_APPLICATION = "msi_site.wsgi.application"

DATABASES = {"default": database_from_env()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Swedish first; code in English, visible text through gettext so English can follow.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sv", "Svenska"), ("en", "English")]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media: one container keeps uploads on a volume at MEDIA_ROOT and serves images itself
# (msi_site/media.py); several containers share S3-compatible storage (docs/deployment.md).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", default=False),
            "file_overwrite": False,
        },
    }
SERVE_MEDIA_FROM_APP = env_bool(
    "SERVE_MEDIA_FROM_APP", default=not os.environ.get("AWS_STORAGE_BUCKET_NAME")
)

# Background tasks (django-tasks). Wagtail's own jobs run on "default", at once. The newsletter's
# e-mail has its own alias: at once in development and tests, or in the database for a
# `manage.py newsletter_worker` process (production's default; docs/newsletter-sending.md).
IMMEDIATE_TASKS = {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
DATABASE_TASKS = {"BACKEND": "django_tasks_db.DatabaseBackend"}
NEWSLETTER_TASKS = os.environ.get("NEWSLETTER_TASKS", "immediate")
TASKS = {
    "default": IMMEDIATE_TASKS,
    "newsletter": DATABASE_TASKS if NEWSLETTER_TASKS == "database" else IMMEDIATE_TASKS,
}

# The newsletter's signups (news/newsletter_signup.py).
NEWSLETTER_CONFIRM_DAYS = int(os.environ.get("NEWSLETTER_CONFIRM_DAYS", "7"))
NEWSLETTER_PENDING_DAYS = int(os.environ.get("NEWSLETTER_PENDING_DAYS", "14"))
NEWSLETTER_DATA_LINK_HOURS = 24
NEWSLETTER_RESEND_MINUTES = 10

# Sending an issue (news/newsletter_sending.py): messages per second over all workers (0: no
# limit), how long a claimed delivery is a worker's, how many it claims at a time, and retries
# of temporary SMTP failures (the wait doubles from NEWSLETTER_RETRY_SECONDS, at most an hour).
NEWSLETTER_RATE = float(os.environ.get("NEWSLETTER_RATE", "10"))
NEWSLETTER_LEASE_SECONDS = float(os.environ.get("NEWSLETTER_LEASE_SECONDS", "300"))
NEWSLETTER_BATCH = int(os.environ.get("NEWSLETTER_BATCH", "20"))
NEWSLETTER_MAX_ATTEMPTS = int(os.environ.get("NEWSLETTER_MAX_ATTEMPTS", "10"))
NEWSLETTER_RETRY_SECONDS = float(os.environ.get("NEWSLETTER_RETRY_SECONDS", "60"))
# How long one task run waits for rows not yet due before it hands over to a deferred run.
NEWSLETTER_TASK_WAIT_SECONDS = float(os.environ.get("NEWSLETTER_TASK_WAIT_SECONDS", "10"))

# E-mail: console by default; SMTP when EMAIL_HOST is set.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "MSI <noreply@socialinnovation.se>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
    EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Cache: a shared Redis when REDIS_URL is set (several app containers), else per process. The
# page cache ("pages", docs/page-cache.md) must be shared by every process: Redis, or files
# in PAGE_CACHE_DIR that every gunicorn worker on the machine reads.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", default=False)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_DIR = os.environ.get(
    "PAGE_CACHE_DIR", os.path.join(tempfile.gettempdir(), "msi-page-cache")
)
# Pages of one build only: the static files' manifest names this build's hashed file names, so
# a deploy never serves pages pointing at the previous build's CSS and JS.
_manifest = STATIC_ROOT / "staticfiles.json"
PAGE_CACHE_BUILD = (
    hashlib.sha256(_manifest.read_bytes()).hexdigest()[:12] if _manifest.is_file() else "dev"
)
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"pages-{PAGE_CACHE_BUILD}",
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.path.join(PAGE_CACHE_DIR, PAGE_CACHE_BUILD),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }

# A CDN in front of the page cache (docs/page-cache.md): purged through
# wagtail.contrib.frontend_cache when WAGTAILFRONTENDCACHE is set and the seconds are above 0.
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "0"))
PAGE_CACHE_CDN_STALE_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_STALE_SECONDS", "30"))
WAGTAILFRONTENDCACHE = {}
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, Squid, nginx: an HTTP PURGE
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }

# Wagtail
WAGTAIL_SITE_NAME = "Mötesplats Social Innovation"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "pages.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "pages.CustomDocument"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "swedish",
    }
}
WAGTAIL_I18N_ENABLED = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True

# Security baseline shared by every environment; production tightens it further.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8  # editors' sessions expire after a working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Content Security Policy for the public site. The admin uses inline scripts of its own and gets
# a separate, looser policy in msi_site.middleware.
from csp.constants import NONCE, NONE, SELF  # noqa: E402

# document.documentElement.classList.add("js"), the one inline script (templates/base.html)
INLINE_SCRIPT_HASH = "'sha256-qOhFsq0QMV2REqNwk5hGH5bZE9SkX6gt6yeyKdYPv+U='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # The one inline script (templates/base.html) by its hash, not a nonce: cached pages
        # would share one nonce with every visitor (tests/msi_site/test_security_headers.py).
        "script-src": [SELF, NONCE, INLINE_SCRIPT_HASH],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
CSP_ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")

SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "mailto:security@socialinnovation.se")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

SEARCH_QUERY_MAX_LENGTH = 200

# Login throttling (django-axes): failures counted per account and per client address, then a
# timed cool-off, never a permanent lockout (docs/login-throttling.md).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Proxies in front of the app that append to X-Forwarded-For (a load balancer: 1).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
LOGIN_COOL_OFF = timedelta(minutes=int(os.environ.get("LOGIN_COOL_OFF_MINUTES", "15")))
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = LOGIN_COOL_OFF
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # a pause that ends, whatever is tried
AXES_LOCKOUT_CALLABLE = "msi_site.throttling.login_lockout_response"
AXES_CLIENT_IP_CALLABLE = "msi_site.client_address.client_address"

# Days after a review before a suggester's e-mail address is deleted (docs/example-suggestions.md).
EXAMPLE_SUGGESTION_RETENTION_DAYS = int(os.environ.get("EXAMPLE_SUGGESTION_RETENTION_DAYS", "30"))
