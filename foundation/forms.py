"""The public forms' common ground: spam traps, consent, plain text, errors a screen reader finds.

An enquiry and an event registration are both a newcomer's words kept by the network: they
share the consent (stored with the version of its wording), the traps that tell robots from
people, the campaign their link carried, and the rate limit per client.
"""

import hashlib
import re
import secrets

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from foundation.attribution import CAMPAIGN_KEY

TAG = re.compile(r"<\s*/?\s*[a-z!?][^>]*>", re.IGNORECASE)

phone_validator = RegexValidator(
    r"^\+?[0-9 ().\-]{6,25}$",
    _("Enter a phone number with digits only, for example +33 4 73 00 00 00."),
)

STARTED_SALT = "network.enquiry.started"


def start_token(started_at=None):
    """The hidden ``started`` value: when the form was shown, and a nonce that works once."""
    started_at = int(started_at if started_at is not None else timezone.now().timestamp())
    signer = signing.TimestampSigner(salt=STARTED_SALT)
    return signer.sign(f"{started_at}:{secrets.token_urlsafe(12)}")


def used_key(nonce):
    return f"form-started:{nonce}"


def read_start_token(value):
    """``(started_at, nonce)``; ``SignatureExpired`` once the form is too old to be sent,
    ``BadSignature`` for anything the portal did not write."""
    signer = signing.TimestampSigner(salt=STARTED_SALT)
    payload = signer.unsign(value or "", max_age=settings.PUBLIC_FORM_MAX_AGE)
    started_at, _colon, nonce = payload.partition(":")
    if not started_at.isdigit() or not nonce:
        raise signing.BadSignature(value)
    return int(started_at), nonce


def no_markup(value):
    if TAG.search(value or ""):
        raise forms.ValidationError(
            _("Please write plain text, without HTML tags."), code="markup"
        )


# Characters that have no place on one line: controls (line breaks, tabs...) and the marks that
# reverse the direction of the text around them, which can make a name read as another.
NOT_ON_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def single_line(value):
    if NOT_ON_ONE_LINE.search(value or ""):
        raise forms.ValidationError(
            _("Please write this on a single line, without control characters."),
            code="single_line",
        )


def consent_version(source):
    """The version of a consent's wording: changing a word of it changes the version."""
    return hashlib.sha256(source.encode()).hexdigest()[:12]


def public_form_rate(group, request):
    """How many public forms one client may send (``django-ratelimit``'s rate callable)."""
    return settings.ENQUIRY_RATE_LIMIT


class DescribedErrorsMixin:
    """A field in error points screen readers to its message, and to its help if it has one."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields and not self[name].use_fieldset:
                described = [f"{self[name].auto_id}-error"]
                if self.fields[name].help_text:
                    described.append(f"{self[name].auto_id}-help")
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": " ".join(described)}
                )


class PublicFilterForm(DescribedErrorsMixin, forms.Form):
    """A form of the public site that filters what is shown: search, facets, figures."""


class PublicForm(DescribedErrorsMixin, forms.ModelForm):
    """A newcomer's words kept by the network: contact, consent, campaign, traps for robots.

    A subclass names its consent's source text (``consent_source``, marked with
    ``gettext_noop``): the label shows its translation, the version stored is its hash.
    """

    consent_source = ""
    # The fields where a person writes free text, kept to plain text.
    text_fields = ("name",)

    # A field people never see: robots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    campaign = forms.CharField(widget=forms.HiddenInput, required=False, max_length=100)
    consent = forms.BooleanField(
        error_messages={"required": _("Tick this box so that the network may answer you.")},
    )

    def __init__(self, *args, campaign="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(self.consent_source)  # noqa: INT001
        # A form may ask for less than a name, an email and a phone (a search alert: an email).
        if "name" in self.fields:
            self.fields["name"].label = _("Your name")
            self.fields["name"].widget.attrs["autocomplete"] = "name"
        if "email" in self.fields:
            self.fields["email"].label = _("Your email")
            self.fields["email"].widget.attrs["autocomplete"] = "email"
        if "phone" in self.fields:
            self.fields["phone"].label = _("Your phone (optional)")
            self.fields["phone"].validators.append(phone_validator)
            self.fields["phone"].widget.attrs["autocomplete"] = "tel"
            self.fields["phone"].widget.input_type = "tel"
        for name in self.text_fields:
            if name in self.fields:
                self.fields[name].validators.append(no_markup)
        for name, field in self.fields.items():
            typed = isinstance(field.widget, forms.TextInput)
            if typed and isinstance(field, forms.CharField) and name != "website":
                # Not the robots' field: they get no error.
                field.validators.append(single_line)
        if not self.is_bound:
            self.initial["started"] = start_token()
            self.initial["campaign"] = campaign if CAMPAIGN_KEY.match(campaign) else ""

    @classmethod
    def consent_version(cls):
        return consent_version(cls.consent_source)

    def clean_campaign(self):
        campaign = self.cleaned_data["campaign"]
        return campaign if CAMPAIGN_KEY.match(campaign) else ""

    def clean(self):
        cleaned_data = super().clean()
        # ``(started_at, nonce)``, or ``None`` for a token the portal did not write.
        self.start = None
        try:
            self.start = started_at, nonce = read_start_token(cleaned_data.get("started"))
        except signing.SignatureExpired:
            # A person who left the page open: nothing they typed is lost, they send it again.
            self.renew_start_token()
            raise forms.ValidationError(
                _("This form was opened more than a day ago: check it and send it again."),
                code="expired",
            ) from None
        except signing.BadSignature:
            pass  # a robot's: ``is_spam`` answers it without telling why
        else:
            if cache.get(used_key(nonce)):
                # Sent already (then "back" and sent again): shown again, to send once more.
                self.renew_start_token(started_at)
                raise forms.ValidationError(
                    _("This form was sent already. To send it once more, check it and send it."),
                    code="sent",
                )
        return cleaned_data

    def renew_start_token(self, started_at=None):
        """A fresh token in the form shown again, so that it can be sent once more."""
        self.data = self.data.copy()
        self.data[self.add_prefix("started")] = start_token(started_at)

    def is_spam(self):
        """A robot's submission: the hidden field filled in, sent faster than one reads, or a
        form sent twice at once with the same token (a double click: the first one counts).
        Takes the token: it works once."""
        if self.cleaned_data.get("website") or self.start is None:
            return True
        started_at, nonce = self.start
        if timezone.now().timestamp() - started_at < settings.ENQUIRY_MIN_FILL_SECONDS:
            return True
        timeout = int(settings.PUBLIC_FORM_MAX_AGE.total_seconds())
        # ``None``: the cache did not answer (settings.REDIS_OPTIONS). A second click cannot
        # be told from the first then, and the form is not lost for it.
        if cache.add(used_key(nonce), True, timeout=timeout) is False:
            return True
        # Shown again (the view may still refuse it), the form carries a token of its own.
        self.renew_start_token(started_at)
        return False

    def consented(self, record):
        """``record`` with the language, campaign and consent of this form, unsaved."""
        record.language = get_language()
        record.campaign = self.cleaned_data.get("campaign", "")
        record.consent_version = self.consent_version()
        record.consent_at = timezone.now()
        return record
