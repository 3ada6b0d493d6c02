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
