"""What an alert keeps about a person (an email address, a search) and how it goes."""

import datetime

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from alerts.models import Alert
from alerts.queries import describe as describe_query
from foundation.models import Notification, NotificationKind
from foundation.privacy import PersonalData


def held_about(email):
    return Alert.objects.filter(email__iexact=email.strip())


def export(email):
    return [
        {
            "email": alert.email,
            "language": alert.language,
            "search": alert.query,
            "saved_from": alert.source,
            "frequency": alert.frequency,
            "consent_version": alert.consent_version,
            "consent_given": alert.consent_at.isoformat(),
            "created": alert.created_at.isoformat(),
            "confirmed": alert.confirmed_at.isoformat() if alert.confirmed_at else None,
            "last_mail": alert.last_sent_at.isoformat() if alert.last_sent_at else None,
            "mails": [
                {
                    "created": mail.created_at.isoformat(),
                    "subject": mail.subject,
                    "status": mail.status,
                    "body": mail.body,
                }
                for mail in alert.notifications.all()
            ],
        }
        for alert in held_about(email).prefetch_related("notifications")
    ]


def delete(alerts):
    """Delete ``alerts`` and their mails; returns how many alerts."""
    ids = list(alerts.values_list("pk", flat=True))
    Notification.objects.filter(alert__in=ids).delete()
    Alert.objects.filter(pk__in=ids).delete()
    return len(ids)


def erase(email):
    return delete(held_about(email))


def purge(now=None, days=None):
    """Delete the alerts never confirmed within ALERT_CONFIRMATION_DAYS (7) of being asked
    for, and the alert mails written more than ALERT_MAIL_RETENTION_DAYS (30) ago, sent or
    not (one the mail server refused for a month will not be sent)."""
    now = now or timezone.now()
    days = settings.ALERT_CONFIRMATION_DAYS if days is None else days
    unconfirmed = Alert.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - datetime.timedelta(days=days)
    )
    Notification.objects.filter(
        kind__in=[NotificationKind.ALERT, NotificationKind.ALERT_CONFIRMATION],
        created_at__lt=now - datetime.timedelta(days=settings.ALERT_MAIL_RETENTION_DAYS),
    ).delete()
    return delete(unconfirmed)


def describe(alert):
    state = (
        _("confirmed on %(date)s")
        % {
            "date": formats.date_format(
                timezone.localtime(alert.confirmed_at), "SHORT_DATE_FORMAT"
            )
        }
        if alert.confirmed_at
        else _("not confirmed")
    )
    return " · ".join(
        [
            " · ".join(describe_query(alert.query, alert.language)),
            alert.get_frequency_display(),
            str(state),
        ]
    )


def erased_message(count):
    return ngettext(
        "%(count)s search alert deleted.", "%(count)s search alerts deleted.", count
    ) % {"count": count}


def personal_data():
    """The search alerts, for the portal's personal-data tools (``foundation.privacy``)."""
    return PersonalData(
        key="search_alerts",
        label=_("search alerts"),
        held=held_about,
        export=export,
        erase=erase,
        purge=purge,
        describe=describe,
        erased_message=erased_message,
    )
