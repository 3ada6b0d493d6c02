"""An image's file says nothing of where it was taken: no name, no position, no camera notes.

A confidential offer's photo must not name its commune through the file: not in the stored
name (every image and rendition address carries it), not in the metadata a camera or an
editing program writes (GPS position, comments, XMP), in the original or in renditions.
"""

import io
import re

import pytest
from PIL import Image

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Collection

from foundation.models import PortalImage

PLACE = "Olliergues"
GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE = 0x010F


def camera_picture(image_format, width=64, height=48):
    """A picture as a phone leaves it: turned by a tag, with a position, notes and XMP."""
    picture = Image.new("RGB", (width, height), "#2f6b3a")
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # shown turned a quarter clockwise
    exif[MAKE] = f"Phone of the baker of {PLACE}"
    exif[GPS_IFD] = {1: "N", 2: (45.0, 40.0, 12.0), 3: "E", 4: (3.0, 38.0, 5.0)}
    extra = {"comment": PLACE.encode()} if image_format == "JPEG" else {}
    if image_format != "PNG":
        extra["xmp"] = f"<x:xmpmeta><dc:coverage>{PLACE}</dc:coverage></x:xmpmeta>".encode()
    buffer = io.BytesIO()
    picture.save(buffer, image_format, exif=exif.tobytes(), **extra)
    return buffer.getvalue()


def assert_says_nothing(stored_file, expected_size):
    stored_file.open("rb")
    content = stored_file.read()
    stored_file.close()
    assert PLACE.lower() not in stored_file.name.lower()
    assert PLACE.encode() not in content
    with Image.open(io.BytesIO(content)) as picture:
        exif = picture.getexif()
        assert not exif.get_ifd(GPS_IFD)
        assert MAKE not in exif
        assert not {"xmp", "comment", "XML:com.adobe.xmp"} & set(picture.info)
        # Turned as it was meant to be seen, and no tag left to turn it again.
        assert picture.size == expected_size
        assert ORIENTATION not in exif


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("image_format", "extension"),
    [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"), ("AVIF", "avif")],
)
def test_a_stored_image_keeps_no_name_position_or_notes(image_format, extension):
    image = PortalImage.objects.create(
        title="Vitrine",
        file=ContentFile(camera_picture(image_format), name=f"boulangerie-{PLACE}.{extension}"),
    )
    assert re.fullmatch(rf"original_images/[0-9a-f]{{32}}\.{extension}", image.file.name)
    assert (image.width, image.height) == (48, 64)
    assert_says_nothing(image.file, (48, 64))
    image.file.open("rb")
    assert image.file_size == len(image.file.read())
    image.file.close()
    rendition = image.get_rendition("fill-24x32")
    assert_says_nothing(rendition.file, (24, 32))


@pytest.mark.django_db
def test_an_editor_upload_through_the_admin_says_nothing_either(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    upload = SimpleUploadedFile(f"ferme-a-{PLACE}.jpg", camera_picture("JPEG"))
    response = client.post(
        "/admin/images/add/",
        {"title": "Ferme", "file": upload, "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 302
    image = PortalImage.objects.get(title="Ferme")
    assert_says_nothing(image.file, (48, 64))
    assert image.get_file_hash() == PortalImage.objects.get(pk=image.pk).file_hash
    rendition = image.get_rendition("max-800x600")
    assert PLACE.lower() not in rendition.url.lower()
    assert_says_nothing(rendition.file, (48, 64))


@pytest.mark.django_db
def test_replacing_the_file_of_an_image_cleans_the_new_file_too():
    image = PortalImage.objects.create(
        title="Vitrine", file=ContentFile(camera_picture("JPEG"), name="vitrine.jpg")
    )
    first = image.file.name
    image.file = ContentFile(camera_picture("PNG", 80, 40), name=f"{PLACE}.png")
    image.save()
    assert image.file.name != first
    assert_says_nothing(image.file, (40, 80))
    # A save that does not touch the file leaves it as it is.
    image.title = "Vitrine rue du Four"
    image.save()
    assert PortalImage.objects.get(pk=image.pk).file.name == image.file.name
