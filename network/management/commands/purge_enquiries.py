from django.conf import settings
from django.core.management.base import BaseCommand

from network.privacy import purge
from portal.events import purge_registrations


class Command(BaseCommand):
    help = (
        "Anonymise the enquiries with no activity for ENQUIRY_RETENTION_DAYS days (three "
        "years), and the registrations of events over for REGISTRATION_RETENTION_DAYS days "
        "(one year): what identifies people goes, the figures stay. Safe to run every night."
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
        count = purge_registrations()
        self.stdout.write(f"{count} event registrations anonymised")
