"""A notification carries headers of its own (List-Unsubscribe...) to the mail server."""

import pytest

from django.core import mail

from foundation.models import Notification, NotificationKind
from foundation.outbox import compose, deliver

pytestmark = pytest.mark.django_db


def test_a_notification_keeps_its_headers_and_the_mail_carries_them():
    notification = compose(
        NotificationKind.ALERT,
        "anna@example.nl",
        "en",
        "New offers",
        "foundation/mail/signature.txt",
        {},
        headers={"List-Unsubscribe": "<https://portal.example/u/1/>"},
    )
    assert Notification.objects.get().headers == {
        "List-Unsubscribe": "<https://portal.example/u/1/>"
    }
    assert deliver(notification.pk)
    assert mail.outbox[0].extra_headers == {"List-Unsubscribe": "<https://portal.example/u/1/>"}
    assert (
        "List-Unsubscribe: <https://portal.example/u/1/>" in mail.outbox[0].message().as_string()
    )


def test_unsaved_notifications_are_written_together():
    unsaved = compose(
        NotificationKind.ALERT,
        "a@example.nl",
        "fr",
        "x",
        "foundation/mail/signature.txt",
        {},
        commit=False,
    )
    assert unsaved.pk is None and not Notification.objects.exists()
