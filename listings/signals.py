from django.dispatch import receiver

from wagtail.models import Locale
from wagtail.signals import page_published

from listings.models import LISTING_PAGE_MODELS

# Fields that must never differ between the languages of one offer: a translation that still
# shows the commune of a listing made confidential in French would give the place away, and
# one still "available" would keep an offer taken in French in the English search.
# The review date is the offer's, too: its translations expire with it.
SHARED_FIELDS = (
    "confidential",
    "commune_id",
    "latitude",
    "longitude",
    "availability",
    "availability_changed_on",
    "expire_at",
)


@receiver(page_published)
def keep_place_the_same_in_every_language(sender, instance, **kwargs):
    if sender not in LISTING_PAGE_MODELS:
        return
    translations = sender.objects.filter(translation_key=instance.translation_key)
    source = translations.filter(locale=Locale.get_default()).first() or instance
    shared = {field: getattr(source, field) for field in SHARED_FIELDS}
    translations.exclude(pk=source.pk).update(**shared)
    if instance.pk != source.pk:
        for field, value in shared.items():
            setattr(instance, field, value)
