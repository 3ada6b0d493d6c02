"""The registrations to the park's events, for the portal's personal-data tools."""

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from foundation.privacy import PersonalData
from promotion.events import anonymise_registrations, purge_registrations
from promotion.models import EventRegistration


def registrations_of(email):
    return EventRegistration.objects.filter(
        email__iexact=email.strip(), anonymised_at__isnull=True
    )


def export(email):
    """The registrations of the person writing from ``email``, as plain data."""
    return [
        {
            "event": registration.event.title,
            "event_starts": registration.event.starts_at.isoformat(),
            "registered": registration.created_at.isoformat(),
            "language": registration.language,
            "name": registration.name,
            "email": registration.email,
            "phone": registration.phone,
            "people": registration.people,
            "project": registration.project,
            "status": registration.status,
            "campaign": registration.campaign,
            "consent_version": registration.consent_version,
            "consent_given": registration.consent_at.isoformat(),
        }
        for registration in registrations_of(email).select_related("event")
    ]


def erase(email):
    """Anonymise the registrations of ``email``, freeing the seats of those to come."""
    return anonymise_registrations(registrations_of(email))


def describe(registration):
    return " · ".join(
        [
            registration.event.title,
            formats.date_format(
                timezone.localtime(registration.event.starts_at), "SHORT_DATE_FORMAT"
            ),
            str(registration.get_status_display()),
        ]
    )


def erased_message(count):
    return ngettext(
        "%(count)s event registration erased.", "%(count)s event registrations erased.", count
    ) % {"count": count}


def personal_data():
    """The registrations, for the portal's personal-data tools (``foundation.privacy``)."""
    return PersonalData(
        key="event_registrations",
        label=_("event registrations"),
        held=lambda email: registrations_of(email).select_related("event"),
        export=export,
        erase=erase,
        purge=purge_registrations,
        describe=describe,
        erased_message=erased_message,
    )
