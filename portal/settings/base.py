"""Settings that are safe in production: every value comes from the environment.

Development and tests override a handful of them in ``dev.py`` and ``test.py``.
"""

import datetime
from pathlib import Path

import environ

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

SECRET_KEY = env("SECRET_KEY")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# The portal's own apps, from the foundation up: each may import those listed before it, never
# those after it (the layers contract of ``make lint``, in pyproject.toml).
INSTALLED_APPS = [
    "foundation",
    "territory",
    "directory",
    "search",
    "services",
    "listings",
    "enquiries",
    "promotion",
    "alerts",
    "figures",
    "home",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.api.v2",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.humanize",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "foundation.security.SecurityHeadersMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inside the CSRF and session middleware: they see the stored page served as any other.
    "foundation.page_cache.PageCacheMiddleware",
    "directory.accounts.AdminAccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers a locked-out login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "foundation.context_processors.portal",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's database search uses PostgreSQL's full-text fields and indexes.
    INSTALLED_APPS.append("django.contrib.postgres")
    # PostgreSQL's default cost of a random read (4) is a spinning disk's: on SSDs it
    # prefers reading the whole search index table to its GIN indexes. 1.1 is the usual
    # value for SSDs (PG_RANDOM_PAGE_COST to change it; README, "Deploying").
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", f"-c random_page_cost={env.float('PG_RANDOM_PAGE_COST', default=1.1)}"
    )
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# When Redis fails, a read misses and a write is dropped, and the error is logged: pages are
# rendered from the database, sessions read from it, and the rate limit lets enquiries through
# (RATELIMIT_FAIL_OPEN) rather than refuse a newcomer because the cache is down. Each wait for
# Redis is bounded.
REDIS_OPTIONS = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
RATELIMIT_FAIL_OPEN = True
if env("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="installez-vous"),
            "OPTIONS": REDIS_OPTIONS,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The rate limit of enquiries counts in the cache: per process without Redis, which is
# right for ``make run``'s single process; production requires REDIS_URL (production.py).
CACHE_IS_SHARED = bool(env("REDIS_URL", default=""))
# How long an anonymous visitor's page is kept at most (foundation.page_cache); a change purges
# the pages showing it at once. The bound is for what changes with the clock alone (an event
# over, registrations closed). 0 renders every page for every visitor.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# The release the servers run, which keeps the pages each release stored apart; by default, a
# digest of the project's files (foundation.page_cache.release).
RELEASE = env("RELEASE", default="")
# What every page shows (the site, its settings, the menu, the footer's links) is kept in the
# cache until it changes, rendered or not (foundation.page_cache.kept).
FRAGMENT_CACHE = env.bool("FRAGMENT_CACHE", default=True)
if CACHE_IS_SHARED:
    # Sessions stay in the database, read through the shared cache.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Django 6.1 configures mail through MAILERS; EMAIL_URL is translated into it.
_email = env.email_url("EMAIL_URL", default="consolemail://")
_email_options = {
    "host": _email.get("EMAIL_HOST"),
    "port": _email.get("EMAIL_PORT"),
    "username": _email.get("EMAIL_HOST_USER"),
    "password": _email.get("EMAIL_HOST_PASSWORD"),
    "use_tls": _email.get("EMAIL_USE_TLS"),
    "use_ssl": _email.get("EMAIL_USE_SSL"),
    "file_path": _email.get("EMAIL_FILE_PATH"),
}
MAILERS = {
    "default": {
        "BACKEND": _email["EMAIL_BACKEND"],
        "OPTIONS": {
            name: value for name, value in _email_options.items() if value not in (None, "")
        },
    }
}
if _email["EMAIL_BACKEND"].endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"]["timeout"] = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Installez-vous <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("nl", "Nederlands"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "collected-static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# The newcomers' documents (their settling files): outside MEDIA_ROOT, served by no URL, only
# through the portal's views that check who asks.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads and renditions: on the local disk by default; in an S3-compatible bucket once one is
# named, so that every application server reads what another one received. Originals and
# documents stay private (documents go through Wagtail's serve view); renditions, which public
# pages show anyway, have plain addresses that browsers and link previews can keep, under
# images/, which the bucket's policy opens to reading (deploy/bucket-policy.json).
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    _bucket = {
        "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
        "region_name": env("AWS_S3_REGION_NAME", default=None),
        "access_key": env("AWS_ACCESS_KEY_ID", default=None),
        "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
        "default_acl": None,
        "signature_version": "s3v4",
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**_bucket, "querystring_auth": True, "querystring_expire": 60 * 60},
    }
    STORAGES["renditions"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_bucket,
            "querystring_auth": False,
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
        },
    }
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    # Private objects under their own prefix, which the bucket's policy never opens; the
    # portal reads them itself and streams them to whoever may see them.
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_bucket,
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 60,
        },
    }
    if _domain := env("AWS_S3_CUSTOM_DOMAIN", default=""):
        MEDIA_ORIGINS = [f"https://{_domain}"]
    elif _bucket["endpoint_url"]:
        MEDIA_ORIGINS = [_bucket["endpoint_url"].rstrip("/")]
    else:
        MEDIA_ORIGINS = [f"https://{_bucket['bucket_name']}.s3.amazonaws.com"]
        if _bucket["region_name"]:
            MEDIA_ORIGINS.append(
                f"https://{_bucket['bucket_name']}.s3.{_bucket['region_name']}.amazonaws.com"
            )
