"""Saving a search by email: double opt-in, a limit per address, confirmation, deletion."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from alerts import mails
from alerts.models import Alert
from foundation.models import Notification, NotificationKind
from foundation.outbox import send_after_commit

# Why a notice rather than a confirmation was sent (``alerts/mail/notice.txt``).
ALREADY = "already"
LIMIT = "limit"
# A search asked for again, by its owner who lost the mail or by someone typing their address
# again and again: one mail about it an hour at most.
REPEAT_MAIL_INTERVAL = datetime.timedelta(hours=1)


def alerts_of(email):
    return Alert.objects.filter(email__iexact=email.strip())


@transaction.atomic
def subscribe(alert):
    """Store ``alert`` (unsaved, consented) unconfirmed and ask its address to confirm.

    The same search saved again sends its confirmation again, or, once confirmed, a notice;
    so does one more alert than an address may keep. Whoever typed the address is shown the
    same page in every case: only the mailbox learns which alerts it has. Returns the alert
    the mail is about.
    """
    mine = alerts_of(alert.email)
    same = mine.filter(query=alert.query, source=alert.source).first()
    repeated = same is not None or mine.count() >= settings.ALERTS_PER_EMAIL
    if repeated and mailed_lately(alert.email):
        return same or mine.first()
    if same is not None and same.confirmed:
        mail = mails.notice(same, ALREADY)
        alert = same
    elif same is not None:
        # Asked for again: its seven days to be confirmed start again.
        Alert.objects.filter(pk=same.pk).update(created_at=timezone.now())
        mail = mails.confirmation(same)
        alert = same
    elif mine.count() >= settings.ALERTS_PER_EMAIL:
        alert = mine.first()
        mail = mails.notice(alert, LIMIT)
    else:
        alert.save()
        mail = mails.confirmation(alert)
    send_after_commit([mail])
    return alert


def mailed_lately(email):
    return Notification.objects.filter(
        kind=NotificationKind.ALERT_CONFIRMATION,
        recipient__iexact=email.strip(),
        created_at__gte=timezone.now() - REPEAT_MAIL_INTERVAL,
    ).exists()


def confirm(alert, now=None):
    """From now on, the offers published or changed are the alert's news."""
    if alert.confirmed_at is None:
        now = now or timezone.now()
        Alert.objects.filter(pk=alert.pk, confirmed_at__isnull=True).update(
            confirmed_at=now, checked_at=now
        )
        alert.confirmed_at = alert.checked_at = now
    return alert


def delete(alert):
    """The alert goes, and its mails with it, sent or waiting."""
    alert.notifications.all().delete()
    Alert.objects.filter(pk=alert.pk).delete()
