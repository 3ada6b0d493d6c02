from django.contrib.contenttypes.models import ContentType
from django.db.models import F

from modelsearch.backends.database.sqlite.query import (
    BM25,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.query import Lexeme as SQLiteLexeme
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import And, Or

from search.backends import PlainTextMixin, Stem, raw_rows

# The FTS table's columns are (autocomplete, body, title): a word of the title weighs more.
COLUMN_WEIGHTS = (0.0, 1.0, 10.0)


class TitleWeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class SQLiteStemQueryCompiler(PlainTextMixin, SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # FTS5 ranks the whole MATCH expression at once, columns weighted. The parent class
        # multiplies per-term scores, which inverts the order of BM25's negative scores, and
        # scales the title's by its length.
        return TitleWeightedBM25()

    def search(self, config, start, stop, score_field=None):
        """Rank in the query that matches, rather than once per result as the parent class
        does with a correlated subquery: thousands of matches would run thousands of MATCHes.
        """
        query = normalize(self.query)
        if not isinstance(query, (Stem, And, Or)):
            return super().search(config, start, stop, score_field=score_field)
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        queryset = self.queryset.filter(index_entries__sqliteftsindexentry__isnull=False).filter(
            match
        )
        if self.order_by_relevance or score_field:
            queryset = queryset.annotate(**{score_field or "_score": TitleWeightedBM25()})
        if self.order_by_relevance:
            queryset = queryset.order_by(score_field or "_score", "-pk")
        elif not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]

    def build_search_query_content(self, query, config=None):
        if isinstance(query, Stem):
            return SearchQueryExpression(SQLiteLexeme(query.query_string, prefix=query.prefix))
        return super().build_search_query_content(query, config=config)


class SQLitePlainAutocompleteCompiler(PlainTextMixin, SQLiteAutocompleteQueryCompiler):
    pass


class SQLiteStemSearchBackend(SQLiteSearchBackend):
    query_compiler_class = SQLiteStemQueryCompiler
    autocomplete_query_compiler_class = SQLitePlainAutocompleteCompiler

    def scored_entries(self, model, query):
        """(object id, content type id, relevance) of every object of any model matching
        ``query``, as a queryset: the full-text index drives it. A condition on the entries'
        content type would let SQLite start from every entry of the type and run the MATCH
        once per entry, so the other models' entries are left out afterwards."""
        compiler = self.query_compiler_class(model._default_manager.none(), query)
        match = MatchExpression(
            compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(query))
        )
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .annotate(
                hit_id=F("index_entry__object_id"),
                hit_type=F("index_entry__content_type_id"),
                score=-TitleWeightedBM25(),
            )
            .values_list("hit_id", "hit_type", "score")
        )

    def hits(self, model, query, text=None, languages=None, operator=None):
        """(object id, relevance) of every ``model`` object matching ``query``, in one MATCH."""
        content_type = ContentType.objects.get_for_model(model).pk
        return [
            (object_id, score)
            for object_id, entry_type, score in raw_rows(self.scored_entries(model, query))
            if entry_type == content_type
        ]

    def hits_sql(self, model, query, text=None, languages=None, operator=None):
        """(object id, relevance) of every ``model`` object matching ``query``, as (sql,
        params), for a larger statement. The unary ``+`` keeps SQLite from reading the
        content type as an index condition: the MATCH drives the query (``scored_entries``).
        """
        sql, params = self.scored_entries(model, query).query.sql_with_params()
        content_type = ContentType.objects.get_for_model(model).pk
        return (
            f"SELECT e.hit_id, e.score FROM ({sql}) e WHERE +e.hit_type = %s",
            [*params, content_type],
        )
