from django.core.management.base import BaseCommand

from search.documents import rebuild, refresh_dated


class Command(BaseCommand):
    help = (
        "Rewrite the public search's documents from the live pages, then index them. Run it "
        "after renaming communes or communities of communes, or after importing pages. With "
        "--dated, only the pages whose place in the search changes with the date (events, "
        "campaigns): the scheduler runs it every night."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dated",
            action="store_true",
            help="Only the pages whose place in the search changes with the date.",
        )

    def handle(self, *args, **options):
        if options["dated"]:
            count = refresh_dated()
            message = f"{count} pages asked again whether the search shows them."
        else:
            count = rebuild()
            message = f"{count} search documents written."
        if options["verbosity"]:
            self.stdout.write(message)
