"""Admin accounts: guessing a password is stopped, idle sessions end, a second step is asked.

Everything goes through the real login form, as a person or a script guessing would.
"""

import datetime
from html import unescape

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from directory.accounts import SEEN_KEY
from directory.permissions import editors_group_of, give_coordinators
from tests.builders import build_world, fresh, module_world
from tests.directory.test_permission_matrix import PASSWORD, make_user

pytestmark = pytest.mark.django_db

built_world = module_world(build_world)
LOGIN = "/admin/login/"


@pytest.fixture
def world(built_world):
    cache.clear()
    world = fresh(built_world)
    world.coordinator = make_user("coordination", give_coordinators(world.home))
    world.editor = make_user("cci", editors_group_of(world.cci))
    return world


def log_in(client, username, password, address="198.51.100.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_thirty_wrong_passwords_lock_the_account_then_the_lock_expires(client, world):
    answers = [log_in(client, "cci", f"essai {n}").status_code for n in range(30)]
    # Wrong passwords show the form again; from the tenth on, the account is locked.
    assert answers[:9] == [200] * 9
    assert set(answers[9:]) == {429}
    locked = log_in(client, "cci", PASSWORD)
    assert locked.status_code == 429
    assert "Trop de mots de passe erronés" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # From another address too: the account itself is locked.
    assert log_in(client, "cci", PASSWORD, address="203.0.113.9").status_code == 429
    # Half an hour later, the right password opens the admin again.
    AccessAttempt.objects.update(attempt_time=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    assert log_in(client, "cci", PASSWORD).status_code == 302


def test_one_address_guessing_many_accounts_is_locked(client, world):
    for n in range(10):
        log_in(client, f"personne-{n}", "essai")
    assert log_in(client, "cci", PASSWORD).status_code == 429
    assert log_in(client, "cci", PASSWORD, address="203.0.113.9").status_code == 302


def test_the_coordinator_sees_the_lock_and_lifts_it(client, world):
    for n in range(10):
        log_in(client, "cci", f"essai {n}", address=f"192.0.2.{n}")
    client.force_login(world.coordinator)
    listing = client.get("/admin/login-lockouts/")
    assert listing.status_code == 200
    html = unescape(listing.content.decode())
    assert "cci" in html and "Bloqué jusqu'au" in html
    attempt = AccessAttempt.objects.get(username="cci", ip_address="192.0.2.9")
    response = client.post(f"/admin/login-lockouts/delete/{attempt.pk}/")
    assert response.status_code == 302
    AccessAttempt.objects.filter(username="cci").delete()
    client.logout()
    assert log_in(client, "cci", PASSWORD).status_code == 302


def test_an_editor_does_not_see_the_locks(client, world):
    client.force_login(world.editor)
    response = client.get("/admin/login-lockouts/")
    assert response.status_code in (302, 403)


def test_password_reset_mails_are_limited(client, world):
    answers = [
        client.post("/admin/password_reset/", {"email": "cci@example.org"}).status_code
        for _n in range(8)
    ]
    assert answers[:5] == [302] * 5
    assert answers[5:] == [429] * 3
    assert len(mail.outbox) == 5
    refused = client.post("/admin/password_reset/", {"email": "cci@example.org"})
    assert "Plusieurs courriels de réinitialisation" in refused.content.decode()


def test_an_idle_admin_session_ends(client, world):
    assert log_in(client, "cci", PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[SEEN_KEY] -= 31 * 60
    session.save()
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next=%2Fadmin%2Fpages%2F"
    assert "_auth_user_id" not in client.session
    # A session in use stays open.
    assert log_in(client, "cci", PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[SEEN_KEY] -= 29 * 60
    session.save()
    assert client.get("/admin/pages/").status_code == 200


def waited(user):
    """django-otp makes the next try wait after a wrong code: a person types the next later."""
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=user).update(throttling_failure_count=0)


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_coordinator_sets_up_and_uses_the_second_step(client, world):
    assert log_in(client, "coordination", PASSWORD).status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/setup/?next=")
    setup = client.get(response["Location"])
    assert 'src="data:image/svg+xml;base64,' in unescape(setup.content.decode())
    device = TOTPDevice.objects.get(user=world.coordinator)
    wrong = client.post("/admin/two-factor/setup/", {"code": "000000"})
    assert "n'est pas le bon" in unescape(wrong.content.decode())
    waited(world.coordinator)
    codes_page = client.post(
        "/admin/two-factor/setup/", {"code": current_code(device), "next": "/admin/pages/"}
    )
    codes = [
        code.text
        for code in BeautifulSoup(codes_page.content, "html.parser").select(".backup-codes code")
    ]
    assert len(codes) == 10
    assert client.get("/admin/pages/").status_code == 200

    # The next login asks for a code: a backup code works once.
    client.logout()
    assert log_in(client, "coordination", PASSWORD).status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/?next=")
    assert client.post("/admin/two-factor/", {"code": "12345678"}).status_code == 200
    waited(world.coordinator)
    assert client.post("/admin/two-factor/", {"code": codes[0]}).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.logout()
    log_in(client, "coordination", PASSWORD)
    assert "a déjà servi" in client.post("/admin/two-factor/", {"code": codes[0]}).content.decode()
    assert client.get("/admin/").status_code == 302


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_an_editor_may_choose_the_second_step(client, world):
    assert log_in(client, "cci", PASSWORD).status_code == 302
    account = client.get("/admin/account/")
    assert account.status_code == 200
    assert "/admin/two-factor/setup/" in account.content.decode()
    client.get("/admin/two-factor/setup/")
    device = TOTPDevice.objects.get(user=world.editor)
    client.post("/admin/two-factor/setup/", {"code": current_code(device)})
    client.logout()
    log_in(client, "cci", PASSWORD)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/")


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_the_second_step_cannot_send_elsewhere(client, world):
    log_in(client, "coordination", PASSWORD)
    client.get("/admin/two-factor/setup/")
    device = TOTPDevice.objects.get(user=world.coordinator)
    page = client.post(
        "/admin/two-factor/setup/", {"code": current_code(device), "next": "https://evil.example/"}
    )
    assert 'href="/admin/"' in unescape(page.content.decode())


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_password_alone_cannot_set_up_a_new_phone(client, world):
    device = TOTPDevice.objects.create(user=world.coordinator, name="Téléphone", confirmed=True)
    log_in(client, "coordination", PASSWORD)
    response = client.get("/admin/two-factor/setup/")
    assert response["Location"].startswith("/admin/two-factor/?next=")
    posted = client.post("/admin/two-factor/setup/", {"code": current_code(device)})
    assert posted.status_code == 302
    assert list(TOTPDevice.objects.filter(user=world.coordinator)) == [device]
    assert client.get("/admin/").status_code == 302


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_one_can_log_out_from_the_second_step(client, world):
    log_in(client, "coordination", PASSWORD)
    page = BeautifulSoup(client.get("/admin/two-factor/setup/").content, "html.parser")
    form = page.find("form", action="/admin/logout/")
    assert form["method"] == "post"
    assert client.post("/admin/logout/").status_code == 302
    assert "_auth_user_id" not in client.session
