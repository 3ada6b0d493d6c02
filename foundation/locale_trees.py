"""Every page in every language of the site: wagtail-localize's synchronised trees.

A locale set to synchronise from French (*Settings › Locales*, wagtail-localize's
``LocaleSynchronization``) holds an alias of every French page not translated into it yet. The
page is served at its own address under ``/en/`` or ``/nl/``, inside that language's menus,
forms and footer, with its French text marked as such, until a translation replaces the alias:
wagtail-localize turns the alias into the translation. Wagtail republishes an alias whenever
its French page is published, and unpublishes it with that page.

wagtail-localize gives a page its aliases when a locale's synchronisation is saved and when an
editor creates the page in the admin; a page created otherwise (a spreadsheet import, the demo)
gets them here, when its publication is committed.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail.signals import page_published
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree


def shows_source_text(page):
    """Whether ``page`` holds the source language's text: an alias not replaced yet.

    The synchronised trees alias pages of the source language, whatever tree the alias is in.
    """
    return bool(page.alias_of_id)


def text_language(item, reader_locale_id, reader_language):
    """The language of ``item``'s own texts, for a reader of ``reader_locale_id``.

    What is not in the reader's locale is the source page standing in for a missing
    translation; ids are compared, so that a list of pages costs no query.
    """
    if getattr(item, "alias_of_id", None) or item.locale_id != reader_locale_id:
        return settings.LANGUAGE_CODE
    return reader_language


def synchronised_locales(locale_id):
    """The locales that follow the tree of the locale ``locale_id``."""
    followers = LocaleSynchronization.objects.filter(sync_from_id=locale_id)
    return Locale.objects.filter(pk__in=followers.values("locale_id"))


def ensure_aliases(page):
    """Give ``page`` an alias in each locale following its own that has no version of it yet.

    Returns the aliases created. Parents come first: a parent missing in a locale gets its
    alias too.
    """
    present = Page.objects.filter(translation_key=page.translation_key).values("locale_id")
    aliases = []
    for locale in synchronised_locales(page.locale_id).exclude(pk__in=present):
        aliases.append(page.copy_for_translation(locale, copy_parents=True, alias=True))
    return aliases


@receiver(page_published)
def give_aliases_on_publish(sender, instance, **kwargs):
    """A page published gets its aliases once the transaction commits.

    In the admin, wagtail-localize gives a new page its aliases after publishing it, in the
    same request: by the time this runs, they exist and nothing is done twice.
    """
    if instance.alias_of_id is None:
        page_id = instance.pk
        transaction.on_commit(lambda: _give_aliases(page_id))


def _give_aliases(page_id):
    page = Page.objects.filter(pk=page_id, alias_of__isnull=True).first()
    if page is not None:
        with transaction.atomic():
            ensure_aliases(page)


def aliases_elsewhere(page):
    """``page``'s aliases in the other languages' trees."""
    return Page.objects.filter(alias_of=page).exclude(locale_id=page.locale_id)


@hooks.register("construct_translated_pages_to_cascade_actions")
def delete_aliases_with_their_page(pages, action):
    """Deleting a page in the admin deletes its aliases with it, and says so.

    Its translations stay: they are the translators' work. Unpublishing already takes the
    aliases along (Wagtail).
    """
    if action == "delete":
        return {page: aliases_elsewhere(page) for page in pages}
    return None


@receiver(pre_delete)
def forget_aliases_of_a_deleted_page(sender, instance, **kwargs):
    """A page deleted otherwise than in the admin takes its aliases along too.

    Wagtail keeps an alias whose page is deleted as an ordinary page: it would go on showing
    the deleted page's French text under English or Dutch menus.
    """
    if not isinstance(instance, Page) or instance.alias_of_id:
        return
    orphans = list(aliases_elsewhere(instance).values_list("pk", flat=True))
    if orphans:
        transaction.on_commit(
            lambda: [page.delete() for page in Page.objects.filter(pk__in=orphans, alias_of=None)]
        )


def synchronise_languages():
    """Make every language of the site follow the source language's tree, and fill it.

    The site's languages become locales (``WAGTAIL_CONTENT_LANGUAGES``), each synchronised
    from the source language; every page of the source not yet in a language gets its alias
    there. Idempotent: what exists is kept. Returns the number of aliases created.
    """
    source = Locale.get_default()
    before = Page.objects.filter(alias_of__isnull=False).count()
    with transaction.atomic():
        index = None
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code == source.language_code:
                continue
            locale, _created = Locale.objects.get_or_create(language_code=code)
            # Written through the queryset: saving the model would start wagtail-localize's
            # own synchronisation, which builds its index of the tree again for each locale.
            if not LocaleSynchronization.objects.filter(locale=locale).update(sync_from=source):
                LocaleSynchronization.objects.bulk_create(
                    [LocaleSynchronization(locale=locale, sync_from=source)]
                )
            if index is None:
                index = PageIndex.from_database().sort_by_tree_position()
            synchronize_tree(source, locale, page_index=index)
    return Page.objects.filter(alias_of__isnull=False).count() - before
