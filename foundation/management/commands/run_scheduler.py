import signal

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from foundation.scheduling import build_scheduler, scheduled_jobs


class Command(BaseCommand):
    help = (
        "Run the portal's daily and weekly commands (settings.SCHEDULE) at their times, "
        "forever. Run exactly one scheduler per deployment (deploy/Procfile)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--list", action="store_true", help="Print each job and its next run, then stop."
        )

    def handle(self, *args, list=False, **options):
        try:
            jobs = scheduled_jobs()
        except ValueError as error:
            raise CommandError(error) from error
        now = timezone.localtime()
        for job in jobs:
            next_run = job.trigger().get_next_fire_time(None, now)
            self.stdout.write(
                f"{job.name:<50} {job.crontab:<14} next {next_run:%Y-%m-%d %H:%M %Z}"
            )
        if list:
            return
        scheduler = build_scheduler(jobs)
        # When the process manager asks it to stop (SIGTERM), a running job is given until the
        # manager's own deadline to finish (systemd's default: 90 s; honcho's: 5 s).
        signal.signal(signal.SIGTERM, lambda *_: scheduler.shutdown(wait=True))
        self.stdout.write(f"Scheduler started at {now:%Y-%m-%d %H:%M:%S %Z}")
        self.stdout.flush()
        scheduler.start()
        self.stdout.write("Scheduler stopped")
