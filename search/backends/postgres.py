from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Q

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import And

from search.backends import PlainTextMixin, Stem, raw_rows

# A word of the title weighs as much as this many words of the text.
TITLE_WEIGHT = 4


class PostgresStemQueryCompiler(PlainTextMixin, PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Stem):
            lexeme = Lexeme(query.query_string, invert=invert, prefix=query.prefix)
            return SearchQuery(lexeme, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class PostgresPlainAutocompleteCompiler(PlainTextMixin, PostgresAutocompleteQueryCompiler):
    pass


class PostgresStemSearchBackend(PostgresSearchBackend):
    query_compiler_class = PostgresStemQueryCompiler
    autocomplete_query_compiler_class = PostgresPlainAutocompleteCompiler

    def _matching_entries(self, query, model):
        """The index entries of ``model`` that match ``query``, and the query as a tsquery.

        Each word may be in the title or in the text, as SQLite's full-text table reads
        them: the words that must all match are tested one by one against each column, so
        that every test can use that column's index.
        """
        compiler = self.query_compiler_class(model._default_manager.none(), query)
        content_type = ContentType.objects.get_for_model(model)
        entries = IndexEntry.objects.filter(content_type_id=content_type.pk)
        for part in query.subqueries if isinstance(query, And) else [query]:
            words = compiler.build_tsquery(part, config=self.config)
            entries = entries.filter(Q(title=words) | Q(body=words))
        return entries, compiler.build_tsquery(query, config=self.config)

    def scored_entries(self, model, query):
        """(object id, relevance) of every ``model`` object matching ``query``, as a queryset."""
        entries, tsquery = self._matching_entries(query, model)
        score = SearchRank(F("title"), tsquery) * TITLE_WEIGHT + SearchRank(F("body"), tsquery)
        return entries.annotate(score=score).values_list("object_id", "score")

    def hits(self, model, query, text=None, languages=None, operator=None):
        """(object id, relevance) of every ``model`` object matching ``query``, in one query."""
        return raw_rows(self.scored_entries(model, query))

    def hits_sql(self, model, query, text=None, languages=None, operator=None):
        """The same rows as (sql, params), for a larger statement."""
        return self.scored_entries(model, query).query.sql_with_params()

    def __init__(self, params):
        # The text is analysed before it reaches PostgreSQL: the "simple" configuration only
        # splits words, so stems are stored and queried as they are.
        params = {"SEARCH_CONFIG": "simple", **params}
        super().__init__(params)
