import pytest

from django.contrib.auth import authenticate
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client, RequestFactory


def _login_with_a_request(self, **credentials):
    """``Client.login`` as the login form does it: with a request, which django-axes needs to
    count wrong passwords per address (Django's own passes none)."""
    user = authenticate(RequestFactory().post("/admin/login/"), **credentials)
    if user:
        self._login(user)
        return True
    return False


Client.login = _login_with_a_request

# The demo is loaded once per worker, inside a transaction rolled back after the last test
# that uses it. Those tests are moved to the end of the run so that they come one after another.
_demo = {"atomic": None, "blocker": None}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: "demo" in getattr(item, "fixturenames", ()))
    if config.getoption("dist", "no") == "loadgroup":
        # Each module goes whole to one worker, which builds its world once; every test of the
        # demo goes to the same worker, which loads the demo once.
        for item in items:
            uses_demo = "demo" in getattr(item, "fixturenames", ())
            item.add_marker(pytest.mark.xdist_group("demo" if uses_demo else item.module.__name__))


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
        except BaseException:
            _rollback_demo()
            raise
    yield
    if _demo["atomic"] is not None:
        _rollback_demo()


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Wagtail caches the sites' root paths: a rolled-back world must not leak into the next.
    cache.clear()
