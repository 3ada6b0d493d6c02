"""The portal's documents: stored under a name that says nothing, like its images.

An editor's file name often names a place or a person ("cession-boulangerie-olliergues.pdf");
a document's address carries its stored name. Documents are served by Wagtail's view, which
checks their collection's privacy first (``WAGTAILDOCS_SERVE_METHOD``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument, Document

from foundation.image_files import random_name


def document_upload_to(instance, filename):
    return f"documents/{random_name(filename)}"


class PortalDocument(AbstractDocument):
    file = models.FileField(upload_to=document_upload_to, verbose_name=_("file"))

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
