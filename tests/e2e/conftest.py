import os
import re
from pathlib import Path

import pytest

from django.core.management import call_command
from django.db import connection

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


@pytest.fixture(scope="module")
def shared_database(django_db_setup, django_db_blocker):
    """The database a module's browser tests share, as the live server's thread reads it.

    A world is written once for the whole module and committed; the tests run one after the
    other against it, each writing only what it checks (its own enquiry, its own user). After
    the module's last test the database is emptied and given back the rows the migrations
    made, for the next module on this worker: once per module, not once per test as
    ``transactional_db`` would.
    """
    with django_db_blocker.unblock():
        if not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
        try:
            yield
        finally:
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """pytest-django's helper of the same name, with the module's shared database in place of
    a database emptied after each test."""
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("shared_database")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(scope="module")
def world(chromium, live_server, shared_database):
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
