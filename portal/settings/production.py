"""Production: the base as it is, plus what only a real deployment can know."""

from .base import *  # noqa: F403
from .base import env

# Links in notification mail and the sender's address must be the deployment's own.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Mail written to a console reaches nobody: a real mail server is required.
env("EMAIL_URL")