else:
    MEDIA_ORIGINS = []
# A document is always served by Wagtail's view, which checks its collection's privacy first.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work: in-process by default; TASKS_BACKEND=database queues it in the database for
# ``manage.py db_worker`` (production), which also retries failed mail after a delay.
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
_tasks_backend = env("TASKS_BACKEND", default="immediate")
if _tasks_backend not in TASKS_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND is {_tasks_backend!r}; it must be one of: {', '.join(TASKS_BACKENDS)}."
    )
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[_tasks_backend]}}

# Enquiries: the promise made to newcomers, reminders to referents, and how long data is kept.
ENQUIRY_ANSWER_DAYS = env.int("ENQUIRY_ANSWER_DAYS", default=5)
ENQUIRY_REMINDER_DAYS = env.int("ENQUIRY_REMINDER_DAYS", default=7)
ENQUIRY_RETENTION_DAYS = env.int("ENQUIRY_RETENTION_DAYS", default=3 * 365)
# Spam: a form sent faster than a person can fill it is a robot's; the rate limit is per client.
ENQUIRY_MIN_FILL_SECONDS = env.int("ENQUIRY_MIN_FILL_SECONDS", default=3)
# A public form is sent within a day of being shown, once (foundation/forms.py).
PUBLIC_FORM_MAX_AGE = datetime.timedelta(days=1)
ENQUIRY_RATE_LIMIT = env("ENQUIRY_RATE_LIMIT", default="10/h")
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY", default=None)
# A newcomer's settling file: open until the enquiry closes and this many days after; the
# documents they add to it (PDF, JPEG, PNG) are limited in size.
SETTLING_FILE_DAYS_AFTER_CLOSING = env.int("SETTLING_FILE_DAYS_AFTER_CLOSING", default=90)
SETTLING_FILE_MAX_BYTES = env.int("SETTLING_FILE_MAX_BYTES", default=10 * 1024 * 1024)
# A hand-over to a partner outside the portal: how long their link works, unless the editor
# says otherwise.
PARTNER_LINK_DAYS = env.int("PARTNER_LINK_DAYS", default=30)
REGISTRATION_RETENTION_DAYS = env.int("REGISTRATION_RETENTION_DAYS", default=365)
# Search alerts (alerts/): an unconfirmed one is deleted after this many days; one address may
# keep this many; a mail lists this many offers at most; a sent alert mail is kept this long.
ALERT_CONFIRMATION_DAYS = env.int("ALERT_CONFIRMATION_DAYS", default=7)
ALERTS_PER_EMAIL = env.int("ALERTS_PER_EMAIL", default=10)
ALERT_MAX_OFFERS = env.int("ALERT_MAX_OFFERS", default=20)
ALERT_MAIL_RETENTION_DAYS = env.int("ALERT_MAIL_RETENTION_DAYS", default=30)
NOTIFICATION_RETRY_SECONDS = env.int("NOTIFICATION_RETRY_SECONDS", default=60)
# Listings: reviewed six months after publication, the editors reminded two weeks before.
LISTING_REVIEW_MONTHS = env.int("LISTING_REVIEW_MONTHS", default=6)
LISTING_REMINDER_DAYS = env.int("LISTING_REMINDER_DAYS", default=14)
# Spreadsheet imports: a structure's offers, not a database dump.
LISTING_IMPORT_MAX_BYTES = 5 * 1024 * 1024
LISTING_IMPORT_MAX_ROWS = 1_000
LISTING_IMPORT_MAX_CELL = 10_000

WAGTAIL_SITE_NAME = "Installez-vous"
# After the front-end login of a private page without a page to go back to: the home page,
# in the reader's language (Django's default, /accounts/profile/, does not exist here).
LOGIN_REDIRECT_URL = "/"

