from django.core.management.base import BaseCommand

from alerts.models import Frequency
from alerts.sending import send_alerts


class Command(BaseCommand):
    help = (
        "Mail each confirmed search alert of a frequency the offers published or changed "
        "since its last run that match its search; the worker delivers them. Safe to run "
        "again: each alert is told of an offer once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=Frequency.values, required=True)

    def handle(self, *args, frequency, **options):
        outcome = send_alerts(frequency)
        # For whoever reads the scheduler's log: in English, as the other commands.
        self.stdout.write(
            f"{outcome.alerts} {frequency} alerts checked, {outcome.searches} searches run, "
            f"{outcome.mails} mails written"
        )
