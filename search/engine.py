"""Full text and facets over the search documents of one language.

Facets combine: the values of one facet widen the results (OR), different facets narrow
them (AND), and each value counts the results it would give with every other facet applied.
The full-text part goes through Wagtail's search backend; filtering, counting and sorting
happen on the queryset the database backends return, so each facet costs one query however
many results there are.
"""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Prefetch, Q
from django.utils.translation import gettext as _

from modelsearch.query import And, Or
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.search.backends import get_search_backend

from search.analysis import MIN_PREFIX_LENGTH, query_terms
from search.backends import Stem
from search.documents import PRICE_BANDS, SURFACE_BANDS
from search.forms import SORTS, SearchForm
from search.models import LISTING_KINDS, DocumentKind, SearchDocument
from search.suggestions import corrected
from territory.models import Commune, CommunityOfCommunes, ServiceCategory


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)

    @property
    def selected(self):
        return [value for value in self.values if value.selected]


# URL parameter → the field its values are counted by.
FACET_FIELDS = {
    "type": "kind",
    "category": "category",
    "area": "community__siren",
    "commune": "commune__insee_code",
    "transaction": "transaction",
    "price": "price_band",
    "surface": "surface_band",
    "availability": "availability",
    "energy": "energy_class",
    "tag": "tags__slug",
}

# The kinds of documents that carry each facet; the others carry every kind.
FACET_KINDS = {
    "category": {DocumentKind.SERVICE},
    **{
        name: set(LISTING_KINDS)
        for name in ("transaction", "price", "surface", "availability", "energy", "tag")
    },
}

CARD_RENDITION = "fill-480x320|format-webp"

ORDERINGS = {
    "newest": [F("published_at").desc(nulls_last=True), "-pk"],
    "price": [F("price").asc(nulls_last=True), "-pk"],
    "-price": [F("price").desc(nulls_last=True), "-pk"],
    "surface": [F("surface").asc(nulls_last=True), "-pk"],
    "-surface": [F("surface").desc(nulls_last=True), "-pk"],
}


def build_query(text, languages):
    """The backend query for ``text``: every term must match, in any of its stems."""
    terms = query_terms(text, languages)
    if not terms:
        return None
    clauses = []
    for stems in terms:
        options = [Stem(stem, prefix=len(stem) >= MIN_PREFIX_LENGTH) for stem in sorted(stems)]
        clauses.append(options[0] if len(options) == 1 else Or(options))
    return clauses[0] if len(clauses) == 1 else And(clauses)


def any_term_query(text, languages):
    """The same terms, any of which may match: the nearest results when none match them all."""
    terms = query_terms(text, languages)
    if len(terms) < 2:
        return None
    return Or(
        [Stem(stem, prefix=len(stem) >= MIN_PREFIX_LENGTH) for stems in terms for stem in stems]
    )


