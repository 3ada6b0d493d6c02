"""A page of search results with its facets, promotions and map.

The search page, the listing index and the service index all show one.
"""

from urllib.parse import urlsplit

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from foundation.maps import map_places
from foundation.page_cache import not_stored
from search.engine import Search
from search.hits import in_reader_language
from search.models import QueryDay, SearchDocument


def record(text, language, found):
    """Count the query for the park's report, and for Wagtail's promotions screen."""
    text = normalise_query_string(text)
    if text:
        Query.get(text).add_hit()
        QueryDay.add_hit(text, language, found)


# The map view shows this many results at once, so that the map holds every match of a
# territory's search; the list under it is the same page.
MAP_PAGE_SIZE = 100
VIEWS = ("list", "map")


def search_context(request, *, kinds=None, page_size=None, record_query=True):
    language = get_language()
    view = request.GET.get("view", "list")
    if view not in VIEWS:
        view = None
    if view == "map":
        page_size = max(page_size or Search.page_size, MAP_PAGE_SIZE)
    search = Search(request.GET, language=language, kinds=kinds, page_size=page_size)
    outcome = search.run(request.GET.get("page"))
    if view is None:
        view = "list"
        outcome.notices.append(_("The view was not understood: here is the list."))
    first_page = outcome.page.number == 1 and "page" not in request.GET
    promotions = []
    if outcome.text and first_page:
        # Each visitor's words count in the report: such a page is rendered for each of them.
        not_stored(request)
        promotions = pinned_pages(outcome.text)
        # What the newcomer typed, for the park's report, even when it was corrected.
        typed = outcome.typed or outcome.text
        if record_query and is_new_search(request, typed):
            record(typed, language, found=bool(outcome.count or promotions))
    query = request.GET.copy()
    query.pop("page", None)
    places = []
    if view == "map":
        places = map_places(document.map_entry(request) for document in outcome.documents)
    views = {}
    for name in VIEWS:
        address = query.copy()
        address.pop("view", None)
        if name != "list":
            address["view"] = name
        views[name] = address.urlencode()
    return {
        "search": outcome,
        "view": view,
        "views": views,
        "places": places,
        "search_url": reverse("search"),
        "page_obj": outcome.page,
        "promotions": promotions,
        "filter_query": query.urlencode(),
    }


def places_on_map(request, *, kinds, **filters):
    """The map's markers for the pages of ``kinds`` matching ``filters``, as the search shows
    them in the reader's language (a confidential offer has no point there), at most as many
    as the map view of results shows. Two queries."""
    language = get_language()
    documents = list(
        SearchDocument.objects.filter(
            kind__in=kinds,
            latitude__isnull=False,
            longitude__isnull=False,
            **{f"shown_{language}": True},
            **filters,
        )
        .select_related("page", "commune", "community")
        .order_by("heading")[:MAP_PAGE_SIZE]
    )
    in_reader_language(documents, language)
    return map_places(document.map_entry(request) for document in documents)


def pinned_pages(text):
    """The pages the park pinned for this query, in the reader's language where translated."""
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(text)
    ).select_related("page")
    pinned = []
    for promotion in promotions.order_by("sort_order"):
        if promotion.page is not None:
            page = promotion.page.localized.specific
            # The search's own rules hold for pinned pages: live, public, and shown by the page.
            public = Page.objects.filter(pk=page.pk).live().public().exists()
            if public and getattr(page, "is_shown_in_search", lambda: True)():
                pinned.append({"page": page, "promotion": promotion})
        elif promotion.external_link_url:
            pinned.append({"url": promotion.external_link_url, "promotion": promotion})
    return pinned


def is_new_search(request, text):
    """Whether the words differ from those of the page the reader comes from.

    Ticking a facet or changing the order reloads the results: that is not a new search.
    """
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc != request.get_host():
        return True
    previous = QueryDict(referer.query).get("q", "")
    return normalise_query_string(previous) != normalise_query_string(text)
