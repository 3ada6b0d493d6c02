"""A document's stored name and address say nothing: not the place, nor the person."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.documents import get_document_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_an_uploaded_document_is_stored_under_a_random_name(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "-")
    client.force_login(admin)
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Dossier de cession",
            "file": SimpleUploadedFile("cession-boulangerie-olliergues.pdf", PDF),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Dossier de cession")
    assert re.fullmatch(r"documents/[0-9a-f]{32}\.pdf", document.file.name)
    assert "olliergues" not in document.url
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == PDF


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_documents_from_before_the_portal_model_are_kept():
    executor = MigrationExecutor(connection)
    old = executor.migrate([("foundation", "0001_initial")]).apps
    Document = old.get_model("wagtaildocs", "Document")
    document = Document.objects.create(
        title="Règlement de la zone", file="documents/reglement.pdf", collection_id=1
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    kept = get_document_model().objects.get(pk=document.pk)
    assert (kept.title, kept.file.name) == ("Règlement de la zone", "documents/reglement.pdf")
    # The next upload takes a new id.
    following = get_document_model().objects.create(title="Suite", file="documents/x.pdf")
    assert following.pk > document.pk
