"""Index each object once, when a bulk job is done, rather than at every one of its saves.

Creating, publishing and translating a page saves it four or five times, and each save would
update the search index and Wagtail's reference index. Loading the demo and importing a
spreadsheet defer both: the objects saved meanwhile, by this job or by any other in the process,
are remembered and indexed once at the end: in bulk for search, through the task the signal
handler would have enqueued for the reference index. Objects saved then rolled back, as in an
import's dry run, are not found at the end and cost nothing.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save

from modelcluster.fields import ParentalKey
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


@contextmanager
def indexing_deferred():
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            # A child object (a referent, a tag) is indexed with the page it belongs to.
            instance = cluster_root(instance)
            if instance is not None:
                model = instance.specific_class if isinstance(instance, Page) else type(instance)
                saved[model._meta.label, instance.pk] = model

    searched = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="indexing_deferred_remember_saves")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="indexing_deferred_remember_saves")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)

    searched = set(searched)
    by_model = {}
    for (_label, pk), model in saved.items():
        by_model.setdefault(model, []).append(pk)
    for model, pks in by_model.items():
        if model in searched:
            index_in_bulk(model, pks)
        if model in ReferenceIndex.tracked_models:
            # Some objects are saved, then deleted within the same load.
            for pk in model._base_manager.filter(pk__in=pks).values_list("pk", flat=True):
                update_reference_index_task.enqueue(
                    model._meta.app_label, model._meta.model_name, str(pk)
                )


def cluster_root(instance):
    """The object ``instance`` is part of, following its parental keys, as Wagtail does."""
    while instance is not None:
        parental_keys = [
            field for field in instance._meta.get_fields() if isinstance(field, ParentalKey)
        ]
        if not parental_keys:
            return instance
        instance = getattr(instance, parental_keys[0].name)
    return None


def index_in_bulk(model, pks):
    """Add or update the objects in every auto-updated search backend, one batch per class."""
    batches = {}
    for instance in model.get_indexed_objects().filter(pk__in=pks):
        indexed = search_index.get_indexed_instance(instance, check_exists=False)
        if indexed is not None:
            batches.setdefault(type(indexed), []).append(indexed)
    for backend in get_search_backends(with_auto_update=True):
        for indexed_model, instances in batches.items():
            backend.add_bulk(indexed_model, instances)
