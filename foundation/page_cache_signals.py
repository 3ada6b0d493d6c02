"""What makes stored pages stale, at the foundation's level: pages, settings, languages,
images and keywords. The rooms above purge what they own themselves (``page_cache.purge``)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from taggit.models import Tag
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from foundation.models import BasePage, PortalImage, PortalSettings, TagName
from foundation.page_cache import SITE, purge, purge_on_change


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete)
def page_changed(sender, instance, **kwargs):
    if isinstance(instance, BasePage):
        purge(*instance.cache_changes())


@receiver(post_save)
def live_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # A live page saved outside a revision (a script, a command); a draft saved by an editor
    # names its fields and changes nothing the public sees.
    if isinstance(instance, BasePage) and instance.live and update_fields is None and not raw:
        purge(*instance.cache_changes())


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    # Every address under it changed, and the menus may link to them.
    purge(SITE)


# What every page shows: who may see it, the site, its settings, its languages, its keywords.
purge_on_change(PageViewRestriction, Site, PortalSettings, Locale, TagName, Tag, tags=(SITE,))


@receiver(post_save, sender=PortalImage)
@receiver(post_delete, sender=PortalImage)
def image_changed(sender, instance, created=False, raw=False, **kwargs):
    # A new image is on no page yet; a changed one (its file, its focal point) may be anywhere.
    if not created and not raw:
        purge(SITE)
