from django.db.models import Count
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from listings.models import LISTING_PAGE_MODELS, ListingIndexPage
from listings.views import localized_listings, prepare_cards
from portal.i18n import in_locale_or_source
from territory.models import AreaPage, ServiceIndexPage
from territory.views import category_counts


def home_context(home):
    from network.models import NetworkPage, StructurePage

    locale = home.locale
    listings = localized_listings(locale)
    per_type = dict(listings.order_by().values_list("content_type").annotate(count=Count("pk")))
    index_page = ListingIndexPage.objects.live().filter(locale=locale).first()
    listing_types = [
        {
            "type": model.listing_type,
            "label": model.listing_type_label,
            "plural": model._meta.verbose_name_plural,
            "count": per_type.get(_content_type_id(model), 0),
        }
        for model in LISTING_PAGE_MODELS
    ]
    return {
        "listing_index": index_page,
        "service_index": ServiceIndexPage.objects.live().filter(locale=locale).first(),
        "network_page": NetworkPage.objects.live().filter(locale=locale).first(),
        "listing_types": listing_types,
        "latest_listings": prepare_cards(listings[:6]),
        "service_categories": category_counts(locale),
        "areas": in_locale_or_source(AreaPage.objects.live().public(), locale)
        .select_related("community", "image")
        .order_by("title"),
        "structures": in_locale_or_source(StructurePage.objects.live().public(), locale)
        .select_related("logo")
        .order_by("title")[:8],
    }


def _content_type_id(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
