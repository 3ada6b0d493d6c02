"""Keywords in the reader's language: taggit tags, their names translated with wagtail-localize.

django-taggit stays the tagging layer: offers and campaigns are tagged with ``taggit.Tag``, in
French, the language of content, and facets and links name a tag by its slug. Each tag has a
``TagName`` in French, made with it, which wagtail-localize translates like any translatable
snippet (*Snippets › Keywords › Translate*). Pages and facets show the name in the reader's
language, or the French one while it is not translated; the search finds a French page by the
names of its tags in every language.
"""

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TagName(TranslatableMixin, index.Indexed, models.Model):
    tag = models.ForeignKey(
        Tag, verbose_name=_("tag"), on_delete=models.CASCADE, related_name="names"
    )
    name = models.CharField(_("name"), max_length=100)

    translatable_fields = [TranslatableField("name"), SynchronizedField("tag")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")
        ordering = ["name"]

    def __str__(self):
        return self.name


@receiver(post_save, sender=Tag)
def name_the_tag_in_french(sender, instance, created, raw=False, **kwargs):
    """A new tag gets its French name at once, ready to be translated."""
    if raw:
        return
    source = Locale.get_default()
    names = TagName.objects.filter(tag=instance, locale=source)
    if not names.update(name=instance.name):
        TagName.objects.create(tag=instance, locale=source, name=instance.name)


def names_in(tags, language):
    """``{slug: name}`` of ``tags`` (tags or slugs) in ``language``, where translated."""
    slugs = [getattr(tag, "slug", tag) for tag in tags]
    if not slugs:
        return {}
    return dict(
        TagName.objects.filter(tag__slug__in=slugs, locale__language_code=language).values_list(
            "tag__slug", "name"
        )
    )


def every_name(tags):
    """Every name of ``tags`` in every language: what the search finds a page by."""
    ids = [tag.pk for tag in tags]
    if not ids:
        return []
    return list(TagName.objects.filter(tag_id__in=ids).values_list("name", flat=True).distinct())
