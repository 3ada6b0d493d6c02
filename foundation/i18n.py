from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, Subquery

from wagtail.models import Page
from wagtail_localize.models import Translation


def in_source_locale():
    """Records in French, the source language: the ones relations between records point to."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def source_of(page):
    """The French original of ``page``, or ``page`` itself when it has none.

    Facts synchronised into translations (dates, seats) reach them only when the translations
    are updated: what counts is read from the original.
    """
    if page.locale.language_code == settings.LANGUAGE_CODE:  # no query once its locale is read
        return page
    return (
        type(page).objects.filter(in_source_locale(), translation_key=page.translation_key).first()
        or page
    )


def in_locale_or_source(pages, locale):
    """The pages of ``locale``, completed by the French originals not translated into it yet.

    A newcomer reading in Dutch still sees every offer: a page not yet translated is shown in
    the source language rather than hidden.
    """
    return _completed_by_source(pages, locale, Page.objects.live())


def snippets_in_locale_or_source(snippets, locale):
    """The same for translatable snippets: testimonials read in Dutch are Dutch, or French."""
    return _completed_by_source(snippets, locale, snippets.model._default_manager.all())


def _completed_by_source(objects, locale, translations):
    # The source language by its code, in the same query: ``Locale.get_default()`` asks the
    # database each time, and a page lists pages of several kinds.
    if locale.language_code == settings.LANGUAGE_CODE:
        return objects.filter(locale=locale)
    translated = translations.filter(locale=locale, translation_key=OuterRef("translation_key"))
    return objects.filter(Q(locale=locale) | (in_source_locale() & ~Exists(translated)))


def children_in_locale_or_source(parent, pages):
    """``parent``'s children among ``pages``, each in ``parent``'s language when translated.

    A child not translated yet lives only under the French parent: it is found there.
    """
    condition = Q(pk__in=[])
    for translation in parent.get_translations(inclusive=True).only("path", "depth"):
        condition |= Q(path__startswith=translation.path, depth=translation.depth + 1)
    return in_locale_or_source(pages.filter(condition), parent.locale)


def stale_translations():
    """The enabled wagtail-localize translations whose source page changed since.

    A translation is out of date when its source page was published after the text to
    translate was last taken from it: the editor should update the translation.
    """
    source_published = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale=OuterRef("source__locale")
    ).values("last_published_at")[:1]
    return (
        Translation.objects.filter(enabled=True)
        .annotate(source_published_at=Subquery(source_published))
        .filter(source_published_at__gt=F("source__last_updated_at"))
    )


def stale_translation_source(page):
    """The source ``page`` was translated from, if it changed since; else ``None``."""
    translation = (
        stale_translations()
        .filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        .select_related("source")
        .first()
    )
    return translation.source if translation else None


def stale_translation_condition():
    """A ``Page`` filter for the translations that are out of date."""
    return Exists(
        stale_translations().filter(
            source__object_id=OuterRef("translation_key"), target_locale=OuterRef("locale")
        )
    )
