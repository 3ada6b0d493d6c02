from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from foundation.forms import PublicForm
from promotion.models import EventRegistration

REGISTRATION_CONSENT_SOURCE = gettext_noop(
    "I agree that the welcome network keeps my registration to organise the event and to "
    "write to me about it, as the notice above explains."
)


class RegistrationForm(PublicForm):
    """Registering for an event: who, how many, and a word on the project if one likes."""

    consent_source = REGISTRATION_CONSENT_SOURCE
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
        self.fields["people"].widget.attrs.update({"min": 1, "max": 6})
        self.fields["project"].widget.attrs["rows"] = 3

    def registration(self):
        """The unsaved registration, with its language, campaign and consent."""
        registration = self.consented(self.save(commit=False))
        # One address, however it is typed: the same person registers once.
        registration.email = registration.email.strip().lower()
        return registration
