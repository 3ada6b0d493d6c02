"""The records of a listing's life: the review mails sent, the spreadsheets imported."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewNotice(models.Model):
    """A mail about a listing's review date, kept so that each is sent once per date."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=20)
    review_at = models.DateTimeField(_("review date"))
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("review notice")
        verbose_name_plural = _("review notices")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind", "review_at"], name="one_review_notice_per_date"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.page_id} {self.review_at:%Y-%m-%d}"


class ListingImport(models.Model):
    """A spreadsheet read, tried in a dry run, then imported once the editor confirms.

    Both steps run in the background (``listings.tasks``): a file of a thousand rows takes
    longer than a web request should.
    """

    class Status(models.TextChoices):
        CHECKING = "checking", _("Being checked")
        CHECKED = "checked", _("Checked")
        IMPORTING = "importing", _("Being imported")
        IMPORTED = "imported", _("Imported")
        FAILED = "failed", _("Failed")

    structure = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("structure"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file_name = models.CharField(_("file"), max_length=255)
    header = models.JSONField(_("columns"))
    rows = models.JSONField(_("rows"))
    publish = models.BooleanField(_("publish"), default=False)
    # The editor's language, for the reasons the report gives.
    language = models.CharField(_("language"), max_length=10, default="fr")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CHECKING
    )
    report = models.JSONField(_("report"), default=list)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    imported_at = models.DateTimeField(_("imported"), null=True, blank=True)

    class Meta:
        verbose_name = _("listing import")
        verbose_name_plural = _("listing imports")

    def __str__(self):
        return self.file_name

    @property
    def refused(self):
        return [row for row in self.report if row["action"] == "refused"]

    @property
    def in_progress(self):
        return self.status in (self.Status.CHECKING, self.Status.IMPORTING)
