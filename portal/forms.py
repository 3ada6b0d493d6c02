import hashlib

from django import forms
from django.utils import timezone
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext_lazy as _

from network.forms import EnquiryForm
from portal.models import EventRegistration


class PublicFilterForm(forms.Form):
    """A form of the public site: a field in error points screen readers to its message."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {
                        "aria-invalid": "true",
                        "aria-describedby": f"{self[name].id_for_label}-error",
                    }
                )


REGISTRATION_CONSENT_SOURCE = gettext_noop(
    "I agree that the welcome network keeps my registration to organise the event and to "
    "write to me about it, as the notice above explains."
)
REGISTRATION_CONSENT_VERSION = hashlib.sha256(REGISTRATION_CONSENT_SOURCE.encode()).hexdigest()[
    :12
]


class RegistrationForm(EnquiryForm):
    """Registering for an event: who, how many, and a word on the project if one likes."""

    text_fields = ("name", "project")

    class Meta:
        model = EventRegistration
        fields = ["name", "email", "phone", "people", "project"]
        labels = {
            "people": _("How many of you are coming"),
            "project": _("Your project, in a few words (optional)"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(REGISTRATION_CONSENT_SOURCE)  # noqa: INT001
        self.fields["people"].widget.attrs.update({"min": 1, "max": 6})
        self.fields["project"].widget.attrs["rows"] = 3

    def registration(self):
        """The unsaved registration, with its language, campaign and consent."""
        registration = self.save(commit=False)
        # One address, however it is typed: the same person registers once.
        registration.email = registration.email.strip().lower()
        registration.language = get_language()
        registration.campaign = self.cleaned_data.get("campaign", "")
        registration.consent_version = REGISTRATION_CONSENT_VERSION
        registration.consent_at = timezone.now()
        return registration
