from django.conf import settings
from django.core.management.base import BaseCommand

from enquiries.follow_up import remind_waiting, send_digests


class Command(BaseCommand):
    help = (
        "Remind the referents of open enquiries without news for ENQUIRY_REMINDER_DAYS days; "
        "with --digest, send each structure the list of what it follows. Safe to run daily "
        "(reminders) and weekly (--digest)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--digest", action="store_true", help="Send the weekly digest per structure instead."
        )

    def handle(self, *args, digest=False, **options):
        if digest:
            count = send_digests()
            self.stdout.write(f"{count} digests stored and queued")
        else:
            count = remind_waiting()
            self.stdout.write(
                f"{count} enquiries without news for {settings.ENQUIRY_REMINDER_DAYS} days "
                "reminded"
            )
