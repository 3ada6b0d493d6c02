"""The production settings refuse what would break with several processes and servers."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SAFE = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-production-key-for-this-test-only-0123456789-abcdefghijklmnop",
    "ALLOWED_HOSTS": "portal.example",
    "EMAIL_URL": "smtp://mail.example:587",
    "WAGTAILADMIN_BASE_URL": "https://portal.example",
    "DEFAULT_FROM_EMAIL": "portal@portal.example",
    "DATABASE_URL": "postgres://portal@db.example:5432/portal",
    "REDIS_URL": "redis://cache.example:6379/0",
    "TASKS_BACKEND": "database",
    "EMAIL_TIMEOUT": "10",
    "RATELIMIT_IP_META_KEY": "HTTP_X_REAL_IP",
}


def start(**changes):
    """``manage.py check --deploy`` in a process of its own, as a deployment starts it."""
    # Nothing of the tests' own environment, which relaxes HTTPS for the test client.
    environment = {name: os.environ[name] for name in ("PATH", "HOME") if name in os.environ}
    environment.update({**SAFE, **changes})
    environment = {name: value for name, value in environment.items() if value is not None}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_safe_settings_start_without_a_warning():
    result = start()
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_every_unsafe_default_is_refused_at_start_with_what_to_set():
    result = start(
        DATABASE_URL=None,
        REDIS_URL=None,
        TASKS_BACKEND="immediate",
        EMAIL_TIMEOUT="30",
        RATELIMIT_IP_META_KEY=None,
    )
    assert result.returncode != 0
    message = result.stderr
    assert "The production settings refuse to start" in message
    for variable in (
        "DATABASE_URL",
        "REDIS_URL",
        "TASKS_BACKEND",
        "EMAIL_TIMEOUT",
        "RATELIMIT_IP_META_KEY",
    ):
        assert f"- {variable} " in message, variable
