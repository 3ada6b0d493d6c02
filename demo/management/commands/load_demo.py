import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from demo.loader import DEMO_PASSWORD, DemoLoader
from search.documents import rebuild as rebuild_search_documents
from search.documents import rebuilt_afterwards
from territory.models import Commune, CommunityOfCommunes


class Command(BaseCommand):
    help = (
        "Load the demo territory (Livradois-Forez, the Cap'Actif network): communes, pages in "
        "French with English and Dutch translations, pictures and demo accounts. Safe to run "
        "again: it only creates what is missing and never overwrites an edit."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-demo-accounts",
            action="store_true",
            help="Load even though DEBUG is off. The demo accounts share a published password: "
            "never on a server others can reach.",
        )

    def handle(self, *args, verbosity, allow_demo_accounts, **options):
        if not (settings.DEBUG or allow_demo_accounts):
            raise CommandError(
                "The demo creates accounts whose password is published in the README: "
                "it runs only with DEBUG on (make run), or with --allow-demo-accounts."
            )
        started = time.monotonic()
        call_command("import_territory", verbosity=0)
        with rebuilt_afterwards():
            loader = DemoLoader().load()
        # Every page's documents at once, those of an earlier version of the demo included.
        documents = rebuild_search_documents()
        if not verbosity:
            return
        self.stdout.write(f"Search documents: {documents}.")

        # The summary is for developers: in English, whatever the site's default language.
        with translation.override("en"):
            self.report(loader, verbosity)
        self.stdout.write(
            self.style.SUCCESS(f"Demo loaded in {time.monotonic() - started:.1f} s. Logins:")
        )
        for username, role in loader.accounts:
            self.stdout.write(f"  {username} / {DEMO_PASSWORD}  ({role})")

    def report(self, loader, verbosity):
        self.stdout.write(
            f"Territory: {Commune.objects.count()} communes in "
            f"{CommunityOfCommunes.objects.count()} communities of communes."
        )
        created = [
            f"{count} {model._meta.verbose_name_plural}" for model, count in loader.created.items()
        ]
        if loader.users_created:
            created.append(f"{loader.users_created} user accounts")
        self.stdout.write(
            f"Created: {', '.join(created) or 'nothing, the demo was already there'}."
        )
        if loader.enquiries_created:
            self.stdout.write(f"Fictional enquiries: {loader.enquiries_created}.")
        if loader.images_created:
            self.stdout.write(f"Pictures painted: {loader.images_created}.")
        translated = ", ".join(f"{count} into {code}" for code, count in loader.translated.items())
        if translated:
            self.stdout.write(f"Pages translated: {translated}.")
        if loader.aliases_created:
            self.stdout.write(
                f"Pages served in French under the other languages until translated: "
                f"{loader.aliases_created}."
            )
        if loader.missing:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(loader.missing)} texts had no translation and stay in French"
                    + (":" if verbosity > 1 else " (run with -v 2 to list them).")
                )
            )
            if verbosity > 1:
                for text in sorted(loader.missing):
                    self.stdout.write(f"  {text}")

        codes, rows = loader.page_counts()
        self.stdout.write("Live pages (" + " / ".join(codes) + "):")
        for model, counts in rows:
            self.stdout.write(
                f"  {model._meta.verbose_name_plural}: " + " / ".join(map(str, counts))
            )
