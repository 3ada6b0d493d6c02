"""A page of search results with its facets, promotions and map.

The search page, the listing index and the service index all show one.
"""

from urllib.parse import urlsplit

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import get_language

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from search.engine import Search
from search.models import QueryDay


def record(text, language, found):
    """Count the query for the park's report, and for Wagtail's promotions screen."""
    text = normalise_query_string(text)
    if text:
        Query.get(text).add_hit()
        QueryDay.add_hit(text, language, found)


def search_context(request, *, kinds=None, page_size=None, record_query=True):
    language = get_language()
    search = Search(request.GET, language=language, kinds=kinds, page_size=page_size)
    outcome = search.run(request.GET.get("page"))
    first_page = outcome.page.number == 1 and "page" not in request.GET
    promotions = []
    if outcome.text and first_page:
        promotions = pinned_pages(outcome.text)
        # What the newcomer typed, for the park's report, even when it was corrected.
        typed = outcome.typed or outcome.text
        if record_query and is_new_search(request, typed):
            record(typed, language, found=bool(outcome.count or promotions))
    query = request.GET.copy()
    query.pop("page", None)
    places = [
        {
            "lat": document.latitude,
            "lon": document.longitude,
            "title": document.heading,
            "url": document.reader_page.get_url(request),
        }
        for document in outcome.documents
        if document.latitude is not None and document.longitude is not None
    ]
    return {
        "search": outcome,
        "places": places,
        "search_url": reverse("search"),
        "page_obj": outcome.page,
        "promotions": promotions,
        "filter_query": query.urlencode(),
    }


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
