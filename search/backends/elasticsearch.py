"""Wagtail's Elasticsearch 9 backend, with an analyser per language of the portal.

Elasticsearch analyses the text itself: each search document is indexed into the fields of
its own language (``title_fr``, ``body_fr``...), each with that language's analyser (Snowball
stemming, accent folding, stop words, and French elision of "l'", "d'"...). A query reads
the fields of the reader's language and of French, which untranslated pages are shown in.
Facets, sorting and paging stay in the database, on the documents Elasticsearch finds.
"""

import copy

from modelsearch.backends.elasticsearch9 import Elasticsearch9Index, Elasticsearch9SearchBackend
from modelsearch.utils import deep_update

from search import synonyms

STEMMERS = {"fr": "French", "en": "English", "nl": "Dutch"}
STOP_WORDS = {"fr": "_french_", "en": "_english_", "nl": "_dutch_"}
TITLE_BOOST = 3
SYNONYM_FILTER = "portal_synonyms"


def analyser_filters(language, synonyms=False):
    return [
        *(["french_elision"] if language == "fr" else []),
        "lowercase",
        f"{language}_stop",
        "asciifolding",
        *([SYNONYM_FILTER] if synonyms else []),
        f"{language}_stemmer",
    ]


ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "lorsqu"],
                },
                **{
                    f"{language}_stop": {"type": "stop", "stopwords": STOP_WORDS[language]}
                    for language in STEMMERS
                },
                **{
                    f"{language}_stemmer": {"type": "snowball", "language": name}
                    for language, name in STEMMERS.items()
                },
            },
            "analyzer": {
                f"portal_{language}": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": analyser_filters(language),
                }
                for language in STEMMERS
            },
        }
    }
}


def analyser(language):
    return f"portal_{language}" if language in STEMMERS else "portal_fr"


def search_analyser(language):
    return f"{analyser(language)}_search"


def synonym_analysis(groups):
    """The analysers that read a query with the park's synonym groups (search.synonyms).

    A query's words are expanded into their group's (``synonym_graph``, which keeps the
    expressions of several words whole) before stemming; the text is indexed as written.
    """
    return {
        "settings": {
            "analysis": {
                "filter": {
                    SYNONYM_FILTER: {
                        "type": "synonym_graph",
                        "synonyms": [", ".join(terms) for _pk, terms in groups],
                        # An expression the analysis leaves empty (a stop word) is skipped.
                        "lenient": True,
                    }
                },
                "analyzer": {
                    search_analyser(language): {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": analyser_filters(language, synonyms=True),
                    }
                    for language in STEMMERS
                },
            }
        }
    }


class PortalIndex(Elasticsearch9Index):
    def put(self):
        # The groups are read when an index is made: ``update_index`` makes a new one after
        # the park changes them (search.tasks.apply_synonyms).
        self.backend.settings = deep_update(
            copy.deepcopy(self.backend.settings), synonym_analysis(synonyms.groups())
        )
        super().put()


class PortalElasticsearchBackend(Elasticsearch9SearchBackend):
    index_class = PortalIndex

    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = deep_update(
            copy.deepcopy(ANALYSIS), params.get("INDEX_SETTINGS", {})
        )
        super().__init__(params)

    def hits_query(self, model, text, languages, operator="and"):
        """The query of :meth:`hits`: every word, in the fields of the reader's languages."""
        mapping = self.mapping_class(model)
        fields = []
        for field in model.get_search_fields():
            name = getattr(field, "field_name", "")
            if name.rsplit("_", 1)[-1] in languages and name.startswith(("title_", "body_")):
                boost = TITLE_BOOST if name.startswith("title_") else 1
                fields.append(f"{mapping.get_field_column_name(field)}^{boost}")
        return {
            "multi_match": {
                "query": text,
                "fields": sorted(fields),
                # The title and the text of one language count as one field: the words of
                # a query may be spread over both.
                "type": "cross_fields",
                "operator": operator,
            }
        }

    def hits(self, model, query, text, languages, operator="and", size=10_000):
        """(document id, score) of the ``size`` best documents for ``text``."""
        index = self.get_index_for_model(model)
        response = self.es.search(
            index=index.name,
            query=self.hits_query(model, text, languages, operator),
            size=size,
            source=False,
            stored_fields=["pk"],
        )
        return [(hit["fields"]["pk"][0], hit["_score"]) for hit in response["hits"]["hits"]]


SearchBackend = PortalElasticsearchBackend
