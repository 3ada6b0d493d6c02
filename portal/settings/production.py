"""Production: the base as it is, every value from the environment."""

from .base import *  # noqa: F403
