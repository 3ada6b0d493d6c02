from django.db.models import Exists, OuterRef, Q

from wagtail.models import Locale, Page


def in_locale_or_source(pages, locale):
    """The pages of ``locale``, completed by the French originals not translated into it yet.

    A newcomer reading in Dutch still sees every offer: a page not yet translated is shown in
    the source language rather than hidden.
    """
    default = Locale.get_default()
    if locale.pk == default.pk:
        return pages.filter(locale=locale)
    translated = Page.objects.live().filter(
        locale=locale, translation_key=OuterRef("translation_key")
    )
    return pages.filter(Q(locale=locale) | (Q(locale=default) & ~Exists(translated)))


def children_in_locale_or_source(parent, pages):
    """``parent``'s children among ``pages``, each in ``parent``'s language when translated.

    A child not translated yet lives only under the French parent: it is found there.
    """
    condition = Q(pk__in=[])
    for translation in parent.get_translations(inclusive=True).only("path", "depth"):
        condition |= Q(path__startswith=translation.path, depth=translation.depth + 1)
    return in_locale_or_source(pages.filter(condition), parent.locale)
