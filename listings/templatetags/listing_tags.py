"""The offers other rooms show on their pages."""

from django import template

from wagtail.models import Page

from foundation.i18n import children_in_locale_or_source
from foundation.page_cache import kept, page_tag
from listings.cards import CARD_TAGS, prepare_cards
from listings.models import listing_queryset

register = template.Library()


@register.inclusion_tag("listings/includes/structure_listings.html", takes_context=True)
def structure_listings(context, structure):
    """The offers a structure publishes, in the structure page's language where translated."""
    listings = kept(
        context.get("request"),
        f"structure-offers:{structure.pk}",
        lambda: prepare_cards(
            children_in_locale_or_source(structure, listing_queryset(Page.objects.all()))
        ),
        tags=(*CARD_TAGS, page_tag(structure)),
    )
    return {**context.flatten(), "listings": listings}
