from urllib.parse import urlsplit

from django.http import JsonResponse, QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from listings.models import Availability
from portal.i18n import source_of
from portal.models import CampaignPage
from search.engine import Hits, Search, best_documents, build_query
from search.forms import MAX_QUERY_LENGTH, printable
from search.models import QueryDay, SearchDocument

MAX_SUGGESTIONS = 8


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
        if record_query and is_new_search(request, outcome.text):
            record(outcome.text, language, found=bool(outcome.count or promotions))
    query = request.GET.copy()
    query.pop("page", None)
    places = [
        {
            "lat": document.latitude,
            "lon": document.longitude,
            "title": document.heading,
            "url": document.page.get_url(request),
        }
        for document in outcome.documents
        if document.latitude is not None and document.longitude is not None
    ]
    return {
        "search": outcome,
        "places": places,
        "search_url": reverse("search"),
        "project_url": reverse("present_project"),
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
            # The search's own rules hold for pinned pages: live, public, not taken.
            public = Page.objects.filter(pk=page.pk).live().public().exists()
            if isinstance(page, CampaignPage) and source_of(page).state() != "running":
                continue
            if public and getattr(page, "availability", "") != Availability.TAKEN:
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


def suggestions_view(request):
    """Titles that start like what the newcomer is typing, for the search box."""
    language = get_language()
    text = printable(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    query = build_query(text, Search.languages_for(language)) if len(text.strip()) >= 2 else None
    suggestions = []
    if query is not None:
        shown = SearchDocument.objects.filter(**{f"shown_{language}": True})
        hits = Hits(query, text, Search.languages_for(language))
        suggestions = [
            {"title": document.heading, "url": document.page.get_url(request)}
            for document in best_documents(shown, hits, MAX_SUGGESTIONS)
        ]
    response = JsonResponse({"suggestions": suggestions})
    response["Cache-Control"] = "max-age=60"
    return response


def search_view(request):
    return TemplateResponse(request, "search/search.html", search_context(request))
