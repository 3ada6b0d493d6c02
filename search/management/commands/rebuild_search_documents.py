from django.core.management.base import BaseCommand

from search.documents import rebuild


class Command(BaseCommand):
    help = (
        "Rewrite the public search's documents from the live pages, then index them. Run it "
        "after renaming communes or communities of communes, or after importing pages."
    )

    def handle(self, *args, **options):
        count = rebuild()
        if options["verbosity"]:
            self.stdout.write(f"{count} search documents written.")