# Accounts read personal data: guessing a password is stopped, an idle admin session ends, and
# coordinators and administrators prove a second factor (directory/accounts.py).
AUTHENTICATION_BACKENDS = [
    # First, as django-axes asks: it refuses a locked account before any password is checked.
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Ten wrong passwords for one account, or from one address, lock it for half an hour; the
# coordinators see the locks in the admin and can lift one sooner.
AXES_FAILURE_LIMIT = 10
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "directory.accounts.locked_out"
AXES_CLIENT_IP_CALLABLE = "directory.accounts.client_ip"
AXES_VERBOSE = False
# Password reset mails, per address asking and per account asked for.
PASSWORD_RESET_RATE = "5/h"
# An admin session ends after this long without a request, and after SESSION_COOKIE_AGE at most
# ("remember me" included).
ADMIN_IDLE_TIMEOUT = datetime.timedelta(minutes=env.int("ADMIN_IDLE_MINUTES", default=30))
SESSION_COOKIE_AGE = 60 * 60 * 12
# Administrators and the park's coordinators cannot use the admin before a second factor.
TWO_FACTOR_REQUIRED = env.bool("TWO_FACTOR_REQUIRED", default=True)
OTP_TOTP_ISSUER = "Installez-vous"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "foundation.PortalImage"
WAGTAILDOCS_DOCUMENT_MODEL = "foundation.PortalDocument"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Every rich text refuses at save what would not render (foundation/rich_text.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "foundation.rich_text.CheckedDraftailRichTextArea"}
}
WAGTAILLOCALIZE_JOBS = {"BACKEND": "wagtail_localize.tasks.ImmediateBackend"}
# A translation asked for starts as a draft: it is published once translated, by whoever may
# publish the page (under the network review, a coordinator).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# "Translate with …" in the translation editor fills a draft the editor reviews: with DeepL
# when a key is given, else from the translations people already made (foundation/
# translation_memory.py). DeepL receives the page's texts: the park's data processing
# agreement must name it before the key is set.
if env("DEEPL_AUTH_KEY", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_AUTH_KEY"), "FORMALITY": "prefer_more"},
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "foundation.translation_memory.TranslationMemory"
    }
WAGTAILSEARCH_HITS_MAX_AGE = 30
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors' avatars are not fetched from Gravatar: it would learn who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = True
TAGGIT_CASE_INSENSITIVE = True

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
if env("ELASTICSEARCH_URL", default=""):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [env("ELASTICSEARCH_URL")],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", default="installez_vous_"),
            "TIMEOUT": 5,
        }
    }

# Behind a TLS-terminating proxy in production; development and tests switch these off.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview shows the page in a frame of the admin, on the same origin.
X_FRAME_OPTIONS = "SAMEORIGIN"
# Public pages carry no inline script or style, so the policy needs no nonce and pages stay
# cacheable. The map's tiles and the photos' bucket are the only other origins; the admin
# gets what Wagtail's editor needs (foundation/security.py).
MAP_TILES_ORIGIN = "https://tile.openstreetmap.org"
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", MAP_TILES_ORIGIN, *MEDIA_ORIGINS],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "base-uri": [CSP.NONE],
}
if SECURE_SSL_REDIRECT:
    SECURE_CSP["upgrade-insecure-requests"] = True
# What Wagtail's admin needs on top: its date and date-time choosers set themselves up in inline
# scripts, its editor draws with inline styles, previews show in a frame, and pasted or chosen
# images have blob addresses. The admin is for logged-in editors only.
ADMIN_CSP_ADDITIONS = {
    "script-src": [CSP.UNSAFE_INLINE],
    "style-src": [CSP.UNSAFE_INLINE],
    "frame-src": [CSP.SELF],
    "img-src": ["blob:"],
}
# Nothing on the portal uses a device's sensors, camera, microphone, position or payments.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
# Photos and pages are for this site's pages; link previews fetch them from servers, unaffected.
SECURE_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
if not CACHE_IS_SHARED:
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # Every page save and background task would otherwise log a line at INFO.
    "loggers": {
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Image renditions are served by the web server in production, by Django in development;
# originals and documents never as plain files (WAGTAILDOCS_SERVE_METHOD above).
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)

# What the scheduler (``manage.py run_scheduler``) runs, in the site's time zone: a command,
# its arguments, and when, as a crontab line (minute hour day month weekday). Name weekdays
# (mon, tue...): APScheduler 3 counts them from 0 = Monday, unlike cron.
SCHEDULE = [
    ("publish_scheduled", [], "*/5 * * * *"),
    ("send_notifications", [], "*/10 * * * *"),
    ("review_listings", [], "0 6 * * *"),
    ("send_reminders", [], "0 8 * * *"),
    ("send_reminders", ["--digest"], "30 8 * * mon"),
    ("purge_enquiries", [], "30 2 * * *"),
    # After review_listings: the offers unpublished at their review date are not announced.
    ("send_alerts", ["--frequency", "daily"], "0 7 * * *"),
    ("send_alerts", ["--frequency", "weekly"], "15 7 * * mon"),
    ("rebuild_search_documents", ["--dated"], "5 0 * * *"),
    ("searchpromotions_garbage_collect", [], "0 3 * * *"),
    ("prune_db_task_results", ["--min-age-days", "30"], "30 3 * * *"),
    ("clearsessions", [], "0 4 * * *"),
]
