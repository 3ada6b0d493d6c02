from django.dispatch import receiver

from wagtail.models import Locale
from wagtail.signals import page_published

from listings.models import LISTING_PAGE_MODELS


@receiver(page_published)
def keep_place_the_same_in_every_language(sender, instance, **kwargs):
    if sender not in LISTING_PAGE_MODELS:
        return
    translations = sender.objects.filter(translation_key=instance.translation_key)
    source = translations.filter(locale=Locale.get_default()).first() or instance
    # The offer's own facts, and its review date: its translations expire with it.
    names = [sender._meta.get_field(name).attname for name in sender.shared_fields]
    shared = {name: getattr(source, name) for name in (*names, "expire_at")}
    translations.exclude(pk=source.pk).update(**shared)
    if instance.pk != source.pk:
        for field, value in shared.items():
            setattr(instance, field, value)
