"""A page's privacy is its translations' too.

Wagtail keeps a view restriction on one page and its subpages; a translation lives in another
tree (``/en/``, ``/nl/``), so a French page made private would stay open in English. Setting,
changing or lifting the privacy of a page of the default language does the same to each of
its translations.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Locale, Page, PageViewRestriction


def translations_of(page):
    if page.locale_id != Locale.get_default().pk:
        return Page.objects.none()
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


@receiver(post_save, sender=PageViewRestriction)
def share_the_restriction(sender, instance, raw=False, **kwargs):
    if raw:
        return
    groups = list(instance.groups.all())
    for translation in translations_of(instance.page):
        restriction, _created = PageViewRestriction.objects.update_or_create(
            page=translation,
            defaults={
                "restriction_type": instance.restriction_type,
                "password": instance.password,
            },
        )
        restriction.groups.set(groups)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def share_the_groups(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        groups = list(instance.groups.all())
        for restriction in PageViewRestriction.objects.filter(
            page__in=translations_of(instance.page)
        ):
            restriction.groups.set(groups)


@receiver(post_delete, sender=PageViewRestriction)
def lift_the_restriction(sender, instance, origin=None, **kwargs):
    if not isinstance(origin, PageViewRestriction):
        # The page itself is being deleted: its translations, which stay, keep their privacy.
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        PageViewRestriction.objects.filter(page__in=translations_of(page)).delete()
