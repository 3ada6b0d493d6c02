from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from listings.lifecycle import review_listings


class Command(BaseCommand):
    help = _(
        "The daily round of the listings' review dates: unpublish those due (Wagtail's "
        "scheduled expiry), remind the editors of those coming, tell them of those unpublished."
    )

    def handle(self, *args, **options):
        reminded, expired = review_listings()
        if options["verbosity"]:
            self.stdout.write(
                _("%(reminders)d reminders and %(expired)d expiry notices written.")
                % {"reminders": len(reminded), "expired": len(expired)}
            )
