import pytest

from django.contrib.auth import authenticate
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client, RequestFactory, TestCase, TransactionTestCase

from wagtail.images import get_image_model

from foundation.cards import CARD_RENDITIONS
from foundation.page_cache import local_fragments


def _login_with_a_request(self, **credentials):
    """``Client.login`` as the login form does it: with a request, which django-axes needs to
    count wrong passwords per address (Django's own passes none)."""
    user = authenticate(RequestFactory().post("/admin/login/"), **credentials)
    if user:
        self._login(user)
        return True
    return False


Client.login = _login_with_a_request

# The demo is loaded once, inside a transaction rolled back after the last test that uses it.
# Those tests come first, one after another: with xdist, on one worker, the longest unit of work
# starts first while the other worker takes the modules.
_demo = {"atomic": None, "blocker": None}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: "demo" not in getattr(item, "fixturenames", ()))
    # On an xdist worker, where tests are collected, "--dist" reads "no": xdist keeps the
    # choice of loadgroup in an option of its own.
    if getattr(config.option, "loadgroup", False):
        # Each module goes whole to one worker, which builds its world once; every test of the
        # demo goes to the same worker, which loads the demo once. A module's transactional
        # tests make a group of their own: they empty the database when they end, so they run
        # after every test that reads a world (pytest-django sorts them last).
        for item in items:
            if "demo" in getattr(item, "fixturenames", ()):
                group = "demo"
            elif _transactional(item):
                group = f"{item.module.__name__}:transactional"
            else:
                group = item.module.__name__
            item.add_marker(pytest.mark.xdist_group(group))


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    cls = getattr(item, "cls", None)
    return (
        bool(marker and marker.kwargs.get("transaction"))
        or "live_server" in fixtures
        or "transactional_db" in fixtures
        or bool(cls and issubclass(cls, TransactionTestCase) and not issubclass(cls, TestCase))
    )


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    if _demo["atomic"] is None:
        return
    if nextitem is None or "demo" not in getattr(nextitem, "fixturenames", ()):
        _rollback_demo()


def _rollback_demo():
    with _demo["blocker"].unblock():
        transaction.set_rollback(True)
        _demo["atomic"].__exit__(None, None, None)
    _demo["atomic"] = None
    cache.clear()


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The demo content of ``load_demo``, shared by every test that asks for it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        _demo.update(atomic=atomic, blocker=django_db_blocker)
        try:
            call_command("load_demo", verbosity=0, allow_demo_accounts=True)
            # As on a site its first visitors have seen: the photos of the cards are made
            # once here, not again by each test that shows them (and rolls them back).
            for image in get_image_model().objects.all():
                image.get_renditions(*CARD_RENDITIONS)
        except BaseException:
            _rollback_demo()
            raise
    yield
    if _demo["atomic"] is not None:
        _rollback_demo()


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Wagtail caches the sites' root paths: a rolled-back world must not leak into the next;
    # nor may what this process kept of it.
    cache.clear()
    local_fragments.clear()
