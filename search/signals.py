from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from foundation.page_cache import purge
from search.documents import reindex_translations
from search.models import SEARCH_TAG, SearchDocument, SynonymGroup, search_tag
from search.synonyms import synonyms_changed
from search.tasks import apply_synonyms


@receiver(page_published)
@receiver(page_unpublished)
def reindex_page(sender, instance, **kwargs):
    reindex_translations(instance)


def reindex_after_commit(keys):
    # Pages being deleted, or moved, are only settled once the transaction commits.
    def reindex():
        for key in keys:
            reindex_translations(Page(translation_key=key))

    transaction.on_commit(reindex)


@receiver(post_delete, sender=Page)
def reindex_after_delete(sender, instance, **kwargs):
    # A deleted translation hands its language back to the French original.
    reindex_after_commit({instance.translation_key})


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def reindex_subtree(sender, instance, **kwargs):
    # A page made private, public again, or moved under a private page, leaves or joins the
    # search with its subpages.
    page = instance.page if isinstance(instance, PageViewRestriction) else instance
    subtree = Page.objects.descendant_of(page, inclusive=True)
    reindex_after_commit(set(subtree.values_list("translation_key", flat=True)))


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def apply_changed_synonyms(sender, **kwargs):
    # Queries read the groups at once; documents are indexed again after the commit.
    synonyms_changed()
    transaction.on_commit(apply_synonyms.enqueue)
    purge(SEARCH_TAG)


@receiver(post_save, sender=SearchDocument)
@receiver(post_delete, sender=SearchDocument)
def search_changed(sender, instance, raw=False, **kwargs):
    # The pages built from the search: the search and the area maps ("search"), the index of
    # offers or of services (the kind's own tag).
    if not raw:
        purge(SEARCH_TAG, search_tag(instance.kind))
