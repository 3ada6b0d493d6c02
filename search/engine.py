"""Full text and facets over the search documents of one language.

Facets combine: the values of one facet widen the results (OR), different facets narrow
them (AND), and each value counts the results it would give with every other facet applied.

The database filters, counts and sorts, with words or without (``search.statements``): one
statement counts the results and every facet, another reads the page of results. The search
backend's matches are part of both, so a page costs the same number of queries, and sends
the same few rows back, however many documents match.
"""

import copy
from collections import Counter
from dataclasses import dataclass

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext as _

from modelsearch.query import Or
from taggit.models import Tag

from foundation.models.keywords import names_in
from foundation.page_cache import kept
from search.analysis import query_words
from search.facets import FACET_COLUMNS, FACET_KINDS, Facet, FacetValue
from search.forms import SORTS, SearchForm
from search.hits import (
    Hits,
    any_term_query,
    build_query,
    documents_in_order,
    in_reader_language,
    term_options,
)
from search.models import SEARCH_TAG, DocumentKind, SearchDocument
from search.statements import Results, Statements, conditions
from search.suggestions import corrected
from territory.models import Commune, CommunityOfCommunes

# The words of a query counted one by one when none finds everything.
MAX_NEAREST_WORDS = 6
# The highest page number read with the counts; any other is past the last page.
MAX_PAGE = 100_000


class Search:
    page_size = 20

    def __init__(
        self, data, *, language, source_language="fr", kinds=None, page_size=None, places=None
    ):
        self.language = language
        self.source_language = source_language
        self.languages = self.languages_for(language, source_language)
        self.kinds = kinds
        if page_size:
            self.page_size = page_size
        communities, communes = places or self.read_places()
        self.communities = {siren: name for siren, name, _pk in communities}
        self.community_ids = {siren: pk for siren, _name, pk in communities}
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
    def read_places():
        """The areas and communes the facets offer, as (code, name, id) rows, in two queries:
        given as ``places``, read once for many searches (``send_alerts`` runs hundreds)."""
        communities = (
            CommunityOfCommunes.objects.filter(communes__isnull=False)
            .distinct()
            .order_by("name")
            .values_list("siren", "name", "pk")
        )
        communes = (
            Commune.objects.filter(community__isnull=False)
            .order_by("name")
            .values_list("insee_code", "name", "pk")
        )
        return list(communities), list(communes)

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

    def sort(self):
        default = "relevance" if self.query else "newest"
        sort = self.applied.get("sort") or default
        # An order that means nothing here (by price among services) is not applied.
        return sort if sort in dict(self.sorts()) else default

    def run(self, page_number=None):
        sort = self.sort()
        statements = Statements(
            self.base(),
            hits=self.hits.sql() if self.hits else None,
            filters=conditions(
                self.wanted, self.applied.get("price_min"), self.applied.get("price_max")
            ),
        )
        offset = (self.page_wanted(page_number) - 1) * self.page_size
        count, counts, first = self.counted(statements, (sort, offset, self.page_size))
        results = Results(statements, sort, count, first=(offset, first) if first else None)
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
        documents = in_reader_language(documents_in_order(page.object_list), self.language)
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

    @staticmethod
    def page_wanted(page_number):
        """The number of the page asked for, as the paginator will read it (or 1), within
        what the database can count to: a page past the last one is read on its own."""
        try:
            number = int(page_number or 1)
        except (TypeError, ValueError):
            return 1
        return min(max(number, 1), MAX_PAGE)

    def counted(self, statements, page):
        """The number of results, the counts of the facets keyed as the URL names values,
        and the ids of ``page`` (sort, offset, limit) if it was read with them.

        Browsing everything without words is what most visits start with: its counts are
        kept until a search document changes (``foundation.page_cache.kept``), and the page
        is read on its own.
        """
        names = [name for name in FACET_COLUMNS if self.facet_applies(name)]
        if self.query is None and not statements.filters:
            kinds = ",".join(sorted(self.kinds or ()))
            count, counts, tag_names, _ids = kept(
                None,
                f"search-counts:{self.language}:{kinds}",
                lambda: statements.counts(names),
                tags=(SEARCH_TAG,),
            )
            ids = None
        else:
            count, counts, tag_names, ids = statements.counts(names, page)
        self.tag_names.update(tag_names)
        return count, self.keyed(counts), ids

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
