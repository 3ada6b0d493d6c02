from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wagtail.models import Locale

from directory.models import StructurePage
from listings.importing import ImportRefused, RowResult, read_file, run_import


class Command(BaseCommand):
    help = _(
        "Import a structure's listings from a CSV or XLSX file, as the admin does: every row "
        "is reported, and nothing is written if one is refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("The CSV or XLSX file."))
        parser.add_argument("--structure", required=True, help=_("The structure's slug."))
        parser.add_argument(
            "--publish", action="store_true", help=_("Publish the listings, not only drafts.")
        )
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Report what would be done; write nothing.")
        )

    def handle(self, *args, file, structure, publish, dry_run, **options):
        page = StructurePage.objects.filter(slug=structure, locale=Locale.get_default()).first()
        if page is None:
            raise CommandError(_("No structure with the slug %(slug)s.") % {"slug": structure})
        path = Path(file)
        try:
            upload = SimpleUploadedFile(path.name, path.read_bytes())
        except OSError as error:
            raise CommandError(str(error)) from None
        try:
            header, rows = read_file(upload)
        except ImportRefused as refusal:
            raise CommandError(str(refusal)) from None
        results = run_import(header, rows, page, publish=publish, dry_run=dry_run)
        for result in results:
            label = RowResult.label(result.action, done=not dry_run)
            line = f"{result.line}\t{result.reference}\t{label}"
            if result.errors:
                line += "\t" + " | ".join(str(error) for error in result.errors)
            self.stdout.write(line)
        refused = [r for r in results if r.action == RowResult.REFUSED]
        if refused:
            raise CommandError(
                _("%(count)d rows refused: nothing was imported.") % {"count": len(refused)}
            )
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
        else:
            self.stdout.write(
                _("%(count)d rows imported under %(structure)s.")
                % {"count": len(results), "structure": page.title}
            )
