"""Uploads in S3-compatible object storage, so that any application server reads any upload.

Against a real S3 server on loopback: moto's server mode speaks the S3 protocol to boto3.
"""

import boto3
import pytest
import requests
from moto.server import ThreadedMotoServer

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

from foundation.models import PortalImage
from tests.smtp import free_port

BUCKET = "installez-vous-media"
KEYS = {"access_key": "test-access-key", "secret_key": "test-secret-key"}


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
    ).create_bucket(Bucket=BUCKET)
    yield endpoint
    server.stop()


@pytest.fixture
def bucket(s3_server, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_server,
                "region_name": "us-east-1",
                "default_acl": None,
                "querystring_auth": True,
                "signature_version": "s3v4",
                "file_overwrite": False,
                **KEYS,
            },
        },
    }
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
    assert "X-Amz-Signature=" in rendition.url
    status, content_type, body = fetch(rendition.url)
    assert (status, content_type, body[:4]) == (200, "image/png", b"\x89PNG")


@pytest.mark.django_db
def test_a_document_is_served_by_wagtail_from_the_bucket_and_its_privacy_holds(bucket, client):
    Document = get_document_model()
    document = Document.objects.create(
        title="Guide", file=ContentFile(b"%PDF-1.7 guide", name="guide.pdf")
    )
    assert bucket("documents/") == [document.file.name]
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
