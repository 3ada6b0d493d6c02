"""Admin accounts read personal data: guessing is stopped, idle sessions end, and the park's
coordinators and the administrators prove a second factor.

- Password guessing: django-axes locks an account, or an address, after
  ``AXES_FAILURE_LIMIT`` wrong passwords for ``AXES_COOLOFF_TIME``; coordinators see the locks
  in the admin (``directory/wagtail_hooks.py``) and can lift one.
- Password reset: ``PASSWORD_RESET_RATE`` per address asking and per account asked for.
- Idle sessions: ``AdminAccountMiddleware`` logs out a session unused for
  ``ADMIN_IDLE_TIMEOUT``; a session lasts ``SESSION_COOKIE_AGE`` at most.
- Second factor (django-otp): an authenticator app's codes, and ten single-use backup codes.
  Every account may set one up from its account menu; once set up, it is asked at each login.
  Administrators and coordinators cannot use the admin before they have set one up.
"""

import base64
import io

import qrcode
import qrcode.image.svg
from django_otp import devices_for_user, match_token
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_ratelimit.core import is_ratelimited

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.permissions import COORDINATE_NETWORK

SEEN_KEY = "admin_seen"
# How often the session records that it is in use: not at every request.
SEEN_EVERY = 60
BACKUP_CODES = 10


def client_ip(request):
    """The visitor's address for django-axes, from the header django-ratelimit reads too
    (``RATELIMIT_IP_META_KEY``) behind the proxy."""
    key = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    return request.META.get(key) or request.META.get("REMOTE_ADDR", "")


def must_prove_second_factor(user):
    return settings.TWO_FACTOR_REQUIRED and (
        user.is_superuser or user.has_perm(COORDINATE_NETWORK)
    )


def has_second_factor(user):
    return any(devices_for_user(user, confirmed=True))


def safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or default
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


class AdminAccountMiddleware:
    """Ends idle sessions, and asks the second factor before the admin opens."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and (response := self.check(request, user)) is not None:
            return response
        return self.get_response(request)

    def check(self, request, user):
        now = timezone.now().timestamp()
        seen = request.session.get(SEEN_KEY)
        if seen is not None and now - seen > settings.ADMIN_IDLE_TIMEOUT.total_seconds():
            logout(request)
            messages.info(
                request, _("Your session ended after a while without use: log in again.")
            )
            login = reverse("wagtailadmin_login")
            return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
        if seen is None or now - seen > SEEN_EVERY:
            request.session[SEEN_KEY] = now
        if not request.path.startswith(reverse("wagtailadmin_home")) or user.is_verified():
            return None
        if request.path in (reverse("two_factor_verify"), reverse("wagtailadmin_logout")):
            return None
        next_query = urlencode({"next": request.get_full_path()})
        if has_second_factor(user):
            # The set-up page too: a password alone must not replace the owner's phone.
            return redirect(f"{reverse('two_factor_verify')}?{next_query}")
        if request.path == reverse("two_factor_setup"):
            return None
        if must_prove_second_factor(user):
            return redirect(f"{reverse('two_factor_setup')}?{next_query}")
        return None


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=16,
        help_text=gettext_lazy(
            "The six digits your authenticator app shows, or one of your backup codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def qr_code(url):
    """The set-up address as an SVG picture, inline: an authenticator app scans it."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def setup_view(request):
    """Set up an authenticator app: scan, type a code to prove it, keep the backup codes."""
    user = request.user
    if has_second_factor(user) and not user.is_verified():
        # Setting a new phone up takes the current one first.
        return redirect(f"{reverse('two_factor_verify')}?{urlencode({'next': request.path})}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            TOTPDevice.objects.filter(user=user, confirmed=True).delete()
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            StaticDevice.objects.filter(user=user).delete()
            backup = StaticDevice.objects.create(user=user, name=_("Backup codes"))
            codes = [StaticToken.random_token() for _index in range(BACKUP_CODES)]
            backup.token_set.bulk_create(
                [StaticToken(device=backup, token=code) for code in codes]
            )
            return render(
                request,
                "directory/admin/two_factor_codes.html",
                {"codes": codes, "next": safe_next(request, reverse("wagtailadmin_home"))},
            )
        form.add_error("code", _("This code is not the right one: try the next one it shows."))
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "directory/admin/two_factor_setup.html",
        {
            "form": form,
            "qr_code": qr_code(device.config_url),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "required": must_prove_second_factor(user),
            "next": safe_next(request, reverse("wagtailadmin_home")),
        },
    )


def verify_view(request):
    """The second step of a login: a code from the app, or a backup code (used once)."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(safe_next(request, reverse("wagtailadmin_home")))
        form.add_error("code", _("This code is not the right one, or was already used."))
    return render(
        request,
        "directory/admin/two_factor_verify.html",
        {"form": form, "next": safe_next(request, reverse("wagtailadmin_home"))},
    )


def password_reset_limited(request):
    """Whether this request for a password reset mail is one too many."""
    if request.method != "POST":
        return False
    by_address = is_ratelimited(
        request,
        group="password_reset",
        key="ip",
        rate=settings.PASSWORD_RESET_RATE,
        increment=True,
    )
    email = request.POST.get("email", "").strip().lower()
    by_account = bool(email) and is_ratelimited(
        request,
        group="password_reset_account",
        key=lambda _group, _request: email,
        rate=settings.PASSWORD_RESET_RATE,
        increment=True,
    )
    return by_address or by_account


def locked_out(request, original_response, credentials):
    """django-axes' answer to a locked account or address (``AXES_LOCKOUT_CALLABLE``)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "directory/locked_out.html", {"minutes": minutes}, status=429)


def throttled_password_reset(view):
    def limited(request, *args, **kwargs):
        if password_reset_limited(request):
            return render(request, "directory/admin/password_reset_limited.html", status=429)
        return view(request, *args, **kwargs)

    return limited
