"""Keeping one search document per live page that the public search may show."""

import threading
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, get_page_models

from search.models import SearchDocument
from search.suggestions import vocabulary_changed

# (key, label, lowest included, highest excluded); rents are per month.
PRICE_BANDS = {
    "sale": [
        ("sale-0-50000", _("Under €50,000"), 0, 50_000),
        ("sale-50000-100000", _("€50,000 to €100,000"), 50_000, 100_000),
        ("sale-100000-200000", _("€100,000 to €200,000"), 100_000, 200_000),
        ("sale-200000-500000", _("€200,000 to €500,000"), 200_000, 500_000),
        ("sale-500000", _("Over €500,000"), 500_000, None),
    ],
    "rent": [
        ("rent-0-300", _("Under €300 a month"), 0, 300),
        ("rent-300-600", _("€300 to €600 a month"), 300, 600),
        ("rent-600-1000", _("€600 to €1,000 a month"), 600, 1_000),
        ("rent-1000", _("Over €1,000 a month"), 1_000, None),
    ],
}
SURFACE_BANDS = [
    ("0-50", _("Under 50 m²"), 0, 50),
    ("50-100", _("50 to 100 m²"), 50, 100),
    ("100-250", _("100 to 250 m²"), 100, 250),
    ("250-1000", _("250 to 1,000 m²"), 250, 1_000),
    ("1000-10000", _("1,000 m² to 1 hectare"), 1_000, 10_000),
    ("10000", _("Over 1 hectare"), 10_000, None),
]


def band(bands, value):
    if value is None:
        return ""
    for key, _label, low, high in bands:
        if value >= low and (high is None or value < high):
            return key
    return ""


def document_for(page, shown_in):
    """A :class:`SearchDocument` for ``page``, unsaved, or ``None`` if it must not be found."""
    page = page.specific
    if not hasattr(page, "search_document"):
        return None
    language = page.locale.language_code
    with translation.override(language):
        facets = page.search_document()
        if facets is None:
            return None
        texts = [str(text) for text in facets.pop("texts", []) if text]
    point = facets.pop("point", None) or (None, None)
    tags = facets.pop("tags", [])
    document = SearchDocument(
        page_id=page.pk,
        language=language,
        heading=page.title,
        summary=page.summary,
        text="\n".join(texts),
        latitude=point[0],
        longitude=point[1],
        published_at=page.first_published_at,
        **{f"shown_{code}": code in shown_in for code, _name in settings.LANGUAGES},
        **facets,
    )
    document.price_band = band(PRICE_BANDS.get(document.transaction, []), document.price)
    document.surface_band = band(SURFACE_BANDS, document.surface)
    document.page_tags = tags
    return document


def visible_pages(pages):
    return pages.live().public()


# Set while a bulk load publishes pages that its caller indexes all at once afterwards.
_bulk = threading.local()


@contextmanager
def rebuilt_afterwards():
    """Within, publishing writes no search document: the caller runs ``rebuild`` after.

    Loading the demo publishes each page, and each of its translations, once or more; every
    publication would rewrite the documents of its whole group.
    """
    outer = getattr(_bulk, "active", False)
    _bulk.active = True
    try:
        yield
    finally:
        _bulk.active = outer


def reindex_translations(page):
    """Rewrite the documents of ``page`` and of all its translations.

    Which page stands for the group in each language depends on which translations are live:
    publishing, unpublishing or deleting one of them changes its siblings' documents too.
    """
    if getattr(_bulk, "active", False):
        return
    # An alias in a synchronised tree only stands for its French page, whose document is shown
    # in that language; the results link to the alias (``search.hits.in_reader_language``).
    group = Page.objects.filter(
        translation_key=page.translation_key, alias_of__isnull=True
    ).select_related("locale")
    live = {p.pk: p for p in visible_pages(group)}
    default_language = Locale.get_default().language_code
    live_languages = {p.locale.language_code for p in live.values()}
    documents = []
    for member in live.values():
        language = member.locale.language_code
        shown_in = {language}
        if language == default_language:
            shown_in |= {code for code, _name in settings.LANGUAGES} - live_languages
        document = document_for(member, shown_in)
        if document is not None:
            documents.append(document)
        elif language == default_language:
            # The original is out of the search (an offer taken): so are its translations.
            documents = []
            break
    with transaction.atomic():
        # Saving and deleting documents updates the search index through Wagtail's signals.
        SearchDocument.objects.filter(page__translation_key=page.translation_key).exclude(
            pk__in=[document.pk for document in documents]
        ).delete()
        for document in documents:
            document.save()
            document.tags.set(document.page_tags)
    vocabulary_changed()


def refresh_dated():
    """Rewrite the documents of the pages whose place in the search changes with the date.

    Run every night: an event over leaves the search, a campaign that starts joins it.
    Returns how many translation groups were asked again.
    """
    models = [
        model for model in get_page_models() if getattr(model, "search_changes_with_time", False)
    ]
    if not models:
        return 0
    pages = Page.objects.type(*models)
    keys = {
        *pages.live().values_list("translation_key", flat=True),
        *SearchDocument.objects.filter(page__in=pages).values_list(
            "page__translation_key", flat=True
        ),
    }
    for key in sorted(keys):
        reindex_translations(Page(translation_key=key))
    return len(keys)


def rebuild():
    """Rewrite every document from the pages; returns how many there are."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        keys = visible_pages(Page.objects.all()).values_list("translation_key", flat=True)
        for key in sorted(set(keys)):
            reindex_translations(Page(translation_key=key))
    return SearchDocument.objects.count()
