import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-key")
os.environ.setdefault("ALLOWED_HOSTS", "*")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
# The two-step login is proven by its own tests (tests/directory/test_accounts.py), which
# turn it on; the others log in as administrators without a phone.
os.environ.setdefault("TWO_FACTOR_REQUIRED", "false")

from .base import *  # noqa: E402, F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests change the database behind the pages' backs; those of the page cache turn it on.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE = False
if env("REDIS_URL", default=""):  # noqa: F405
    CACHES["default"] = {
        "BACKEND": "tests.redis_cache.OwnKeysRedisCache",
        "LOCATION": env("REDIS_URL"),  # noqa: F405
        "KEY_PREFIX": f"test-{os.getpid()}",
    }
    # django-redis's own cache, whose clear() keeps to its keys: ratelimit knows it by name only.
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.W001"]  # noqa: F405
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="installez-vous-private-")
STORAGES = {  # noqa: F405
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="installez-vous-media-")
SERVE_MEDIA = True
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# The demo territory, loaded by ``make run`` and by the tests; never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
