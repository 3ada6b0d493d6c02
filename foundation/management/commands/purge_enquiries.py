from django.core.management.base import BaseCommand

from foundation.privacy import purge


class Command(BaseCommand):
    help = (
        "Anonymise what passed its retention period, in every app that keeps personal data: "
        "the enquiries with no activity for ENQUIRY_RETENTION_DAYS days (three years), the "
        "registrations of events over for REGISTRATION_RETENTION_DAYS days (one year). What "
        "identifies people goes, the figures stay. Safe to run every night."
    )

    def handle(self, *args, **options):
        for key, count in purge().items():
            # For whoever reads the scheduler's log: in English, as the other commands.
            self.stdout.write(f"{count} {key.replace('_', ' ')} anonymised")
