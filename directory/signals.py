from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Collection, Locale
from wagtail.signals import page_published

from directory.models import StructurePage
from directory.permissions import give_structure_editors, rename_structure


@receiver(post_save, sender=StructurePage)
def give_structure_its_collection(sender, instance, raw=False, **kwargs):
    """Each structure keeps its images in a collection of its own, shared by its translations."""
    if raw or instance.collection_id:
        return
    source = instance.get_translations().filter(collection__isnull=False).first()
    if source is not None:
        collection = source.collection
    else:
        collection = Collection.get_first_root_node().add_child(name=instance.title)
    StructurePage.objects.filter(pk=instance.pk).update(collection=collection)
    instance.collection = collection


@receiver(post_save, sender=StructurePage)
def give_structure_its_editors(sender, instance, created, raw=False, **kwargs):
    """A new structure, or a new translation of one, is editable by the structure's group."""
    if created and not raw:
        give_structure_editors(instance)


@receiver(page_published, sender=StructurePage)
def keep_structure_editors_in_step(sender, instance, **kwargs):
    """A renamed structure renames its group and collection; the review switch takes effect."""
    if instance.locale_id == Locale.get_default().pk:
        rename_structure(instance)
    give_structure_editors(instance)
