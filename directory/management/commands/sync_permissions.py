from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from directory.models import StructurePage
from directory.permissions import give_coordinators, give_structure_editors


class Command(BaseCommand):
    help = _(
        "Give each structure's editors group and the coordinators group the rights the portal "
        "defines, after an upgrade that changed them. Adds what is missing, removes nothing else."
    )

    def handle(self, *args, **options):
        default = Locale.get_default()
        structures = StructurePage.objects.filter(locale=default)
        for structure in structures:
            give_structure_editors(structure)
        # The home pages: the site roots, under Wagtail's root page.
        for home in Page.objects.filter(depth=2, locale=default):
            give_coordinators(home)
        self.stdout.write(
            _("Rights given to %(count)d structures and to the coordinators.")
            % {"count": structures.count()}
        )
