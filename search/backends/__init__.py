"""Wagtail's database search backends, taught to match a pre-analysed stem as a prefix.

``search.analysis`` turns text and queries into stems; these backends only add one query
class, :class:`Stem`, so that every term of a query (not only the last one, as autocomplete
does) can match the start of an indexed stem. Everything else is Wagtail's own backend.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from modelsearch.backends import database
from modelsearch.query import MATCH_ALL, PlainText


class Stem(PlainText):
    """One analysed term; with ``prefix``, it matches every stem that starts with it."""

    def __init__(self, stem, prefix=True):
        super().__init__(stem)
        self.prefix = prefix

    def __repr__(self):
        return f"<Stem {self.query_string!r} prefix={self.prefix}>"


# The words of a plain-text query kept: nobody types more.
MAX_PLAIN_WORDS = 32


class PlainTextMixin:
    """A plain-text query (the admin's searches, the API's) as the database can read it.

    On SQLite, modelsearch writes each word between double quotes without doubling a quote
    inside it, which FTS5 reads as the end of the string; on both databases, hundreds of
    words make an expression deeper than the database allows. Quotes become spaces; the
    first words are kept; a query left with no word matches all, as an empty search does.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if type(self.query) is PlainText:  # not a Stem: the portal's own, analysed
            words = self.query.query_string.replace('"', " ").split()[:MAX_PLAIN_WORDS]
            self.query = (
                PlainText(" ".join(words), operator=self.query.operator, boost=self.query.boost)
                if words
                else MATCH_ALL
            )


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    # Each database's backend is imported only on that database: SQLite's full-text table
    # does not exist on PostgreSQL.
    if connection.vendor == "postgresql":
        from search.backends.postgres import PostgresStemSearchBackend

        return PostgresStemSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and backend.__class__.__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import SQLiteStemSearchBackend

        return SQLiteStemSearchBackend(params)
    return backend


def id_set(ids):
    """``ids`` as one query parameter, for ``__in``: a list of 50,000 ids binds as one value.

    The value is text the database reads as a list: psycopg would quote a Python list of
    that size item by item, which took longer than the query.
    """
    text = ",".join(str(int(pk)) for pk in ids)
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [f"{{{text}}}"])
    return RawSQL("SELECT value FROM json_each(%s)", [f"[{text}]"])


def scored_rows(scores):
    """``scores`` (object id → relevance) as (sql, params) of (object id, relevance) rows,
    the rows of ``hits_sql``, for a backend that found them elsewhere.

    The ids and scores are bound as two values, whatever their number (``id_set``).
    """
    ids = list(scores)
    if connection.vendor == "postgresql":
        id_text = ",".join(str(int(pk)) for pk in ids)
        score_text = ",".join(repr(float(scores[pk])) for pk in ids)
        return (
            "SELECT h.object_id, h.score"
            " FROM unnest(%s::bigint[], %s::float8[]) AS h (object_id, score)",
            [f"{{{id_text}}}", f"{{{score_text}}}"],
        )
    pairs = ",".join(f'"{int(pk)}":{float(scores[pk])!r}' for pk in ids)
    return "SELECT CAST(key AS INTEGER), value FROM json_each(%s)", [f"{{{pairs}}}"]


def raw_rows(queryset):
    """The rows of ``queryset`` as the database gives them, without Django's conversions.

    For the thousands of rows a search reads: numbers, text and dates that only sort need no
    conversion, and converting them each cost more than the query.
    """
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
