"""Production: the base as it is, plus what only a real deployment can know.

It refuses to start on a default that is safe on one machine and unsafe on a deployment, and
says which variable to set (README, *Deploying*).
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    CACHE_IS_SHARED,
    DATABASES,
    RATELIMIT_IP_META_KEY,
    TASKS,
    TASKS_BACKENDS,
    TWO_FACTOR_REQUIRED,
    env,
)

# Links in notification mail and the sender's address must be the deployment's own.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Mail written to a console reaches nobody: a real mail server is required.
env("EMAIL_URL")

MAX_EMAIL_TIMEOUT = 10


def unsafe_defaults():
    """What would go wrong with more than one process, each with the variable that avoids it."""
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        yield (
            "DATABASE_URL is not a PostgreSQL database: the web servers, the worker and the "
            "scheduler share the data and the task queue, which a file on one disk cannot "
            "give them. Set DATABASE_URL, e.g. postgres://user@host:5432/installez_vous."
        )
    if not CACHE_IS_SHARED:
        yield (
            "REDIS_URL is empty: each worker would count rate limits and keep its cache for "
            "itself, so a visitor blocked by one is let through by the next. Set REDIS_URL, "
            "e.g. redis://127.0.0.1:6379/0."
        )
    if TASKS["default"]["BACKEND"] != TASKS_BACKENDS["database"]:
        yield (
            "TASKS_BACKEND is not 'database': mail would be sent inside the newcomer's request, "
            "which hangs as long as the mail server does. Set TASKS_BACKEND=database and run "
            "the worker (deploy/Procfile)."
        )
    if env.int("EMAIL_TIMEOUT", default=MAX_EMAIL_TIMEOUT) > MAX_EMAIL_TIMEOUT:
        yield (
            f"EMAIL_TIMEOUT is above {MAX_EMAIL_TIMEOUT} seconds: a silent mail server would "
            "hold the worker that long for each message. Lower it."
        )
    if not TWO_FACTOR_REQUIRED:
        yield (
            "TWO_FACTOR_REQUIRED is off: administrators and coordinators, who read every "
            "enquiry, could use the admin with a password alone. Remove the variable."
        )
    if not RATELIMIT_IP_META_KEY:
        yield (
            "RATELIMIT_IP_META_KEY is empty: behind the proxy every visitor has the proxy's "
            "address, so one rate limit would count everyone. Set it to the header the proxy "
            "fills with the client's address (HTTP_X_REAL_IP with deploy/nginx.conf), or to "
            "REMOTE_ADDR if clients reach gunicorn directly."
        )


if problems := list(unsafe_defaults()):
    raise ImproperlyConfigured(
        "The production settings refuse to start:\n- " + "\n- ".join(problems)
    )
