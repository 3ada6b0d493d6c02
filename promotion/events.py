"""Events and their registrations: seats, the waiting list, the mails, the cancellation link.

Seats are counted by a conditional update of one row (``EventSeats``): two people sending
the form at the same instant for the last seat cannot both get it, on PostgreSQL as on
SQLite, and no lock is held while the mail is written.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from foundation.i18n import source_of
from foundation.models import Notification, NotificationKind, NotificationStatus
from foundation.outbox import compose, send_after_commit
from foundation.page_cache import page_tag, purge
from promotion.models import (
    EventRegistration,
    EventSeats,
    RegistrationStatus,
)
from promotion.models.events import new_token


class AlreadyRegistered(Exception):
    pass


def take_seats(event, people):
    """Take ``people`` seats if that many are free; True if taken. ``event`` is the source."""
    # Its pages in every language show the seats left; the home page may count registrations.
    purge(page_tag(event), "figures")
    EventSeats.objects.get_or_create(event=event)
    if event.capacity is None:
        EventSeats.objects.filter(event=event).update(taken=F("taken") + people)
        return True
    updated = EventSeats.objects.filter(event=event, taken__lte=event.capacity - people).update(
        taken=F("taken") + people
    )
    return bool(updated)


def register(event, registration):
    """Store ``registration`` for ``event``, confirmed or on the waiting list, with its mail.

    Raises ``AlreadyRegistered`` when the address is already registered for the event.
    """
    event = source_of(event)
    registration.event = event
    with transaction.atomic():
        if (
            EventRegistration.objects.filter(event=event, email__iexact=registration.email)
            .exclude(status=RegistrationStatus.CANCELLED)
            .exists()
        ):
            raise AlreadyRegistered
        if take_seats(event, registration.people):
            registration.status = RegistrationStatus.CONFIRMED
            registration.confirmed_at = timezone.now()
        else:
            registration.status = RegistrationStatus.WAITING
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:
            raise AlreadyRegistered from None
        send_after_commit([write_to(registration, registration.status)])
    return registration


def cancel(registration, tell=True):
    """Cancel ``registration``; its seats go to the first people waiting whom they fit.

    The status is changed from the one read, so a registration moved up from the waiting list
    meanwhile gives its seats back, and one cancelled twice at once is cancelled once.
    """
    rows = EventRegistration.objects.filter(pk=registration.pk)
    with transaction.atomic():
        for _attempt in range(3):
            status = rows.values_list("status", flat=True).first()
            if status in (None, RegistrationStatus.CANCELLED):
                return False
            if rows.filter(status=status).update(
                status=RegistrationStatus.CANCELLED, cancelled_at=timezone.now()
            ):
                break
        else:
            return False
        registration.refresh_from_db()
        notifications = [write_to(registration, RegistrationStatus.CANCELLED)] if tell else []
        if status == RegistrationStatus.CONFIRMED:
            purge(page_tag(registration.event), "figures")
            EventSeats.objects.filter(event_id=registration.event_id).update(
                taken=F("taken") - registration.people
            )
            notifications += fill_seats(registration.event)
        send_after_commit(notifications)
    return True


def fill_seats(event):
    """Give free seats to the people waiting, in the order they registered; their mails."""
    event = source_of(event)
    notifications = []
    waiting = EventRegistration.objects.filter(event=event, status=RegistrationStatus.WAITING)
    for registration in waiting.order_by("created_at", "pk"):
        if not take_seats(event, registration.people):
            continue
        promoted = EventRegistration.objects.filter(
            pk=registration.pk, status=RegistrationStatus.WAITING
        ).update(status=RegistrationStatus.CONFIRMED, confirmed_at=timezone.now())
        if promoted:
            notifications.append(write_to(registration, "promoted"))
        else:
            # Cancelled meanwhile: give the seats back.
            EventSeats.objects.filter(event=event).update(taken=F("taken") - registration.people)
    return notifications


MAILS = {
    RegistrationStatus.CONFIRMED: "promotion/mail/registration_confirmed.txt",
    RegistrationStatus.WAITING: "promotion/mail/registration_waiting.txt",
    "promoted": "promotion/mail/registration_promoted.txt",
    RegistrationStatus.CANCELLED: "promotion/mail/registration_cancelled.txt",
}


def write_to(registration, what):
    """The mail telling the person what became of their registration, in their language."""
    language = registration.language
    with translation.override(language):
        event = registration.event.localized
        subjects = {
            RegistrationStatus.CONFIRMED: gettext("Your registration: %(event)s"),
            RegistrationStatus.WAITING: gettext("On the waiting list: %(event)s"),
            "promoted": gettext("A seat for you: %(event)s"),
            RegistrationStatus.CANCELLED: gettext("Registration cancelled: %(event)s"),
        }
        subject = subjects[what] % {"event": event.title}
        event_url = event.get_full_url()
        site = event.get_site()
        site_root = site.root_url if site else ""
        cancel_url = site_root + reverse("event_cancel", args=[registration.token])
    return compose(
        NotificationKind.REGISTRATION,
        registration.email,
        language,
        subject,
        MAILS[what],
        {
            "registration": registration,
            "event": event,
            "event_url": event_url,
            "cancel_url": cancel_url,
        },
        about=registration,
    )


def anonymise_registrations(registrations, now=None):
    """Blank who registered; keep the counts, dates, languages and campaigns for the figures.

    A registration for an event still to come is cancelled first, without a mail: its seats
    go to the people waiting. Its mails go too, those still waiting to be sent included, and
    its cancellation link stops working.
    """
    now = now or timezone.now()
    registrations = registrations.filter(anonymised_at__isnull=True)
    coming = registrations.filter(event__ends_at__gte=now).exclude(
        status=RegistrationStatus.CANCELLED
    )
    for registration in coming.select_related("event"):
        cancel(registration, tell=False)
    ids = list(registrations.values_list("pk", flat=True))
    mails = Notification.objects.filter(registration__in=ids)
    mails.filter(status=NotificationStatus.PENDING).delete()
    mails.update(body="", recipient="")
    for pk in ids:
        EventRegistration.objects.filter(pk=pk).update(
            **dict.fromkeys(EventRegistration.personal_fields, ""),
            anonymised_at=now,
            token=new_token(),
        )
    return len(ids)


def purge_registrations(now=None, days=None):
    """Anonymise the registrations of events over for REGISTRATION_RETENTION_DAYS (a year)."""
    now = now or timezone.now()
    days = settings.REGISTRATION_RETENTION_DAYS if days is None else days
    return anonymise_registrations(
        EventRegistration.objects.filter(event__ends_at__lt=now - datetime.timedelta(days=days)),
        now,
    )
