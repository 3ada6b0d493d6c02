from django.core.management.base import BaseCommand

from foundation.privacy import purge


class Command(BaseCommand):
    help = (
        "Anonymise what passed its retention period, in every app that keeps personal data: "
        "the enquiries with no activity for ENQUIRY_RETENTION_DAYS days (three years), the "
        "registrations of events over for REGISTRATION_RETENTION_DAYS days (one year), the search "
        "alerts never confirmed within ALERT_CONFIRMATION_DAYS days (seven). What identifies "
        "people goes, the figures stay. Safe to run every night."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Days without activity after which an enquiry is anonymised, for this run.",
        )

    def handle(self, *args, days, **options):
        overrides = {"enquiries": days} if days is not None else {}
        for key, count in purge(days=overrides).items():
            # For whoever reads the scheduler's log: in English, as the other commands.
            self.stdout.write(f"{count} {key.replace('_', ' ')} anonymised")
