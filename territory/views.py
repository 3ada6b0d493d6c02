from django.db.models import Count

from listings.models import in_community_filter
from listings.views import localized_listings, prepare_cards
from portal.i18n import in_locale_or_source
from territory.models import ServiceCategory, ServicePage


def localized_services(locale):
    return (
        in_locale_or_source(ServicePage.objects.live().public(), locale)
        .select_related("commune", "community")
        .order_by("category", "title")
    )


def group_by_category(services):
    groups = {}
    for service in services:
        groups.setdefault(service.category, []).append(service)
    return [
        {"category": category, "label": category.label, "services": groups[category]}
        for category in ServiceCategory
        if category in groups
    ]


def area_context(area):
    from network.models import StructurePage
    from portal.models import Testimonial
    from portal.testimonials import shown_testimonials

    listings = localized_listings(area.locale).filter(in_community_filter(area.community))
    return {
        "listings": prepare_cards(listings[:6]),
        "listing_count": listings.count(),
        "service_groups": group_by_category(
            localized_services(area.locale).filter(community=area.community)
        ),
        "structures": in_locale_or_source(StructurePage.objects.live().public(), area.locale)
        .filter(communities=area.community)
        .order_by("title"),
        "commune_count": area.community.communes.count(),
        "testimonials": shown_testimonials(
            Testimonial.objects.filter(commune__community=area.community), area.locale
        ),
    }


def service_index_context(index_page, request):
    from search.models import DocumentKind
    from search.views import search_context

    context = search_context(request, kinds=[DocumentKind.SERVICE], page_size=index_page.page_size)
    groups = {}
    for document in context["search"].documents:
        groups.setdefault(document.category, []).append(document)
    context["service_groups"] = [
        {"category": category, "label": category.label, "documents": groups[category]}
        for category in ServiceCategory
        if category in groups
    ]
    return context


def category_counts(locale):
    counts = dict(
        localized_services(locale).order_by().values_list("category").annotate(count=Count("pk"))
    )
    return [
        {"category": category, "label": category.label, "count": counts[category]}
        for category in ServiceCategory
        if counts.get(category)
    ]
