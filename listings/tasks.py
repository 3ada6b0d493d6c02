import logging

from django_tasks import task

from django.utils import timezone, translation

from listings.importing import RowResult, run_import
from listings.models import ListingImport

logger = logging.getLogger(__name__)


@task()
def check_listing_import(import_id):
    """The dry run of an uploaded spreadsheet: every row tried, then rolled back."""
    return process(import_id, dry_run=True)


@task()
def apply_listing_import(import_id):
    """The import the editor confirmed: the same rows, written, unless one is now refused."""
    return process(import_id, dry_run=False)


def process(import_id, dry_run):
    attempt = ListingImport.objects.select_related("structure", "user").get(pk=import_id)
    try:
        with translation.override(attempt.language):
            results = run_import(
                attempt.header,
                attempt.rows,
                attempt.structure.specific,
                user=attempt.user,
                publish=attempt.publish,
                dry_run=dry_run,
            )
    except Exception:
        # Nothing was written (one transaction); the editor is told and may try again.
        logger.exception("Import %s failed", import_id)
        ListingImport.objects.filter(pk=import_id).update(status=ListingImport.Status.FAILED)
        return False
    refused = any(result.action == RowResult.REFUSED for result in results)
    done = not dry_run and not refused
    ListingImport.objects.filter(pk=import_id).update(
        report=[result.as_dict() for result in results],
        status=ListingImport.Status.IMPORTED if done else ListingImport.Status.CHECKED,
        imported_at=timezone.now() if done else None,
    )
    return done
