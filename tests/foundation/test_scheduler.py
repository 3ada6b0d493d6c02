"""The scheduler process: the daily and weekly commands, at their times, and nothing lost."""

import datetime
import logging
from zoneinfo import ZoneInfo

import pytest

from django.core import mail
from django.core.management import CommandError, call_command

from foundation.models import Notification, NotificationKind, NotificationStatus
from foundation.scheduling import Job, build_scheduler, run, run_in_pool, scheduled_jobs

PARIS = ZoneInfo("Europe/Paris")


def test_every_periodic_command_of_the_portal_is_scheduled(capsys):
    call_command("run_scheduler", "--list")
    printed = capsys.readouterr().out
    for name in (
        "publish_scheduled",
        "send_notifications",
        "review_listings",
        "send_reminders",
        "send_reminders --digest",
        "purge_enquiries",
        "rebuild_search_documents --dated",
    ):
        assert any(line.split("  ")[0] == name for line in printed.splitlines()), name


def test_jobs_run_at_their_local_time_across_the_change_of_hour():
    jobs = {job.name: job for job in scheduled_jobs()}
    # The Sunday before the clocks go back, 29 October 2028 in Paris.
    saturday = datetime.datetime(2028, 10, 28, 12, 0, tzinfo=PARIS)
    review = jobs["review_listings"].trigger().get_next_fire_time(None, saturday)
    assert (review.date(), review.hour, review.utcoffset()) == (
        datetime.date(2028, 10, 29),
        6,
        datetime.timedelta(hours=1),
    )
    digest = jobs["send_reminders --digest"].trigger().get_next_fire_time(None, saturday)
    assert (digest.strftime("%A %H:%M"), digest.date()) == (
        "Monday 08:30",
        datetime.date(2028, 10, 30),
    )


def test_a_job_never_runs_twice_at_once_and_a_late_run_is_made_once():
    jobs = build_scheduler(scheduled_jobs()).get_jobs()
    assert len(jobs) == len(scheduled_jobs())
    for job in jobs:
        assert job.func is run_in_pool
        assert (job.coalesce, job.max_instances) == (True, 1)
        assert job.misfire_grace_time >= 60 * 60


def test_an_unknown_command_stops_the_scheduler_at_start(settings):
    settings.SCHEDULE = [*settings.SCHEDULE, ("send_newsletter", [], "0 9 * * 1")]
    with pytest.raises(CommandError, match="'send_newsletter', which is not a management command"):
        call_command("run_scheduler", "--list")


def test_a_weekday_by_number_is_refused_as_cron_and_apscheduler_disagree(settings):
    settings.SCHEDULE = [("send_reminders", ["--digest"], "30 8 * * 1")]
    with pytest.raises(CommandError, match="name the weekdays"):
        call_command("run_scheduler", "--list")


@pytest.mark.django_db
def test_a_job_runs_its_command(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    Notification.objects.create(
        kind=NotificationKind.REMINDER,
        recipient="referent@example.org",
        subject="Une demande attend",
        body="Bonjour",
    )
    run(Job("send_notifications", (), "*/10 * * * *"))
    assert [message.to for message in mail.outbox] == [["referent@example.org"]]
    assert Notification.objects.get().status == NotificationStatus.SENT


@pytest.mark.django_db
def test_a_failing_job_is_logged_and_the_scheduler_goes_on(caplog):
    with caplog.at_level(logging.ERROR, logger="foundation.scheduling"):
        run(Job("purge_enquiries", ("--days", "not-a-number"), "30 2 * * *"))
    assert "purge_enquiries --days not-a-number failed" in caplog.text
