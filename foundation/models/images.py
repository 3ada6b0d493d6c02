"""The portal's images: every picture carries a text alternative and a credit, and its file
says nothing of where it was taken (``foundation.image_files``)."""

from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image

from foundation.image_files import random_name, without_metadata


class PortalImage(AbstractImage):
    """The portal's image: every picture carries a default text alternative and a credit."""

    alt_text = models.CharField(
        _("text alternative"),
        max_length=255,
        blank=True,
        help_text=_("Describe what the picture shows, for people who cannot see it."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "alt_text", "credit")

    def get_upload_to(self, filename):
        return f"original_images/{random_name(filename)}"

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            # A new upload, from the admin, an import or code: cleaned before it is stored.
            with self.file.open("rb") as upload:
                content = without_metadata(upload.read())
            self.file = ContentFile(content, name=self.file.name)
            self._set_image_file_metadata()
        super().save(*args, **kwargs)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
