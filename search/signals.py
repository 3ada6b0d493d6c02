from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from search.documents import reindex_translations


@receiver(page_published)
@receiver(page_unpublished)
def reindex_page(sender, instance, **kwargs):
    reindex_translations(instance)


@receiver(post_delete)
def reindex_after_delete(sender, instance, **kwargs):
    # A deleted translation hands its language back to the French original; the rows are
    # only all gone once the deletion commits.
    if type(instance) is Page:
        key = instance.translation_key
        transaction.on_commit(lambda: reindex_translations(Page(translation_key=key)))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted_subtree(sender, instance, **kwargs):
    # A page made private, or public again, leaves or joins the search with its subpages.
    subtree = Page.objects.descendant_of(instance.page, inclusive=True)
    for key in set(subtree.values_list("translation_key", flat=True)):
        reindex_translations(Page(translation_key=key))
