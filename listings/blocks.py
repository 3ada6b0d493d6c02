from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class PhotoChooserBlock(ImageChooserBlock):
    """Loads a gallery's images with their renditions in two queries, however many photos."""

    def bulk_to_python(self, values):
        values = list(values)
        images = self.model_class.objects.prefetch_renditions().in_bulk(values)
        return [images.get(value) for value in values]


class PhotoBlock(blocks.StructBlock):
    image = PhotoChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("text alternative"),
        max_length=255,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=255, required=False)

    class Meta:
        icon = "image"
        label = _("photo")
        template = "components/photo_block.html"
        description = _("A photo of the offer with its text alternative.")
        preview_value = {"alt_text": _("The shop front on the main square"), "caption": ""}


class GalleryBlock(blocks.StreamBlock):
    photo = PhotoBlock()

    class Meta:
        max_num = 20
