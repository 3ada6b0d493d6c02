import time

from django.core.management.base import BaseCommand

from foundation.outbox import deliver_due


class Command(BaseCommand):
    help = (
        "Send the notifications whose time has come: the first try of those the task queue "
        "missed, and the retries of those a mail server refused. Run it every few minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", type=int, metavar="SECONDS", help="Run again every SECONDS, forever."
        )

    def handle(self, *args, loop=None, **options):
        while True:
            sent, failed = deliver_due()
            if options["verbosity"] and (sent or failed or not loop):
                self.stdout.write(f"{sent} sent, {failed} failed")
            if not loop:
                return
            time.sleep(loop)
