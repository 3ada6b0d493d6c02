"""Mail through a real SMTP server on loopback: delivered, server down then back, slow server."""

import datetime
import io

import pytest

from django.core.management import call_command
from django.utils import timezone

from enquiries.models import Enquiry
from foundation.models import Notification, NotificationKind, NotificationStatus
from foundation.outbox import deliver, deliver_due, retry_delay
from tests.builders import form_ready, module_world
from tests.enquiries.enquiry_world import build_enquiry_world, project_data, url_in
from tests.smtp import SMTPServer, free_port, smtp_mailers

pytestmark = pytest.mark.django_db

EXPECTED_RECIPIENTS = [
    "anna.devries@example.nl",
    "nadia.besson@tdm.example.org",
    "paul.girard@cma.example.org",
]


built_world = module_world(build_enquiry_world)


@pytest.fixture
def world(built_world, settings):
    return form_ready(built_world, settings)


@pytest.fixture
def port(settings):
    port = free_port()
    settings.MAILERS = smtp_mailers(port, timeout=1)
    return port


def send_project(client, world, capture):
    with capture(execute=True):
        response = client.post(url_in("en", "present_project"), project_data(world))
    assert response.status_code == 302
    assert response["Location"] == url_in("en", "enquiry_thanks")
    return Enquiry.objects.get()


def test_mail_is_delivered_to_the_newcomer_and_each_referent(
    client, world, port, django_capture_on_commit_callbacks
):
    with SMTPServer(port) as server:
        enquiry = send_project(client, world, django_capture_on_commit_callbacks)
    assert server.recipients() == EXPECTED_RECIPIENTS
    acknowledgement = next(m for m in server.messages if m["to"] == [enquiry.email])
    assert enquiry.reference in acknowledgement["content"]
    assert "Installez-vous <noreply@localhost>" in acknowledgement["content"]
    states = Notification.objects.values_list("status", "attempts", "last_error")
    assert sorted(states) == [(NotificationStatus.SENT, 1, "")] * 3


def test_a_mail_server_that_is_down_loses_nothing(
    client, world, port, django_capture_on_commit_callbacks
):
    # Nothing listens on the port: the newcomer still gets the confirmation page.
    enquiry = send_project(client, world, django_capture_on_commit_callbacks)
    page = client.get(url_in("en", "enquiry_thanks"))
    assert enquiry.reference in page.content.decode()

    pending = Notification.objects.filter(enquiry=enquiry)
    assert pending.count() == 3
    for notification in pending:
        assert notification.status == NotificationStatus.PENDING
        assert notification.attempts == 1
        assert "ConnectionRefusedError" in notification.last_error
        assert notification.next_attempt_at > timezone.now()

    # Before its delay, a retry does not hammer the server.
    assert deliver_due() == (0, 0)
    with SMTPServer(port) as server:
        later = timezone.now() + datetime.timedelta(minutes=2)
        assert deliver_due(now=later) == (3, 0)
    assert server.recipients() == EXPECTED_RECIPIENTS
    assert set(pending.values_list("status", "attempts")) == {(NotificationStatus.SENT, 2)}
    # Sent once: a second sweep sends nothing again.
    assert deliver_due(now=later) == (0, 0)


def test_send_notifications_retries_what_failed(
    client, world, port, django_capture_on_commit_callbacks
):
    send_project(client, world, django_capture_on_commit_callbacks)
    Notification.objects.update(next_attempt_at=timezone.now())
    with SMTPServer(port) as server:
        output = io.StringIO()
        call_command("send_notifications", stdout=output)
    assert output.getvalue().strip() == "3 sent, 0 failed"
    assert server.recipients() == EXPECTED_RECIPIENTS


def test_a_slow_mail_server_times_out_and_is_tried_again(
    client, world, port, django_capture_on_commit_callbacks
):
    with SMTPServer(port, delay=2) as server:
        enquiry = send_project(client, world, django_capture_on_commit_callbacks)
        errors = set(Notification.objects.values_list("last_error", flat=True))
    assert all("timed out" in error for error in errors), errors
    assert Notification.objects.filter(status=NotificationStatus.PENDING).count() == 3
    assert Enquiry.objects.filter(pk=enquiry.pk).exists()

    with SMTPServer(port) as server:
        assert deliver_due(now=timezone.now() + datetime.timedelta(minutes=2))[0] == 3
    assert server.recipients() == EXPECTED_RECIPIENTS
    kinds = Notification.objects.filter(status=NotificationStatus.SENT).values_list(
        "kind", flat=True
    )
    assert sorted(kinds) == [
        NotificationKind.ACKNOWLEDGEMENT,
        NotificationKind.REFERRAL,
        NotificationKind.REFERRAL,
    ]


def test_the_delay_between_tries_doubles_up_to_six_hours(settings):
    settings.NOTIFICATION_RETRY_SECONDS = 60
    delays = [retry_delay(attempts).total_seconds() for attempts in (1, 2, 3, 4, 20)]
    assert delays == [60, 120, 240, 480, 6 * 60 * 60]


def test_with_the_database_queue_a_refused_mail_is_queued_again_for_later(
    client, world, port, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # Posting only queues the first tries: nothing is sent within the request.
    send_project(client, world, django_capture_on_commit_callbacks)
    deliveries = DBTaskResult.objects.filter(task_path="foundation.outbox.deliver_notification")
    assert deliveries.count() == 3
    assert Notification.objects.filter(attempts=0).count() == 3

    # The worker's first try meets a server that is down: each mail is queued again, later.
    notification = Notification.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        deliver(notification.pk)
    notification.refresh_from_db()
    assert deliveries.count() == 4
    retry = deliveries.order_by("-enqueued_at").first()
    assert retry.args_kwargs["args"] == [notification.pk]
    assert retry.run_after == notification.next_attempt_at
    assert retry.run_after > timezone.now()
