"""The daily and weekly work of the portal, run by one scheduler process (``run_scheduler``).

``settings.SCHEDULE`` names management commands and their crontab lines; APScheduler runs
them in the site's time zone, one at a time per job. Nothing is made up for a time the process
was down: each command handles everything that is due, not only what fell due since its last
run, so its next occasion catches up. A command that fails is logged and tried again at its
next occasion; the others go on.
"""

import logging
import shlex
from dataclasses import dataclass

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from django.conf import settings
from django.core.management import call_command, get_commands
from django.db import close_old_connections

logger = logging.getLogger(__name__)

# A run held up by a long one before it (the scheduler's threads busy) still runs, late.
MISFIRE_GRACE_SECONDS = 60 * 60


@dataclass(frozen=True)
class Job:
    command: str
    arguments: tuple
    crontab: str

    @property
    def name(self):
        return shlex.join([self.command, *self.arguments])

    def trigger(self):
        return CronTrigger.from_crontab(self.crontab, timezone=settings.TIME_ZONE)


def scheduled_jobs():
    """``settings.SCHEDULE`` as jobs; an unknown command or a bad crontab line fails here."""
    known = get_commands()
    jobs = []
    for command, arguments, crontab in settings.SCHEDULE:
        if command not in known:
            raise ValueError(f"SCHEDULE names {command!r}, which is not a management command.")
        weekday = crontab.split()[-1]
        if any(character.isdigit() for character in weekday):
            # APScheduler 3 reads 1 as Tuesday, cron as Monday: names mean the same to both.
            raise ValueError(f"SCHEDULE: name the weekdays of {command!r} (mon, tue...).")
        job = Job(command, tuple(arguments), crontab)
        job.trigger()
        jobs.append(job)
    return jobs


def run(job):
    """Run one job as ``manage.py`` would; a failure is logged, never raised to the scheduler."""
    logger.info("Running %s", job.name)
    try:
        call_command(job.command, *job.arguments)
    except Exception:
        logger.exception("%s failed; it runs again at its next occasion", job.name)


def run_in_pool(job):
    """``run``, from one of the scheduler's threads: the thread's database connection is
    checked before the job (it may have been idle for hours) and released after it."""
    close_old_connections()
    try:
        run(job)
    finally:
        close_old_connections()


def build_scheduler(jobs):
    scheduler = BlockingScheduler(timezone=settings.TIME_ZONE)
    for job in jobs:
        scheduler.add_job(
            run_in_pool,
            job.trigger(),
            args=[job],
            id=job.name,
            name=job.name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=MISFIRE_GRACE_SECONDS,
        )
    return scheduler
