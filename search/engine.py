"""Full text and facets over the search documents of one language.

Facets combine: the values of one facet widen the results (OR), different facets narrow
them (AND), and each value counts the results it would give with every other facet applied.

Without words, the database filters, counts and sorts: the facets with a ticked value in a
query each, all the others together in one statement. With words, the search backend ranks
every matching document and reads its facet columns in one query (``Hits.rows``), and the
counts, the order and the page are worked out here. Either way a page costs the
same number of queries however many results it has.
"""

import copy
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from modelsearch.query import Or
from taggit.models import Tag

from foundation.models.keywords import names_in
from search.analysis import query_words
from search.facets import (
    FACET_COLUMNS,
    FACET_KINDS,
    ORDERINGS,
    REVERSED_SORTS,
    ROW_FIELDS,
    SHARED_COLUMNS,
    SORT_KEYS,
    Facet,
    FacetValue,
    Row,
    in_price_range,
)
from search.forms import SORTS, SearchForm
from search.hits import (
    Hits,
    any_term_query,
    build_query,
    documents_in_order,
    for_cards,
    in_reader_language,
    term_options,
)
from search.models import DocumentKind, SearchDocument
from search.suggestions import corrected
from territory.models import Commune, CommunityOfCommunes

# The words of a query counted one by one when none finds everything.
MAX_NEAREST_WORDS = 6


