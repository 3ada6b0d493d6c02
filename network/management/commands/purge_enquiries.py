from django.conf import settings
from django.core.management.base import BaseCommand

from network.privacy import purge


class Command(BaseCommand):
    help = (
        "Anonymise the enquiries with no activity for ENQUIRY_RETENTION_DAYS days (three "
        "years): what identifies people goes, the figures stay. Safe to run every night."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.ENQUIRY_RETENTION_DAYS,
            help="Days without activity after which an enquiry is anonymised.",
        )

    def handle(self, *args, days, **options):
        count = purge(days=days)
        self.stdout.write(f"{count} enquiries anonymised")
