from django.core.management.base import BaseCommand

from foundation.locale_trees import synchronise_languages


class Command(BaseCommand):
    help = (
        "Make every language of the site follow the French tree (wagtail-localize's "
        "synchronised trees): a page not translated yet is served in each language's tree, "
        "in French, until its translation replaces it."
    )

    def handle(self, *args, **options):
        created = synchronise_languages()
        self.stdout.write(f"{created} pages now stand for their French page in other languages.")
