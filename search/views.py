from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from foundation.page_cache import SITE
from search.engine import Search
from search.forms import MAX_QUERY_LENGTH, printable
from search.hits import Hits, best_documents, build_query
from search.models import SEARCH_TAG, SearchDocument
from search.results import search_context

MAX_SUGGESTIONS = 8


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
            {"title": document.heading, "url": document.reader_page.get_url(request)}
            for document in best_documents(shown, hits, MAX_SUGGESTIONS)
        ]
    response = JsonResponse({"suggestions": suggestions})
    response["Cache-Control"] = "max-age=60"
    return response


def search_view(request):
    context = {
        **search_context(request),
        "meta_description": _(
            "Search the businesses to take over, premises, land and housing, and the services "
            "that help a household settle in the territory."
        ),
    }
    response = TemplateResponse(request, "search/search.html", context)
    response.cache_tags = {SITE, SEARCH_TAG}
    return response
