from django.dispatch import receiver

from wagtail.signals import page_published

from listings.models import LISTING_PAGE_MODELS


@receiver(page_published)
def keep_place_the_same_in_every_language(sender, instance, **kwargs):
    if sender not in LISTING_PAGE_MODELS:
        return
    translations = sender.objects.filter(translation_key=instance.translation_key)
    source = instance.french_source() or instance
    # The offer's own facts, and its review date: its translations expire with it.
    names = (*sender.shared_attnames(), "expire_at")
    shared = {name: getattr(source, name) for name in names}
    translations.exclude(pk=source.pk).update(**shared)
    if instance.pk != source.pk:
        for field, value in shared.items():
            setattr(instance, field, value)
