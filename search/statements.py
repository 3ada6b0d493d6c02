"""The statements of a search: one counts its results and each facet and reads its page.

The documents a search is about (shown in the reader's language, of its kinds, matching its
words with their relevance) are worked out once, as a materialised common table expression
``d``, and those every facet keeps as ``k``. The facets, the number of results and the ids
of the page are then read from them by the database, however many documents match: a
search for a word that 60,000 listings contain sends 20 ids and a few hundred counts back,
not 60,000 rows. A page past the last, and the page of a search whose counts are kept, are
read by a statement of their own.

Names, columns and tables come from this module and the models, never from a request; the
values a visitor asked for are parameters.
"""

from dataclasses import dataclass, field

from django.db import connection

from taggit.models import Tag

from search.facets import FACET_COLUMNS
from search.models import SearchDocument

# The columns of a document that its facets filter and count, and its sorts order.
COLUMNS = (
    "page_id", *(column for column in FACET_COLUMNS.values() if column), "price", "surface",
    "published_at",
)  # fmt: skip

# Each sort, on the rows of a table named ``t``; among equals, the newest page first.
ORDER_BY = {
    "relevance": "{t}.score DESC, {t}.page_id DESC",
    "newest": "{t}.published_at DESC NULLS LAST, {t}.page_id DESC",
    "price": "{t}.price ASC NULLS LAST, {t}.page_id DESC",
    "-price": "{t}.price DESC NULLS LAST, {t}.page_id DESC",
    "surface": "{t}.surface ASC NULLS LAST, {t}.page_id DESC",
    "-surface": "{t}.surface DESC NULLS LAST, {t}.page_id DESC",
}


def quote(name):
    return connection.ops.quote_name(name)


def placeholders(values):
    return ", ".join(["%s"] * len(values))


def tagged_with(slugs):
    """The condition on ``d`` of the documents tagged with any of ``slugs``."""
    through = quote(SearchDocument.tags.through._meta.db_table)
    tags = quote(Tag._meta.db_table)
    return (
        f"d.page_id IN (SELECT x.searchdocument_id FROM {through} x"
        f" JOIN {tags} t ON t.id = x.tag_id WHERE t.slug IN ({placeholders(slugs)}))",
        list(slugs),
    )


def conditions(wanted, low=None, high=None):
    """Each facet's condition on ``d`` as (sql, params), by facet; the price limits under
    their own names, since they narrow every facet."""
    found = {}
    for name, values in wanted.items():
        values = sorted(values, key=str)
        if name == "tag":
            found[name] = tagged_with(values)
        else:
            found[name] = (f"d.{quote(FACET_COLUMNS[name])} IN ({placeholders(values)})", values)
    if low is not None:
        found["price_min"] = ("d.price >= %s", [low])
    if high is not None:
        found["price_max"] = ("d.price <= %s", [high])
    return found


def where(parts):
    """A WHERE clause joining ``parts`` (sql, params) with AND, and its parameters."""
    if not parts:
        return "", []
    return " WHERE " + " AND ".join(sql for sql, _params in parts), [
        param for _sql, params in parts for param in params
    ]