class Search:
    page_size = 20

    def __init__(self, data, *, language, source_language="fr", kinds=None, page_size=None):
        self.language = language
        self.source_language = source_language
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
        self.wanted = self.wanted_values()
        self.text = self.applied.get("q", "")
        self.query = build_query(self.text, self.languages) if self.text else None
        self.hits = Hits(self.query, self.text, self.languages) if self.query else None

    @staticmethod
    def languages_for(language, source_language="fr"):
        """The reader's language, and French, which untranslated pages are shown in."""
        return [language] if language == source_language else [language, source_language]

    # The documents before any facet: this language, these kinds.
    def base(self):
        return self.of_kinds(SearchDocument.objects.filter(**{self.shown_column: True}))

    @property
    def shown_column(self):
        """The column that says whether a document is shown in the reader's language."""
        return f"shown_{self.language}"

    def of_kinds(self, documents):
        return documents.filter(kind__in=self.kinds) if self.kinds else documents

    def wanted_values(self):
        """The ticked values of each facet, as its column holds them."""
        ids = {"area": self.community_ids, "commune": self.commune_ids}
        wanted = {}
        for name in FACET_COLUMNS:
            values = self.applied.get(name)
            if values:
                wanted[name] = {ids[name][key] for key in values} if name in ids else set(values)
        return wanted

    def facet_filters(self):
        """Each facet's condition, on the document's own fields as the backends require."""
        filters = {}
        for name, values in self.wanted.items():
            if name == "tag":
                tagged = SearchDocument.tags.through.objects.filter(tag__slug__in=values)
                filters[name] = Q(page__in=tagged.values("searchdocument_id"))
            else:
                filters[name] = Q(**{f"{FACET_COLUMNS[name]}__in": values})
        low, high = self.applied.get("price_min"), self.applied.get("price_max")
        if low is not None:
            filters["price_min"] = Q(price__gte=low)
        if high is not None:
            filters["price_max"] = Q(price__lte=high)
        return filters

    def matches(self):
        """The documents of this search that match the words, as (row, score) pairs.

        One query ranks the matches and reads their facet columns with them: every facet is
        then counted from these rows, however many facets and results there are.
        """
        # Whether a document is shown in this language, and its kind, are read with it and
        # tested here: as conditions, they made the database read every shown document.
        # The date of publication is read only to sort by it, as the database gives it: a
        # datetime, or ISO text on SQLite, which sort alike (``SORT_KEYS``).
        dated = self.sort() == "newest"
        fields = ROW_FIELDS[1:] if dated else ROW_FIELDS[1:-1]
        kinds = set(self.kinds or DocumentKind.values)
        undated = () if dated else (None,)
        make = Row._make
        return [
            (make((page_id, *row, *undated)), score)
            for page_id, score, shown, *row in self.hits.rows((self.shown_column, *fields))
            if shown and row[0] in kinds
        ]

    def filtered(self, filters, exclude=None):
        conditions = [condition for name, condition in filters.items() if name != exclude]
        return self.base().filter(*conditions)

    def sort(self):
        default = "relevance" if self.query else "newest"
        sort = self.applied.get("sort") or default
        # An order that means nothing here (by price among services) is not applied.
        return sort if sort in dict(self.sorts()) else default

    def run(self, page_number=None):
        filters = self.facet_filters()
        sort = self.sort()
        if self.query is None:
            # Browsing without words: the database filters, counts and sorts.
            results = for_cards(self.filtered(filters).order_by(*ORDERINGS[sort]))
            counts = self.database_counts(filters)
        else:
            # With words: the rows that match them are few enough to count and sort here.
            matches = self.matches()
            tags = self.tags_of(matches) if self.facet_applies("tag") else {}
            counts, kept = self.counts_of(matches, tags)
            kept.sort(key=SORT_KEYS[sort], reverse=sort in REVERSED_SORTS)
            results = [row.page_id for row, _score in kept]
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
        documents = list(page.object_list)
        if self.query is not None:
            documents = documents_in_order(documents)
        documents = in_reader_language(documents, self.language)
        nearest, suggestion = [], None
        if not paginator.count and self.text:
            correction = self.correction()
            if correction and not self.applied.get("as_typed"):
                return self.corrected_search(*correction).run(page_number)
            suggestion = correction[0] if correction else None
            nearest = self.nearest()
        return SearchOutcome(
            form=self.form,
            text=self.text,
            typed=getattr(self, "typed", ""),
            page=page,
            count=paginator.count,
            documents=documents,
            facets=self.facets(counts),
            notices=notices,
            sort=sort,
            sorts=self.sorts(),
            prices=self.facet_applies("price"),
            nearest=nearest,
            suggestion=suggestion,
        )

    def corrected_search(self, text, query, hits):
        """This search with the words of its correction, telling what was typed.

        The facets, places and tags already read are kept, and so are the correction's hits.
        """
        search = copy.copy(self)
        search.text, search.query, search.hits = text, query, hits
        search.typed = self.text
        return search

    def sorts(self):
        """The orders that mean something here: relevance with words, price and surface
        where offers have them (not on the services index)."""
        offers = self.facet_applies("price")
        return [
            (key, label)
            for key, label in SORTS.items()
            if (self.query or key != "relevance")
            and (offers or key.lstrip("-") not in ("price", "surface"))
        ]

    def correction(self):
        """(text, query, hits) of a spelling of the words that finds something, or ``None``."""
        text = corrected(self.text, self.language)
        if not text:
            return None
        query = build_query(text, self.languages)
        if query is None:
            return None
        hits = Hits(query, text, self.languages)
        if not self.base().filter(page__in=hits.ids()).exists():
            return None
        return text, query, hits

    def nearest(self, limit=6):
        """The documents that match the most words, when none match them all.

        Each document counts the words it matches (one query per word, for the first
        ``MAX_NEAREST_WORDS``); among as many words, the more relevant comes first.
        """
        query = any_term_query(self.text, self.languages)
        if query is None:
            return []
        hits = Hits(query, self.text, self.languages, "or")
        scores = hits.scores()
        matched = Counter()
        words = query_words(self.text, self.languages)[:MAX_NEAREST_WORDS]
        terms = term_options(self.text, self.languages)[:MAX_NEAREST_WORDS]
        for word, options in zip(words, terms, strict=True):
            term = options[0] if len(options) == 1 else Or(options)
            matched.update(Hits(term, word, self.languages).scores().keys())
        ids = self.base().filter(page__in=hits.ids()).values_list("pk", flat=True)
        ranked = sorted(ids, key=lambda pk: (-matched[pk], -scores[pk], -pk))[:limit]
        return in_reader_language(documents_in_order(ranked), self.language)

    def tags_of(self, matches):
        """The tags of each matching document, by document id."""
        tags = {}
        pairs = SearchDocument.tags.through.objects.filter(
            searchdocument_id__in=self.hits.ids()
        ).values_list("searchdocument_id", "tag__slug", "tag__name")
        for document_id, slug, name in pairs:
            tags.setdefault(document_id, []).append(slug)
            self.tag_names.setdefault(slug, name)
        return tags

    def counts_of(self, matches, tags):
        """Disjunctive counts of every facet, and the rows every facet keeps.

        A row that fails no facet counts in all of them; a row that fails exactly one counts
        only in that one, as if that facet were not applied; other rows count nowhere.
        """
        tests = {
            name: (FACET_COLUMNS[name], values)
            for name, values in self.wanted.items()
            if name != "tag"
        }
        wanted_tags = self.wanted.get("tag", set())
        low, high = self.applied.get("price_min"), self.applied.get("price_max")
        kept, near = [], {name: [] for name in FACET_COLUMNS}
        for row, score in matches:
            failed = [
                name for name, (attribute, values) in tests.items()
                if getattr(row, attribute) not in values
            ]  # fmt: skip
            if wanted_tags and not wanted_tags.intersection(tags.get(row.page_id, ())):
                failed.append("tag")
            if (low is not None or high is not None) and not in_price_range(row, low, high):
                failed.append("price_range")
            if not failed:
                kept.append((row, score))
            elif len(failed) == 1 and failed[0] in near:
                near[failed[0]].append(row)
        counts = {}
        kept_rows = [row for row, _score in kept]
        for name in FACET_COLUMNS:
            if not self.facet_applies(name):
                continue
            rows = kept_rows + near[name]
            if name == "tag":
                keys = (slug for row in rows for slug in tags.get(row.page_id, ()))
            else:
                keys = map(attrgetter(FACET_COLUMNS[name]), rows)
            counts[name] = Counter(keys)
        return self.keyed(counts), kept

    def database_counts(self, filters):
        """Disjunctive counts by the database, for browsing without words.

        A facet with a value ticked is counted without its own condition, one query each.
        All the others count the same documents, those every condition keeps: they are
        counted together, in one statement that reads those documents once.
        """
        counts = {}
        shared = []
        for name, column in FACET_COLUMNS.items():
            if not self.facet_applies(name):
                continue
            if name not in filters:
                shared.append(name)
                continue
            documents = self.filtered(filters, exclude=name)
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
                rows = documents.values_list(column).annotate(count=Count("pk")).order_by()
            counts[name] = dict(rows)
        counts.update(self.shared_counts(self.filtered(filters), shared))
        counts = self.keyed(counts)
        if counts.get("tag"):
            self.tag_names.update(
                Tag.objects.filter(slug__in=list(counts["tag"])).values_list("slug", "name")
            )
        return counts

    def shared_counts(self, documents, names):
        """The counts of several facets over the same ``documents``, in one statement."""
        if not names:
            return {}
        matched, params = documents.values(*SHARED_COLUMNS).order_by().query.sql_with_params()
        quote = connection.ops.quote_name
        through = quote(SearchDocument.tags.through._meta.db_table)
        tag_table = quote(Tag._meta.db_table)
        # Names, columns and tables come from this module and the models, never from a request.
        parts = []
        for name in names:
            if name == "tag":
                parts.append(
                    f"SELECT '{name}', t.slug, COUNT(*) FROM matched"
                    f" JOIN {through} x ON x.searchdocument_id = matched.page_id"
                    f" JOIN {tag_table} t ON t.id = x.tag_id GROUP BY t.slug"
                )
            else:
                column = f"matched.{quote(FACET_COLUMNS[name])}"
                parts.append(
                    f"SELECT '{name}', CAST({column} AS TEXT), COUNT(*) FROM matched"
                    f" GROUP BY {column}"
                )
        sql = f"WITH matched AS ({matched}) " + " UNION ALL ".join(parts)
        counts = {name: {} for name in names}
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for name, key, count in cursor.fetchall():
                counts[name][key] = count
        return counts

    def keyed(self, counts):
        """Counts by the values the URL names, without empty values and unknown places.

        Areas and communes are counted by id (as text when counted in SQL) and named by their
        SIREN and INSEE codes; places the form does not offer are left out.
        """
        codes = {
            "area": {str(pk): siren for siren, pk in self.community_ids.items()},
            "commune": {str(pk): code for code, pk in self.commune_ids.items()},
        }
        keyed = {}
        for name, by_value in counts.items():
            keyed[name] = {}
            for value, count in by_value.items():
                key = codes[name].get(str(value)) if name in codes else value
                if key not in (None, ""):
                    keyed[name][key] = count
        return keyed

    def facets(self, counts):
        selected = {name: set(self.applied.get(name) or []) for name in FACET_COLUMNS}
        if self.language != self.source_language and (counts.get("tag") or selected["tag"]):
            # The keywords in the reader's language, where they are translated.
            slugs = [*counts.get("tag", {}), *selected["tag"]]
            self.tag_names.update(names_in(slugs, self.language))
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
        return {name: self.form.fields[name].label for name in FACET_COLUMNS}

    def labels(self):
        """Each facet's values and their labels, as the form offers them, in its order."""
        return {
            name: dict(self.form.fields[name].choices) for name in FACET_COLUMNS if name != "tag"
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
    # The words as typed, when the results are those of their correction (``text``).
    typed: str = ""
    # Whether the results can be filtered by price (offers; not services).
    prices: bool = True

    @property
    def active_filters(self):
        return [(facet, value) for facet in self.facets for value in facet.selected]

    @property
    def ticked(self):
        """How many filters are applied: ticked values and price limits."""
        limits = [self.form.applied.get(name) for name in ("price_min", "price_max")]
        return len(self.active_filters) + sum(limit is not None for limit in limits)
