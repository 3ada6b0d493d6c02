"""Wagtail's database search backends, taught to match a pre-analysed stem as a prefix.

``search.analysis`` turns text and queries into stems; these backends only add one query
class, :class:`Stem`, so that every term of a query (not only the last one, as autocomplete
does) can match the start of an indexed stem. Everything else is Wagtail's own backend.
"""

from django.contrib.postgres.search import SearchQuery
from django.db import connection

from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme as PostgresLexeme
from modelsearch.backends.database.sqlite.query import BM25, SearchQueryExpression
from modelsearch.backends.database.sqlite.query import Lexeme as SQLiteLexeme
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

TITLE_WEIGHT = 3.0


class Stem(PlainText):
    """One analysed term; with ``prefix``, it matches every stem that starts with it."""

    def __init__(self, stem, prefix=True):
        super().__init__(stem)
        self.prefix = prefix

    def __repr__(self):
        return f"<Stem {self.query_string!r} prefix={self.prefix}>"


class SQLiteStemQueryCompiler(SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # FTS5 ranks the whole MATCH expression at once; combining per-term ranks as the
        # parent class does multiplies BM25 scores, which are negative, and inverts the order.
        return TitleWeightedBM25()

    def build_search_query_content(self, query, config=None):
        if isinstance(query, Stem):
            return SearchQueryExpression(SQLiteLexeme(query.query_string, prefix=query.prefix))
        return super().build_search_query_content(query, config=config)


class TitleWeightedBM25(BM25):
    """BM25 over the FTS columns (autocomplete, body, title), a word of the title weighing more."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class SQLiteStemSearchBackend(SQLiteSearchBackend):
    query_compiler_class = SQLiteStemQueryCompiler


class PostgresStemQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Stem):
            lexeme = PostgresLexeme(query.query_string, invert=invert, prefix=query.prefix)
            return SearchQuery(lexeme, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class PostgresStemSearchBackend(PostgresSearchBackend):
    query_compiler_class = PostgresStemQueryCompiler

    def __init__(self, params):
        # The text is analysed before it reaches PostgreSQL: the "simple" configuration only
        # splits words, so stems are stored and queried as they are.
        params = {"SEARCH_CONFIG": "simple", **params}
        super().__init__(params)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        return PostgresStemSearchBackend(params)
    backend = database.SearchBackend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return SQLiteStemSearchBackend(params)
    return backend
