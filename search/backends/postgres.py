from django.contrib.postgres.search import SearchQuery

from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme

from search.backends import Stem


class PostgresStemQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Stem):
            lexeme = Lexeme(query.query_string, invert=invert, prefix=query.prefix)
            return SearchQuery(lexeme, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class PostgresStemSearchBackend(PostgresSearchBackend):
    query_compiler_class = PostgresStemQueryCompiler

    def __init__(self, params):
        # The text is analysed before it reaches PostgreSQL: the "simple" configuration only
        # splits words, so stems are stored and queried as they are.
        params = {"SEARCH_CONFIG": "simple", **params}
        super().__init__(params)
