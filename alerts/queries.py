"""A saved search: read by the search's own form, written back in one order, described, run.

The search page and the listing index build their results from a query string (words and
facets, ``search.engine.Search``). An alert keeps that query string, read by the same form
(``search.forms.SearchForm``) and written again in one order, so that the same search saved
twice is one string, and the alerts sharing it are matched by one run of the search.
"""

import datetime
from urllib.parse import urlencode

from django.db.models import OuterRef, Subquery
from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from foundation.models.keywords import names_in
from search.engine import Search
from search.hits import in_reader_language
from search.models import LISTING_KINDS, SearchDocument
from search.statements import Statements, conditions

# What a saved search keeps of the query string: its words and facets, not the order, page
# or view of the results.
SAVED_FIELDS = (
    "q", "type", "area", "commune", "transaction", "price", "surface", "availability",
    "energy", "tag", "price_min", "price_max",
)  # fmt: skip
MAX_QUERY_LENGTH = 1000
NEVER = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


class QueryError(ValueError):
    """A query string that cannot be saved, with the reasons, translated."""

    def __init__(self, messages):
        super().__init__(" ".join(str(message) for message in messages))
        self.messages = [str(message) for message in messages]


def published(since=None, until=None):
    """The translation keys of the pages published in the period, in any language.

    An offer is changed for every language when any of its pages is published: a translation
    shows the facts (price, availability) its French page was published with
    (``listings.signals``), without being published again itself.
    """
    pages = Page.objects.all()
    if since is not None:
        pages = pages.filter(last_published_at__gt=since)
    if until is not None:
        pages = pages.filter(last_published_at__lte=until)
    return pages.values("translation_key")


def last_publication(until=None):
    """The latest publication of a document's page in any language, up to ``until``."""
    pages = Page.objects.filter(
        translation_key=OuterRef("page__translation_key"), last_published_at__isnull=False
    )
    if until is not None:
        pages = pages.filter(last_published_at__lte=until)
    return Subquery(pages.order_by("-last_published_at").values("last_published_at")[:1])


class AlertSearch(Search):
    """The search of a saved query, over the offers first published or changed in a period.

    Only offers: an alert tells of new offers, not of services or events. ``since`` and
    ``until`` bound the pages' last publication; without them, every offer it matches.
    """

    def __init__(self, query, *, language, since=None, until=None, places=None):
        super().__init__(QueryDict(query), language=language, kinds=LISTING_KINDS, places=places)
        self.since, self.until = since, until

    def base(self):
        documents = super().base()
        if self.since is None and self.until is None:
            return documents
        return documents.filter(page__translation_key__in=published(self.since, self.until))

    def changed(self, limit):
        """Up to ``limit`` documents of the period, the latest changed first, linking to their
        page in the search's language, each with the last publication of its offer in any
        language (``changed_at``).

        Two queries, and the search's own (its words' matches): no correction of the words,
        no counts of facets.
        """
        statements = Statements(
            self.base(),
            hits=self.hits.sql() if self.hits else None,
            filters=conditions(
                self.wanted, self.applied.get("price_min"), self.applied.get("price_max")
            ),
        )
        ids = statements.page("newest", 0, limit)
        # A mail shows no photo: none of the cards' renditions (``card()`` reads the image).
        found = (
            SearchDocument.objects.filter(pk__in=ids)
            .select_related("page", "community", "commune", "image")
            .annotate(changed_at=last_publication(self.until))
        )
        documents = {document.pk: document for document in found}
        ordered = [documents[pk] for pk in ids if pk in documents]
        # An offer first published long ago and changed today comes first: ``ids`` are in
        # the order of the first publication, kept among offers changed at the same time.
        ordered.sort(key=lambda document: document.changed_at or NEVER, reverse=True)
        return in_reader_language(ordered, self.language)

    def problems(self):
        """Why this query cannot be saved, translated; empty when it can."""
        form = self.form
        problems = list(form.notices)
        problems += [error for errors in form.errors.values() for error in errors]
        kinds = self.applied.get("type") or []
        if kinds and not set(kinds) & set(LISTING_KINDS):
            problems.append(
                _("An alert tells of new offers: choose a type of offer, or no type at all.")
            )
        return problems

    def normalised(self):
        """The query string of the words and facets, in one order."""
        pairs = []
        for name in SAVED_FIELDS:
            value = self.applied.get(name)
            if value in (None, "", []):
                continue
            if name == "q":
                value = " ".join(value.split()).lower()
            values = sorted(value) if isinstance(value, list) else [value]
            pairs += [(name, str(item)) for item in values]
        return urlencode(pairs)

    def description(self):
        """The search in words, in the current language: ["Words: “bakery”", "Type: Premises"]."""
        labels = self.labels()
        lines = []
        if self.text:
            lines.append(_("Words: “%(words)s”") % {"words": self.text})
        names = [name for name in SAVED_FIELDS if name not in ("q", "price_min", "price_max")]
        tag_names = {}
        if self.applied.get("tag"):
            tag_names = {**self.tag_names, **names_in(self.applied["tag"], self.language)}
        for name in names:
            values = self.applied.get(name)
            if not values:
                continue
            shown = labels.get(name, tag_names)
            text = ", ".join(str(shown.get(value, value)) for value in values)
            # French puts a space before the colon.
            lines.append(
                _("%(label)s: %(values)s")
                % {"label": self.form.fields[name].label, "values": text}
            )
        low, high = self.applied.get("price_min"), self.applied.get("price_max")
        if low is not None:
            lines.append(_("Price from €%(price)s") % {"price": f"{low:,}".replace(",", " ")})
        if high is not None:
            lines.append(_("Price up to €%(price)s") % {"price": f"{high:,}".replace(",", " ")})
        return lines or [_("Every new offer")]


def normalise(query_string, language):
    """The query string to save for ``query_string``, read by the search's form in
    ``language``; raises ``QueryError`` with the reasons when it cannot be saved."""
    with translation.override(language):
        search = AlertSearch(query_string, language=language)
        problems = search.problems()
        if problems:
            raise QueryError(problems)
        normalised = search.normalised()
        if len(normalised) > MAX_QUERY_LENGTH:
            raise QueryError([_("This search is too long to be saved: choose fewer filters.")])
    return normalised


def describe(query, language):
    with translation.override(language):
        return [str(line) for line in AlertSearch(query, language=language).description()]