def for_cards(documents):
    """Everything a result card shows, in a fixed number of queries whatever the page holds."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return documents.select_related("page", "community", "commune").prefetch_related(
        Prefetch("image", queryset=images)
    )


class Search:
    page_size = 20

    def __init__(self, data, *, language, source_language="fr", kinds=None, page_size=None):
        self.language = language
        self.languages = self.languages_for(language, source_language)
        self.kinds = kinds
        if page_size:
            self.page_size = page_size
        communities = (
            CommunityOfCommunes.objects.filter(communes__isnull=False)
            .distinct()
            .order_by("name")
            .values_list("siren", "name", "pk")
        )
        self.communities = {siren: name for siren, name, _pk in communities}
        self.community_ids = {siren: pk for siren, _name, pk in communities}
        communes = (
            Commune.objects.filter(community__isnull=False)
            .order_by("name")
            .values_list("insee_code", "name", "pk")
        )
        self.communes = {code: name for code, name, _pk in communes}
        self.commune_ids = {code: pk for code, _name, pk in communes}
        requested_tags = data.getlist("tag") if hasattr(data, "getlist") else []
        self.tag_names = dict(
            Tag.objects.filter(slug__in=requested_tags[:20]).values_list("slug", "name")
        )
        self.form = SearchForm(
            data,
            communities=list(self.communities.items()),
            communes=list(self.communes.items()),
            tags=list(self.tag_names.items()),
        )
        self.form.is_valid()
        self.applied = self.form.applied
        self.text = self.applied.get("q", "")
        self.query = build_query(self.text, self.languages) if self.text else None

    @staticmethod
    def languages_for(language, source_language="fr"):
        """The reader's language, and French, which untranslated pages are shown in."""
        return [language] if language == source_language else [language, source_language]

    @staticmethod
    def backend_queryset(documents, query, order_by_relevance=True):
        """``documents`` matching ``query`` through the search backend, still a queryset."""
        results = get_search_backend().search(
            query, documents, order_by_relevance=order_by_relevance
        )
        return results.get_queryset()

    # The documents before any facet: this language, these kinds.
    def base(self):
        documents = SearchDocument.objects.filter(**{f"shown_{self.language}": True})
        if self.kinds:
            documents = documents.filter(kind__in=self.kinds)
        return documents

    def facet_filters(self):
        """Each facet's condition, on the document's own fields as the backends require."""
        filters = {}
        for name, lookup in FACET_FIELDS.items():
            values = self.applied.get(name)
            if not values:
                continue
            if name == "area":
                filters[name] = Q(community__in=[self.community_ids[key] for key in values])
            elif name == "commune":
                filters[name] = Q(commune__in=[self.commune_ids[key] for key in values])
            elif name == "tag":
                tagged = SearchDocument.tags.through.objects.filter(tag__slug__in=values)
                filters[name] = Q(page__in=tagged.values("searchdocument_id"))
            else:
                filters[name] = Q(**{f"{lookup}__in": values})
        low, high = self.applied.get("price_min"), self.applied.get("price_max")
        if low is not None:
            filters["price_min"] = Q(price__gte=low)
        if high is not None:
            filters["price_max"] = Q(price__lte=high)
        return filters

    def matching(self, documents, query=None, order_by_relevance=True):
        """``documents`` that match the text, as a queryset that may still be filtered."""
        query = query or self.query
        if query is None:
            return documents
        return self.backend_queryset(documents, query, order_by_relevance)

    def filtered(self, filters, exclude=None):
        conditions = [condition for name, condition in filters.items() if name != exclude]
        return self.base().filter(*conditions)

    def sort(self):
        sort = self.applied.get("sort") or ("relevance" if self.query else "newest")
        if sort == "relevance" and not self.query:
            sort = "newest"
        return sort

    def run(self, page_number=None):
        filters = self.facet_filters()
        sort = self.sort()
        results = self.matching(self.filtered(filters), order_by_relevance=sort == "relevance")
        if sort != "relevance":
            results = results.order_by(*ORDERINGS[sort])
        results = for_cards(results)
        paginator = Paginator(results, self.page_size)
        notices = list(self.form.notices)
        try:
            page = paginator.page(page_number or 1)
        except PageNotAnInteger:
            notices.append(_("The page number was not understood: here is the first page."))
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
            if paginator.count:
                notices.append(
                    _("There is no page %(number)s: here is the last one.")
                    % {"number": str(page_number)[:10]}
                )
        facets = self.facets(filters)
        nearest, suggestion = [], None
        if not paginator.count and self.text:
            suggestion = self.suggestion()
            nearest = self.nearest()
        return SearchOutcome(
            form=self.form,
            text=self.text,
            page=page,
            count=paginator.count,
            documents=list(page.object_list),
            facets=facets,
            notices=notices,
            sort=sort,
            sorts=self.sorts(),
            nearest=nearest,
            suggestion=suggestion,
        )

    def sorts(self):
        return [(key, label) for key, label in SORTS.items() if self.query or key != "relevance"]

    def suggestion(self):
        """A spelling of the query that finds something, for "did you mean"."""
        text = corrected(self.text, self.language)
        if not text:
            return None
        query = build_query(text, self.languages)
        if query is None or not self.matching(self.base(), query=query).exists():
            return None
        return text

    def nearest(self):
        query = any_term_query(self.text, self.languages)
        if query is None:
            return []
        documents = self.matching(self.base(), query=query)
        return list(for_cards(documents)[:6])

    def facets(self, filters):
        selected = {name: set(self.applied.get(name) or []) for name in FACET_FIELDS}
        counts = {}
        for name, lookup in FACET_FIELDS.items():
            if not self.facet_applies(name):
                continue
            # Counting needs no score: asking for none spares the backend ranking every match.
            documents = self.matching(
                self.filtered(filters, exclude=name), order_by_relevance=False
            )
            if name == "tag":
                rows = (
                    SearchDocument.tags.through.objects.filter(
                        searchdocument__in=documents.values("pk")
                    )
                    .values_list("tag__slug")
                    .annotate(count=Count("searchdocument"))
                    .order_by()
                )
            else:
                rows = documents.values_list(lookup).annotate(count=Count("pk")).order_by()
            counts[name] = {key: count for key, count in rows if key not in (None, "")}
        if counts.get("tag"):
            self.tag_names.update(
                Tag.objects.filter(slug__in=list(counts["tag"])).values_list("slug", "name")
            )
        labels = self.labels()
        facets = []
        for name, label in self.facet_labels().items():
            if name not in counts:
                continue
            keys = list(labels[name]) if name in labels else sorted(counts[name])
            keys += [key for key in counts[name] if key not in keys]
            values = [
                FacetValue(
                    key=key,
                    label=str(labels.get(name, {}).get(key) or self.tag_names.get(key, key)),
                    count=counts[name].get(key, 0),
                    selected=key in selected[name],
                )
                for key in keys
                if counts[name].get(key) or key in selected[name]
            ]
            if name == "tag":
                values.sort(key=lambda value: (-value.count, value.label))
            if values:
                facets.append(Facet(name=name, label=label, values=values))
        return facets

    def facet_applies(self, name):
        """Whether a facet can tell apart the kinds of documents this search is about."""
        kinds = set(self.kinds or DocumentKind.values)
        if name == "type":
            return len(kinds) > 1
        return bool(kinds & FACET_KINDS.get(name, kinds))

    def facet_labels(self):
        return {name: self.form.fields[name].label for name in FACET_FIELDS}

    def labels(self):
        return {
            "type": dict(DocumentKind.choices),
            "category": dict(ServiceCategory.choices),
            "area": self.communities,
            "commune": self.communes,
            "transaction": dict(self.form.fields["transaction"].choices),
            "price": {key: label for bands in PRICE_BANDS.values() for key, label, *_r in bands},
            "surface": {key: label for key, label, *_r in SURFACE_BANDS},
            "availability": dict(self.form.fields["availability"].choices),
            "energy": dict(self.form.fields["energy"].choices),
        }


@dataclass
class SearchOutcome:
    form: SearchForm
    text: str
    page: object
    count: int
    documents: list
    facets: list
    notices: list
    sort: str
    sorts: list
    nearest: list
    suggestion: str | None = None

    @property
    def active_filters(self):
        return [(facet, value) for facet in self.facets for value in facet.selected]
