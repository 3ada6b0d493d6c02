"""What the words of a query find, and how the matches rank: one query to the search backend."""

from django.db.models import Prefetch

from modelsearch.query import And, Or
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from foundation.cards import CARD_RENDITIONS
from search.analysis import MIN_PREFIX_LENGTH, query_terms
from search.backends import Stem, id_set, scored_rows
from search.models import SearchDocument
from search.synonyms import query_tokens


def term_options(text, languages):
    """Each term of ``text`` as the stems it may match: its own in each language, as a
    prefix, and the token of each synonym group it belongs to, whole (search.synonyms)."""
    return [
        [Stem(stem, prefix=len(stem) >= MIN_PREFIX_LENGTH) for stem in prefixes(stems)]
        + [Stem(token, prefix=False) for token in sorted(tokens)]
        for stems, tokens in zip(
            query_terms(text, languages), query_tokens(text, languages), strict=True
        )
    ]


def prefixes(stems):
    """The stems that are not already matched as the prefix of a shorter one, in order.

    Dutch "bakker" is French "bakk": asking for both would match one word twice, and rank a
    page that names it once above a page about it.
    """
    prefixed = [stem for stem in stems if len(stem) >= MIN_PREFIX_LENGTH]
    return [
        stem
        for stem in sorted(stems)
        if not any(stem != other and stem.startswith(other) for other in prefixed)
    ]


def build_query(text, languages):
    """The backend query for ``text``: every term must match, in any of its stems."""
    terms = term_options(text, languages)
    if not terms:
        return None
    clauses = [options[0] if len(options) == 1 else Or(options) for options in terms]
    return clauses[0] if len(clauses) == 1 else And(clauses)


def any_term_query(text, languages):
    """The same terms, any of which may match: the nearest results when none match them all."""
    terms = term_options(text, languages)
    if len(terms) < 2:
        return None
    return Or([option for options in terms for option in options])


class Hits:
    """What the search backend finds for a query: document ids and their relevance.

    The database backends of ``search.backends`` rank every match in one query; any other
    backend (Elasticsearch) answers with its ``MAX_HITS`` best.
    """

    MAX_HITS = 10_000

    def __init__(self, query, text, languages, operator="and"):
        self.query = query
        self.text = text
        self.languages = languages
        self.operator = operator
        self.backend = get_search_backend()
        self._scores = None

    def scores(self):
        if self._scores is None:
            if hasattr(self.backend, "hits"):
                hits = self.backend.hits(
                    SearchDocument, self.query, self.text, self.languages, self.operator
                )
                self._scores = {int(object_id): score for object_id, score in hits}
            else:
                results = self.backend.search(self.query, SearchDocument.objects.all())
                self._scores = {
                    document.pk: document._score
                    for document in results.annotate_score("_score")[: self.MAX_HITS]
                }
        return self._scores

    def ids(self):
        return id_set(self.scores())

    def sql(self):
        """(sql, params) of the matches as (object id, relevance) rows: the database
        backends' own query, or the hits another backend found, as values."""
        if hasattr(self.backend, "hits_sql"):
            return self.backend.hits_sql(
                SearchDocument, self.query, self.text, self.languages, self.operator
            )
        return scored_rows(self.scores())


def best_documents(documents, hits, limit):
    """The ``limit`` documents among ``documents`` that ``hits`` ranks highest, for cards."""
    scores = hits.scores()
    ids = documents.filter(page__in=hits.ids()).values_list("pk", flat=True)
    ranked = documents_in_order(sorted(ids, key=lambda pk: (-scores[pk], -pk))[:limit])
    return in_reader_language(ranked, hits.languages[0])


def in_reader_language(documents, language):
    """``documents``, each linking to its page in ``language`` where that page exists.

    A page not translated into the reader's language is found through its French document;
    in a synchronised tree, its alias serves it under the reader's language, inside that
    language's menus and forms: the result links there. One query, whatever the page holds.
    """
    keys = {
        document.page.translation_key for document in documents if document.language != language
    }
    if keys:
        pages = Page.objects.filter(
            translation_key__in=keys, locale__language_code=language
        ).live()
        aliases = {page.translation_key: page for page in pages}
        for document in documents:
            if document.language != language:
                document.reader_page = aliases.get(document.page.translation_key, document.page)
    return documents


def documents_in_order(ids):
    """The documents of ``ids``, ready for cards, in the order of ``ids``."""
    documents = {
        document.pk: document for document in for_cards(SearchDocument.objects.filter(pk__in=ids))
    }
    return [documents[pk] for pk in ids if pk in documents]


def for_cards(documents):
    """Everything a result card shows, in a fixed number of queries whatever the page holds.

    The photos come with the renditions of their cards; those not made yet are made together
    when the first card asks for them.
    """
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    return documents.select_related("page", "community", "commune").prefetch_related(
        Prefetch("image", queryset=images)
    )
