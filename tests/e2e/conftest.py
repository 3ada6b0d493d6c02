import os
import re
from pathlib import Path

import pytest

from tests.builders import build_world

# Playwright's sync API runs an event loop in the test thread, which Django would otherwise
# take for an async context and refuse database access from.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
MAP_TILES = re.compile(r"https://tile\.openstreetmap\.org/.*")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium: skipped without it on a developer's machine, a failure in CI."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium to run the browser tests"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture
def world(chromium, live_server):
    """A site in three languages, committed so that the live server's thread reads it."""
    return build_world()


@pytest.fixture
def browser(chromium, world):
    """One browser per test, started after its world is built and closed before the database
    is emptied.

    While Playwright's event loop runs in this thread, Django keeps its database connections
    per async context rather than per thread: a browser living across tests would make the
    database set-up and tear-down of the next test use a connection of its own, which lacks
    the state saved after migrations, and the restore would silently be skipped.
    """
    from playwright.sync_api import sync_playwright

    from django.db import connections

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        new_context = browser.new_context

        def offline_context(*args, **kwargs):
            # The maps' tiles come from OpenStreetMap, which tests do not reach: refused at
            # once, rather than left to hang a page's load event until the network gives up.
            context = new_context(*args, **kwargs)
            context.route(MAP_TILES, lambda route: route.abort())
            return context

        browser.new_context = offline_context
        yield browser
        browser.close()
        # The connections opened meanwhile belong to the loop's context: close them here, or
        # PostgreSQL refuses to drop the test database at the end of the run.
        connections.close_all()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
