"""The offers a newcomer keeps in a shortlist, compared side by side.

No account and no cookie: the browser keeps the numbers of the offers chosen (``localStorage``,
``static/js/shortlist.js``) and sends them only when the reader opens the comparison, whose
address holds them (``?ids=12,34``). That address is the shortlist to share: whoever opens it
sees the same offers, each in their own language where it is translated.

An offer taken, withdrawn or unpublished since it was kept is left out and counted; what in the
address is not an offer's number is left out too, and said.
"""

from dataclasses import dataclass

from wagtail.models import Page

from foundation.i18n import in_locale_or_source
from foundation.locale_trees import text_language
from listings.cards import prepare_cards
from listings.models import listing_queryset

PARAMETER = "ids"
MAX_OFFERS = 12


@dataclass
class Shortlist:
    offers: list
    # Kept offers no longer shown: taken, withdrawn or unpublished.
    gone: int = 0
    # Something in the address that is not an offer's number, or more offers than are compared.
    unreadable: bool = False
    cut: bool = False

    @property
    def ids(self):
        return ",".join(str(offer.pk) for offer in self.offers)


def read_ids(value):
    """The offers' numbers in ``value``, in their order, once each; and whether anything in it
    was not a number."""
    tokens = [token.strip() for token in value.split(",") if token.strip()]
    ids = [
        int(token) for token in tokens if token.isascii() and token.isdigit() and len(token) < 10
    ]
    return list(dict.fromkeys(ids)), len(ids) < len(tokens)


def shortlist(value, locale):
    """The offers of ``value`` (an address's ``ids``) as ``locale`` reads them, in their order,
    ready to be compared: a fixed number of queries, whatever their number."""
    ids, unreadable = read_ids(value)
    cut = len(ids) > MAX_OFFERS
    ids = ids[:MAX_OFFERS]
    # A number kept from a page in any language stands for the offer in every language.
    keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    order = {key: position for position, key in enumerate(keys[pk] for pk in ids if pk in keys)}
    pages = in_locale_or_source(listing_queryset(Page.objects.all()), locale)
    offers = prepare_cards(pages.filter(translation_key__in=order))
    offers.sort(key=lambda offer: order[offer.translation_key])
    for offer in offers:  # French where it is not translated yet
        offer.text_language = text_language(offer, locale.pk, locale.language_code)
    return Shortlist(offers, gone=len(ids) - len(offers), unreadable=unreadable, cut=cut)
