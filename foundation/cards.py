"""What a card shows, whether it comes from a page or from a search document.

The home page, an area, a structure and a campaign show offers read from their pages; the
search and the index pages show the documents of the search index. Both give an
``OfferCard`` (their ``card()`` method), and one template draws it:
``components/offer_card.html``, through the ``offer_card`` template tag.
"""

from dataclasses import dataclass

from django.utils.functional import Promise

from wagtail.images.models import Filter

# The photo of a card: two widths, in WebP with a JPEG fallback, as the ``{% picture %}`` of
# ``components/offer_card.html`` asks for them. The pages and the search make them all before
# they show a card (``Image.get_renditions``), so a card kept in the cache reads none again.
CARD_RENDITIONS = Filter.expand_spec("fill-{480x320,960x640}|format-{webp,jpeg}")


@dataclass(frozen=True)
class OfferCard:
    # The page the card links to.
    page: object
    kicker: str
    title: str
    # "listing-card" or "result-card": where the card stands, for the stylesheet and tests.
    css_class: str
    image: object = None
    # The language of the card's texts when it is not the reader's (a page not translated yet).
    language: str = ""
    # Empty for what has no price: a service, a structure, an area.
    price_kind: str = ""
    price: int | None = None
    hectares: float | None = None
    surface: int | None = None
    availability: str = ""
    # What is said of the availability, when something is: "Under offer".
    badge: str | Promise = ""
    summary: str = ""
    # Whether the card's link carries the campaign the visitor came by.
    carries_campaign: bool = False
