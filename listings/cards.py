from django.db.models import prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.models import Page

from foundation.cards import CARD_RENDITIONS
from foundation.i18n import in_locale_or_source
from foundation.page_cache import SITE
from listings.models import listing_queryset

# What the cards of offers show: the offers, and their communes and photos (the site's).
CARD_TAGS = (SITE, "listings")


def prepare_cards(pages):
    """Turn a page of listings into specific pages ready for cards, in a fixed number of queries.

    Communes and communities come in one query and the first photo of every listing, with its
    renditions, in two more, so a page of cards costs the same whatever it shows. Pages keep
    the cards they show under ``CARD_TAGS`` (``foundation.page_cache.kept``).
    """
    listings = list(pages.specific())
    prefetch_related_objects(listings, "commune__community")
    first_image_ids = {}
    for listing in listings:
        for block in listing.gallery.raw_data:
            first_image_ids[listing.pk] = block["value"]["image"]
            break
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    images = images.in_bulk(set(first_image_ids.values()))
    for image in images.values():
        # Those not made yet are made now, together, and kept with the image: cards kept in
        # the cache are then shown without asking for them again.
        image.get_renditions(*CARD_RENDITIONS)
    for listing in listings:
        listing.card_image = images.get(first_image_ids.get(listing.pk))
        if listing.card_image:
            listing.card_alt = listing.gallery.raw_data[0]["value"]["alt_text"]
    return listings


def localized_listings(locale):
    return in_locale_or_source(listing_queryset(Page.objects.all()), locale)
