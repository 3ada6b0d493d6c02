"""Uploads in S3-compatible object storage, so that any application server reads any upload.

Against a real S3 server on loopback: moto's server mode speaks the S3 protocol to boto3.
"""

import os
import runpy
from pathlib import Path
from unittest import mock

import boto3
import pytest
import requests
from moto.server import ThreadedMotoServer

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.timezone import now

from wagtail.documents import get_document_model
from wagtail.images.models import get_rendition_storage
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

from enquiries.models import Enquiry, EnquiryEvent, EntryKind
from enquiries.views import document_response
from foundation.models import PortalImage, PortalRendition
from portal.settings import base
from tests.smtp import free_port

ROOT = Path(__file__).resolve().parents[2]
BUCKET = "installez-vous-uploads"
KEYS = {"access_key": "test-access-key", "secret_key": "test-secret-key"}


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
    )
    client.create_bucket(Bucket=BUCKET)
    # The policy the README tells a deployment to apply: renditions readable by all.
    policy = (ROOT / "deploy" / "bucket-policy.json").read_text()
    client.put_bucket_policy(Bucket=BUCKET, Policy=policy.replace("installez-vous-media", BUCKET))
    yield endpoint
    server.stop()


@pytest.fixture
def bucket(s3_server, settings, monkeypatch):
    """The storages the production settings give once AWS_STORAGE_BUCKET_NAME is set."""
    environment = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_server,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": KEYS["access_key"],
        "AWS_SECRET_ACCESS_KEY": KEYS["secret_key"],
    }
    with mock.patch.dict(os.environ, environment):
        production = runpy.run_path(base.__file__)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": production["STORAGES"]["default"],
        "renditions": production["STORAGES"]["renditions"],
        "private": production["STORAGES"]["private"],
    }
    settings.WAGTAILIMAGES_RENDITION_STORAGE = production["WAGTAILIMAGES_RENDITION_STORAGE"]
    # Wagtail reads the setting once, when the rendition model is built: as a server would.
    assert get_rendition_storage() is storages["renditions"]
    monkeypatch.setattr(PortalRendition._meta.get_field("file"), "storage", storages["renditions"])
    # The same for the newcomers' documents, whose field reads its storage once.
    monkeypatch.setattr(EnquiryEvent._meta.get_field("document"), "storage", storages["private"])
    client = storages["default"].connection.meta.client
    return lambda prefix: [
        item["Key"]
        for item in client.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", [])
    ]


def fetch(url):
    response = requests.get(url, timeout=10)
    return response.status_code, response.headers["Content-Type"], response.content


@pytest.mark.django_db
def test_an_image_uploaded_in_the_admin_and_its_rendition_live_in_the_bucket(bucket, client):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    upload = SimpleUploadedFile("Vitrine.png", get_test_image_file().file.getvalue())
    response = client.post(
        "/admin/images/add/",
        {"title": "Vitrine", "file": upload, "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 302
    image = PortalImage.objects.get(title="Vitrine")
    assert bucket("original_images/") == [image.file.name]

    # Another server, with nothing on its disk, makes the rendition from the bucket's original.
    storages._storages.clear()
    rendition = PortalImage.objects.get(pk=image.pk).get_rendition("fill-120x80")
    assert bucket("images/") == [rendition.file.name]
    # The original's address is signed and expires; the rendition's is plain, so browsers and
    # link previews keep it.
    assert "X-Amz-Signature=" in image.file.url
    # The original is private: without the signature, the bucket refuses it.
    assert fetch(image.file.url)[0] == 200
    assert fetch(image.file.url.split("?")[0])[0] == 403
    assert "?" not in rendition.url
    assert rendition.url == PortalImage.objects.get(pk=image.pk).get_rendition("fill-120x80").url
    status, content_type, body = fetch(rendition.url)
    assert (status, content_type, body[:4]) == (200, "image/png", b"\x89PNG")


@pytest.mark.django_db
def test_a_document_is_served_by_wagtail_from_the_bucket_and_its_privacy_holds(bucket, client):
    Document = get_document_model()
    document = Document.objects.create(
        title="Guide", file=ContentFile(b"%PDF-1.7 guide", name="guide.pdf")
    )
    assert bucket("documents/") == [document.file.name]
    assert fetch(document.file.storage.url(document.file.name).split("?")[0])[0] == 403
    response = client.get(document.url)
    # Streamed by Django from the bucket, not a redirect to the bucket.
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 guide"

    private = Collection.get_first_root_node().add_child(name="Réservé aux partenaires")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document.collection = private
    document.save()
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.django_db
def test_a_newcomers_document_is_private_in_the_bucket_and_streamed_by_the_portal(bucket):
    enquiry = Enquiry.objects.create(
        source="project", language="en", name="Tom", email="tom@example.org", consent_at=now()
    )
    event = EnquiryEvent(enquiry=enquiry, kind=EntryKind.NEWCOMER_DOCUMENT)
    event.document_type = "application/pdf"
    event.document.save("0f3a.pdf", ContentFile(b"%PDF-1.7 quote\n%%EOF"))
    [key] = bucket("private/")
    assert key == f"private/{event.document.name}"
    # Nowhere else, and refused without a signature.
    assert [other for other in bucket("") if "enquiry-documents" in other] == [key]
    assert fetch(event.document.storage.url(event.document.name).split("?")[0])[0] == 403
    response = document_response(EnquiryEvent.objects.get(pk=event.pk))
    assert b"".join(response.streaming_content) == b"%PDF-1.7 quote\n%%EOF"


@pytest.mark.django_db
def test_without_a_bucket_only_renditions_are_plain_files(client):
    image = PortalImage.objects.create(title="Champ", file=get_test_image_file("champ.png"))
    rendition = image.get_rendition("fill-120x80")
    assert client.get(rendition.url).status_code == 200
    assert client.get(f"/media/{image.file.name}").status_code == 404
    document = get_document_model().objects.create(
        title="Guide", file=ContentFile(b"%PDF-1.7 guide", name="guide.pdf")
    )
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get(document.url).status_code == 200
