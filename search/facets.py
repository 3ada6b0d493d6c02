"""The facets and sorts of the search: which column each filters and counts, how rows sort."""

from collections import namedtuple
from dataclasses import dataclass, field

from django.db.models import F

from search.models import LISTING_KINDS, DocumentKind


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool


# A facet with more values than this shows its most frequent ones, and the rest on demand.
FACET_VALUES_SHOWN = 10


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)

    @property
    def selected(self):
        return [value for value in self.values if value.selected]

    def _shown_keys(self):
        """The keys of the values shown at once: the most frequent ones, and the ticked."""
        if len(self.values) <= FACET_VALUES_SHOWN + 2:  # folding two values helps nobody
            return {value.key for value in self.values}
        ranked = sorted(self.values, key=lambda value: (-value.count, value.label))
        return {value.key for value in ranked[:FACET_VALUES_SHOWN]} | {
            value.key for value in self.selected
        }

    @property
    def shown(self):
        """The values shown at once, in the facet's order."""
        keys = self._shown_keys()
        return [value for value in self.values if value.key in keys]

    @property
    def more(self):
        """The other values, behind a "more" control."""
        keys = self._shown_keys()
        return [value for value in self.values if value.key not in keys]


# What the facets and the sorts need of every document that matches the words.
Row = namedtuple(
    "Row",
    "page_id kind category community_id commune_id transaction price price_band surface "
    "surface_band availability energy_class published_at",
)

ROW_FIELDS = Row._fields

# URL parameter → the document's column its values are filtered and counted by. Areas and
# communes are named by SIREN and INSEE codes in URLs, by their ids in the column; tags live
# in their own table.
FACET_COLUMNS = {
    "type": "kind",
    "category": "category",
    "area": "community_id",
    "commune": "commune_id",
    "transaction": "transaction",
    "price": "price_band",
    "surface": "surface_band",
    "availability": "availability",
    "energy": "energy_class",
    "tag": None,
}

# The kinds of documents that carry each facet; the others carry every kind.
FACET_KINDS = {
    "category": {DocumentKind.SERVICE},
    **{
        name: set(LISTING_KINDS)
        for name in ("transaction", "price", "surface", "availability", "energy", "tag")
    },
}


def in_price_range(row, low, high):
    if row.price is None:
        return False
    return (low is None or row.price >= low) and (high is None or row.price <= high)


def _last_if_none(value, descending=False):
    if value is None:
        return (1, 0)
    return (0, -value if descending else value)


def _newest_first(match):
    """Dated rows first, the latest first, then by page, descending: sort with ``reverse``.

    The date is compared as the database gives it (a datetime, or ISO text on SQLite)."""
    published = match[0].published_at
    return (published is not None, published or "", match[0].page_id)


# The same orders as ORDERINGS, for rows sorted here: (row, score) pairs.
SORT_KEYS = {
    "relevance": lambda match: (-match[1], -match[0].page_id),
    "newest": _newest_first,
    "price": lambda match: (_last_if_none(match[0].price), -match[0].page_id),
    "-price": lambda match: (_last_if_none(match[0].price, descending=True), -match[0].page_id),
    "surface": lambda match: (_last_if_none(match[0].surface), -match[0].page_id),
    "-surface": lambda match: (
        _last_if_none(match[0].surface, descending=True),
        -match[0].page_id,
    ),
}

# The sorts whose key orders rows last to first.
REVERSED_SORTS = {"newest"}

# The columns the facets counted together read (see shared_counts).
SHARED_COLUMNS = ["page_id", *(column for column in FACET_COLUMNS.values() if column)]

ORDERINGS = {
    "newest": [F("published_at").desc(nulls_last=True), "-pk"],
    "price": [F("price").asc(nulls_last=True), "-pk"],
    "-price": [F("price").desc(nulls_last=True), "-pk"],
    "surface": [F("surface").asc(nulls_last=True), "-pk"],
    "-surface": [F("surface").desc(nulls_last=True), "-pk"],
}