@dataclass
class Statements:
    """The statements of one search over ``documents`` (a queryset), matched by ``hits``
    (sql, params) of (object id, relevance) rows if words were typed, and narrowed by
    ``filters`` (from ``conditions``).

    ``d`` holds the documents before any facet, ``k`` those every facet keeps: the results.
    A facet with a value ticked counts ``d`` without its own condition; the others all
    count ``k``.
    """

    documents: object
    hits: tuple | None = None
    filters: dict = field(default_factory=dict)

    def common(self):
        """The ``WITH`` clause that defines ``d`` and ``k``, and its parameters."""
        documents = self.documents.values(*COLUMNS).order_by()
        sql, params = documents.query.sql_with_params()
        if self.hits is None:
            # Without words, ``d`` is read where it is needed, with the conditions there.
            common = f"WITH d AS NOT MATERIALIZED (SELECT b.*, 0 AS score FROM ({sql}) b)"
            params = list(params)
        else:
            hits_sql, hits_params = self.hits
            # The matches first, once: joined as they are, the database may read every
            # document and run the full-text match for each.
            common = (
                f"WITH h (object_id, score) AS MATERIALIZED ({hits_sql}),"
                f" d AS MATERIALIZED (SELECT b.*, h.score FROM ({sql}) b"
                " JOIN h ON b.page_id = CAST(h.object_id AS INTEGER))"
            )
            params = [*hits_params, *params]
        if not self.filters:
            return f"{common}, k AS NOT MATERIALIZED (SELECT * FROM d) ", params
        clause, clause_params = where(list(self.filters.values()))
        return f"{common}, k AS MATERIALIZED (SELECT * FROM d{clause}) ", params + clause_params

    def page_part(self, sort, offset, limit):
        """The part of a statement that reads the ids of a page of results, with their
        positions: ``limit`` from ``offset``, in ``sort``'s order."""
        order = ORDER_BY[sort]
        return (
            f"SELECT 'page', CAST(p.page_id AS TEXT), '',"
            f" ROW_NUMBER() OVER (ORDER BY {order.format(t='p')})"
            f" FROM (SELECT * FROM k ORDER BY {order.format(t='k')} LIMIT %s OFFSET %s) p",
            [limit, offset],
        )

    def counts(self, names, page=None):
        """The number of results, and the disjunctive counts of the facets ``names``, and,
        given (sort, offset, limit), the ids of that page of results.

        Each facet counts the documents every other facet keeps, by value: the values of one
        facet widen the results, different facets narrow them. Returns (count, counts by
        facet, the names of the tags counted by slug, the ids of the page).
        """
        common, params = self.common()
        parts = ["SELECT '', '', '', COUNT(*) FROM k"]
        for name in names:
            if name in self.filters:
                table = "d"
                clause, clause_params = where(
                    [condition for key, condition in self.filters.items() if key != name]
                )
            else:
                table, clause, clause_params = "k", "", []
            if name == "tag":
                through = quote(SearchDocument.tags.through._meta.db_table)
                tags = quote(Tag._meta.db_table)
                parts.append(
                    f"SELECT 'tag', t.slug, MIN(t.name), COUNT(*) FROM {table} d"
                    f" JOIN {through} x ON x.searchdocument_id = d.page_id"
                    f" JOIN {tags} t ON t.id = x.tag_id{clause} GROUP BY t.slug"
                )
            else:
                column = f"d.{quote(FACET_COLUMNS[name])}"
                parts.append(
                    f"SELECT '{name}', CAST({column} AS TEXT), '', COUNT(*) FROM {table} d"
                    f"{clause} GROUP BY {column}"
                )
            params += clause_params
        if page:
            sql, page_params = self.page_part(*page)
            parts.append(sql)
            params += page_params
        total, counts, tag_names, ids = 0, {name: {} for name in names}, {}, []
        with connection.cursor() as cursor:
            cursor.execute(common + " UNION ALL ".join(parts), params)
            for name, key, label, count in cursor.fetchall():
                if not name:
                    total = count
                elif name == "page":
                    ids.append((count, int(key)))
                else:
                    counts[name][key] = count
                    if name == "tag":
                        tag_names[key] = label
        return total, counts, tag_names, [page_id for _position, page_id in sorted(ids)]

    def page(self, sort, offset, limit):
        """The ids of the results from ``offset`` to ``offset + limit``, in ``sort``'s order."""
        common, params = self.common()
        sql, page_params = self.page_part(sort, offset, limit)
        with connection.cursor() as cursor:
            cursor.execute(common + sql, params + page_params)
            return [
                int(key)
                for _name, key, _label, _position in sorted(
                    cursor.fetchall(), key=lambda row: row[3]
                )
            ]


class Results:
    """The ids of a search's results, as a paginator reads them: counted beforehand, and read
    a page at a time; the page read with the counts, ``first``, is not read again."""

    def __init__(self, statements, sort, count, first=None):
        self.statements = statements
        self.sort = sort
        self._count = count
        self.first = first  # (offset, ids)

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("The results are read a page at a time.")
        start = key.start or 0
        stop = self._count if key.stop is None else min(key.stop, self._count)
        if stop <= start:
            return []
        if self.first and self.first[0] == start and len(self.first[1]) >= stop - start:
            return self.first[1][: stop - start]
        return self.statements.page(self.sort, start, stop - start)
