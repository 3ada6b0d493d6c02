"""The open data endpoints (``listings.open_data``), their JSON Schemas, the page that documents
them, the Atom feed of new offers, and a newcomer's shortlist (``listings.shortlist``)."""

import json

from django.http import Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from wagtail.models import Locale

from foundation.page_cache import SITE
from listings.feeds import NewOffersFeed
from listings.open_data import (
    DATASETS,
    DEFAULT_PER_PAGE,
    EXAMPLE,
    FORMATS,
    LICENCE,
    MAX_PER_PAGE,
    OFFERS,
    SERVICES,
    BadQuery,
    result_page,
    schema_file,
)
from listings.shortlist import PARAMETER, shortlist
from territory.models import CommunityOfCommunes

# Five minutes: a newcomer's browser, a proxy or a harvester may reuse an answer that long,
# an offer taken or withdrawn meanwhile drops out of the data after it at the latest.
MAX_AGE = 300


def _open_to_all(response):
    """Public, read-only data: any site may read it from a browser, headers and all."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag, Link"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def _kept_a_while(request, response):
    """Kept ``MAX_AGE`` seconds anywhere; asked again with its ETag, answered 304 if the
    same."""
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    set_response_etag(response)
    return _open_to_all(get_conditional_response(request, response.get("ETag"), None, response))


@require_safe
def open_data_view(request, dataset, extension):
    """``/api/open/v1/<offers|services>.<json|geojson|csv>``: a page of the records."""
    dataset, form = DATASETS.get(dataset), FORMATS.get(extension)
    if dataset is None or form is None:
        raise Http404
    try:
        query = dataset.read_query(request.GET)
    except BadQuery as error:
        return _open_to_all(JsonResponse({"message": str(error)}, status=400))
    name = form.schema_name(dataset)
    schema = request.build_absolute_uri(reverse("open_data_schema", args=[name])) if name else None
    result = result_page(dataset, query, request, schema)
    response = HttpResponse(form.write(result), content_type=form.content_type)
    response["Content-Language"] = query.language  # the texts', whatever the browser asked
    links = [f'<{LICENCE["url"]}>; rel="license"']
    if schema:
        links.append(f'<{schema}>; rel="describedby"')
    if result.previous:
        links.append(f'<{result.previous}>; rel="prev"')
    if result.next:
        links.append(f'<{result.next}>; rel="next"')
    response["Link"] = ", ".join(links)
    if extension == "csv":
        response["Content-Disposition"] = f'attachment; filename="{dataset.name}.csv"'
    return _kept_a_while(request, response)


@require_safe
def open_data_schema_view(request, name):
    """A published JSON Schema, which names itself by the address it is read from: the
    schemas it refers to are found beside it."""
    schema = schema_file(name)
    if schema is None:
        raise Http404
    schema = {"$schema": schema.pop("$schema"), "$id": request.build_absolute_uri(), **schema}
    response = HttpResponse(
        json.dumps(schema, ensure_ascii=False, indent=2), content_type="application/schema+json"
    )
    return _kept_a_while(request, response)


def open_data_page_view(request):
    """The page that documents the endpoints for people, with examples to copy."""
    endpoint = request.build_absolute_uri(reverse("open_data_endpoint", args=["offers", "json"]))
    base = endpoint.removesuffix("offers.json")
    response = TemplateResponse(
        request,
        "listings/open_data.html",
        {
            "base": base,
            "datasets": [
                {"name": OFFERS.name, "parameter": OFFERS.kind_parameter, "kinds": OFFERS.kinds},
                {
                    "name": SERVICES.name,
                    "parameter": SERVICES.kind_parameter,
                    "kinds": SERVICES.kinds,
                },
            ],
            "formats": list(FORMATS),
            "licence": LICENCE,
            "default_per_page": DEFAULT_PER_PAGE,
            "max_per_page": MAX_PER_PAGE,
            "max_age": MAX_AGE,
            "example": json.dumps(EXAMPLE, ensure_ascii=False, indent=2),
            "feed": request.build_absolute_uri(reverse("offers_feed")),
            "example_area": CommunityOfCommunes.objects.values_list("siren", flat=True).first(),
            "meta_description": gettext(
                "The network's offers and services as open data, free to reuse: JSON, GeoJSON "
                "and CSV with their schemas, and a feed of new offers."
            ),
        },
    )
    response.cache_tags = {SITE}  # stored with the pages: it shows only the site's own
    return response


new_offers_feed = NewOffersFeed()


def offers_feed_view(request):
    """The Atom feed of the newest offers in the language of the address."""
    response = new_offers_feed(request)
    response.cache_tags = {SITE, "listings"}  # stored with the pages, purged when one changes
    return response


def shortlist_view(request):
    """The offers a newcomer kept, side by side, from the address that holds them."""
    kept = shortlist(request.GET.get(PARAMETER, ""), Locale.get_active())
    response = TemplateResponse(
        request,
        "listings/shortlist.html",
        {
            "shortlist": kept,
            "share_url": request.build_absolute_uri(f"{request.path}?{PARAMETER}={kept.ids}")
            if kept.offers
            else "",
            "meta_description": gettext(
                "The offers you kept, side by side: their price, surface, place and "
                "availability, to compare and share."
            ),
        },
    )
    response.cache_tags = {SITE, "listings"}  # stored with the pages, purged when one changes
    return response
