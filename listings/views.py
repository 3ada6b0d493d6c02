from django.db.models import Q, prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.models import Page

from listings.models import listing_queryset
from portal.i18n import in_locale_or_source


def prepare_cards(pages):
    """Turn a page of listings into specific pages ready for cards, in a fixed number of queries.

    Communes and communities come in one query and the first photo of every listing, with its
    renditions, in two more, so a page of cards costs the same whatever it shows.
    """
    listings = list(pages.specific())
    prefetch_related_objects(listings, "commune__community")
    first_image_ids = {}
    for listing in listings:
        for block in listing.gallery.raw_data:
            first_image_ids[listing.pk] = block["value"]["image"]
            break
    images = get_image_model().objects.prefetch_renditions().in_bulk(set(first_image_ids.values()))
    for listing in listings:
        listing.card_image = images.get(first_image_ids.get(listing.pk))
        if listing.card_image:
            listing.card_alt = listing.gallery.raw_data[0]["value"]["alt_text"]
    return listings


def localized_listings(locale):
    return in_locale_or_source(listing_queryset(Page.objects.all()), locale)


def listing_index_context(index_page, request):
    from search.models import LISTING_KINDS
    from search.views import search_context

    return search_context(request, kinds=LISTING_KINDS, page_size=index_page.page_size)


def listing_context(listing, request=None):
    from network.forms import InterestForm
    from network.models import StructurePage
    from portal.campaigns import campaign_of
    from territory.models import ServicePage

    community = listing.community
    services = ServicePage.objects.none()
    if community:
        where = Q(community=community)
        if not listing.confidential:
            where = Q(commune=listing.commune) | Q(community=community, commune__isnull=True)
        services = (
            in_locale_or_source(ServicePage.objects.live().public(), listing.locale)
            .filter(where)
            .select_related("commune")
            .order_by("category", "title")
        )
    structure = StructurePage.objects.parent_of(listing).select_related("logo").first()
    helpers = []
    if community:
        helpers = list(
            in_locale_or_source(StructurePage.objects.live().public(), listing.locale)
            .filter(communities=community)
            .exclude(pk=structure.pk if structure else None)
            .order_by("title")[:6]
        )
    return {
        "structure": structure,
        "services": list(services),
        "helpers": helpers,
        "interest_form": InterestForm(campaign=campaign_of(request) if request else ""),
    }
