from modelsearch.backends.database.sqlite.query import BM25, SearchQueryExpression
from modelsearch.backends.database.sqlite.query import Lexeme as SQLiteLexeme
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

from search.backends import Stem

# The FTS table's columns are (autocomplete, body, title): a word of the title weighs more.
COLUMN_WEIGHTS = (0.0, 1.0, 10.0)


class TitleWeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class SQLiteStemQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # FTS5 ranks the whole MATCH expression at once, columns weighted. The parent class
        # multiplies per-term scores, which inverts the order of BM25's negative scores, and
        # scales the title's by its length.
        return TitleWeightedBM25()

    def build_search_query_content(self, query, config=None):
        if isinstance(query, Stem):
            return SearchQueryExpression(SQLiteLexeme(query.query_string, prefix=query.prefix))
        return super().build_search_query_content(query, config=config)


class SQLiteStemSearchBackend(SQLiteSearchBackend):
    query_compiler_class = SQLiteStemQueryCompiler
