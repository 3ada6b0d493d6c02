"""The mail an enquiry causes: written into the database first, sent after commit, retried.

Every notification is a row of ``Notification`` created in the same transaction as the change
that causes it, so a mail server that is down never loses one. Delivery runs in a background
task once the transaction commits; a failed attempt is recorded on the row and tried again
later with a growing delay, by the task queue when it can defer work, and by
``manage.py send_notifications`` in any case.
"""

import contextlib
import datetime
import logging

from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail.models import Site

from foundation.models import Notification, NotificationStatus, PortalSettings

logger = logging.getLogger(__name__)


def retry_delay(attempts):
    """One minute after the first failure, doubling each time, never more than six hours."""
    base = settings.NOTIFICATION_RETRY_SECONDS
    return datetime.timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 6 * 60 * 60))


def portal_settings():
    """The default site's settings: mail is written outside any request."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return PortalSettings.for_site(site) if site else PortalSettings()


def compose(
    kind,
    recipient,
    language,
    subject,
    template,
    context,
    about=None,
    headers=None,
    portal=None,
    commit=True,
):
    """A notification written in ``language`` and stored, linked to what it is ``about``.

    ``commit=False`` returns it unsaved, for a caller that writes many at once
    (``bulk_create``), with the ``portal`` settings it read once for them all.
    """
    with translation.override(language):
        context = {
            "portal": portal or portal_settings(),
            "answer_days": settings.ENQUIRY_ANSWER_DAYS,
            **context,
        }
        body = render_to_string(template, context)
        subject = str(subject)
    notification = Notification(
        about=about,
        kind=kind,
        recipient=recipient,
        subject=subject[:255],
        body=body,
        headers=headers or {},
    )
    if commit:
        notification.save()
    return notification


def send_after_commit(notifications):
    """Hand each notification to the task queue once the current transaction commits."""
    ids = [notification.pk for notification in notifications]
    if ids:
        transaction.on_commit(lambda: _enqueue(ids))


def _enqueue(ids, run_after=None):
    task = deliver_notification
    if run_after is not None:
        if not task.get_backend().supports_defer:
            # Without a deferring queue, the periodic ``send_notifications`` retries it.
            return
        task = task.using(run_after=run_after)
    # A queue kept in the database writes a row per task: many at once share one commit
    # (``send_alerts`` queues thousands), each in a savepoint that a failure rolls back alone.
    together = len(ids) > 1 and not isinstance(task.get_backend(), ImmediateBackend)
    with transaction.atomic() if together else contextlib.nullcontext():
        for pk in ids:
            try:
                with transaction.atomic() if together else contextlib.nullcontext():
                    task.enqueue(pk)
            except Exception:
                # The row is stored: ``send_notifications`` will find it.
                logger.exception("Could not queue notification %s", pk)


def deliver(notification_id):
    """Try to send one notification; record the outcome. Returns True once it is sent."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True)
            .filter(pk=notification_id, status=NotificationStatus.PENDING)
            .first()
        )
        if notification is None:
            # Already sent, or being sent by another worker right now.
            return False
        notification.attempts += 1
        try:
            EmailMessage(
                notification.subject,
                notification.body,
                settings.DEFAULT_FROM_EMAIL,
                [notification.recipient],
                headers=notification.headers or None,
            ).send()
        except Exception as error:
            notification.last_error = f"{type(error).__name__}: {error}"[:2000]
            notification.next_attempt_at = timezone.now() + retry_delay(notification.attempts)
            notification.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            logger.warning(
                "Notification %s not sent (attempt %s): %s",
                notification.pk,
                notification.attempts,
                notification.last_error,
            )
            retry_at = notification.next_attempt_at
            transaction.on_commit(lambda: _enqueue([notification_id], run_after=retry_at))
            return False
        notification.status = NotificationStatus.SENT
        notification.sent_at = timezone.now()
        notification.last_error = ""
        notification.save(update_fields=["attempts", "status", "sent_at", "last_error"])
        return True


def deliver_due(now=None, limit=None):
    """Send every pending notification whose time has come; returns (sent, failed)."""
    now = now or timezone.now()
    due = Notification.objects.filter(
        status=NotificationStatus.PENDING, next_attempt_at__lte=now
    ).order_by("next_attempt_at", "pk")
    ids = due.values_list("pk", flat=True)
    ids = list(ids[:limit] if limit else ids)
    sent = sum(1 for pk in ids if deliver(pk))
    return sent, len(ids) - sent


@task()
def deliver_notification(notification_id):
    """Background delivery of one stored notification."""
    return deliver(notification_id)
