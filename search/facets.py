"""The facets of the search: which column each filters and counts, and how they show."""

from dataclasses import dataclass, field

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
