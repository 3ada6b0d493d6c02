"""``make run``: the embedded default, no environment variable needed."""

import os

os.environ.setdefault("SECRET_KEY", "development-only-key-never-used-in-production")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
# The demo's administrator logs in without a phone; production asks for the second step.
os.environ.setdefault("TWO_FACTOR_REQUIRED", "false")

from .base import *  # noqa: E402, F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
SERVE_MEDIA = True
# The demo territory, loaded by ``make run`` and by the tests; never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
