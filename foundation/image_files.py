"""What an image file keeps of its upload: the picture, and nothing that says where it was taken.

A phone writes the position of the photo, its own name and notes into the file; an editor's
file name often names the place ("ferme-a-olliergues.jpg"). A confidential offer's commune must
not leak through either, so every image is stored under a random name, and its picture is
written again, turned as it is meant to be seen, without EXIF, XMP or comments. The colour
profile stays, so colours do not change.
"""

import io
import os
import secrets

from PIL import Image, ImageOps

# Written once more at a quality where the difference cannot be seen; renditions follow.
QUALITY = {"JPEG": 95, "WEBP": 95, "AVIF": 90}


def random_name(filename):
    """A name that says nothing, with the original's extension (lower case)."""
    extension = os.path.splitext(filename)[1].lower()
    return f"{secrets.token_hex(16)}{extension}"


def without_metadata(content):
    """The picture in ``content`` (bytes), upright and without metadata, in its own format."""
    with Image.open(io.BytesIO(content)) as picture:
        image_format = picture.format
        colour_profile = picture.info.get("icc_profile")
        upright = ImageOps.exif_transpose(picture)
    # Nothing of the original's notes goes with the copy: Pillow would carry some over.
    upright.info = {}
    options = {}
    if colour_profile:
        options["icc_profile"] = colour_profile
    if image_format in QUALITY:
        options["quality"] = QUALITY[image_format]
    buffer = io.BytesIO()
    upright.save(buffer, image_format, **options)
    return buffer.getvalue()
