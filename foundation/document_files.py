"""What a document sent by a person of the public is, read from its content, never its name.

A file named "devis.pdf" may be anything. The portal keeps only PDF, JPEG and PNG files whose
first bytes say so; a picture must also open as one, and is written again without its metadata
(``foundation.image_files``), which may say where it was taken.
"""

import io

from PIL import Image, UnidentifiedImageError

from foundation.image_files import without_metadata

SIGNATURES = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
)
PILLOW_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG"}
# A phone's photo or a page scanned at 600 dpi, not more: a picture is decoded whole to be
# cleaned, and a small file can unfold into gigabytes (Pillow only refuses past 179 million).
MAX_PIXELS = 40_000_000


class NotAcceptedDocument(ValueError):
    """The content is not one of the accepted kinds, or is not whole."""


class TooManyPixels(NotAcceptedDocument):
    """A picture larger than ``MAX_PIXELS``, whatever the size of its file."""


def checked_document(content):
    """``(content, content_type, extension)`` of an accepted document, its picture cleaned;
    ``NotAcceptedDocument`` otherwise."""
    found = next((kind for kind in SIGNATURES if content.startswith(kind[0])), None)
    if found is None:
        raise NotAcceptedDocument("unknown type")
    _signature, content_type, extension = found
    if content_type == "application/pdf":
        # A PDF ends with its end-of-file mark (followed at most by a line break or two).
        if b"%%EOF" not in content[-1024:]:
            raise NotAcceptedDocument("truncated PDF")
        return content, content_type, extension
    try:
        with Image.open(io.BytesIO(content)) as picture:
            if picture.format != PILLOW_FORMATS[content_type]:
                raise NotAcceptedDocument("not the picture it claims to be")
            # Read from its header, before anything is decoded.
            width, height = picture.size
            if width * height > MAX_PIXELS:
                raise TooManyPixels(f"{width}×{height} pixels")
            picture.verify()
        return without_metadata(content), content_type, extension
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise NotAcceptedDocument("unreadable picture") from error
