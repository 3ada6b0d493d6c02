"""The newest offers as an Atom feed (RFC 4287), one per language: a newcomer's feed reader
shows each new business, premises, land or housing as it is published.

Entries are in the language of the address, in French where an offer is not translated yet.
Each says where the offer is as far as its ``Disclosure`` lets it: a confidential offer by its
community of communes only (``place_label``); its title and summary were refused at save if
they named its commune.
"""

from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.models import Locale, Page

from foundation.i18n import in_locale_or_source
from foundation.locale_trees import text_language
from listings.models import ListingIndexPage, listing_queryset

NEWEST = 30


class EntriesInTheirLanguage(Atom1Feed):
    """Each entry says its own language: an offer not translated yet is in French."""

    def item_attributes(self, item):
        return {"xml:lang": item["language"]}


class NewOffersFeed(Feed):
    feed_type = EntriesInTheirLanguage

    def get_object(self, request, *args, **kwargs):
        return Locale.get_active()

    def title(self):
        return gettext("Installez-vous: new offers")

    def subtitle(self):
        return gettext(
            "The newest businesses to take over, premises, land and housing of the network."
        )

    def link(self, locale):
        """The listing index in the feed's language, else in French, else the site."""
        index = in_locale_or_source(ListingIndexPage.objects.live().public(), locale).first()
        return index.url if index else "/"

    def items(self, locale):
        pages = in_locale_or_source(listing_queryset(Page.objects.all()), locale)[:NEWEST]
        offers = list(pages.specific())
        prefetch_related_objects(offers, "commune__community")
        for offer in offers:  # French where it is not translated yet
            offer.text_language = text_language(offer, locale.pk, locale.language_code)
        return offers

    def item_title(self, offer):
        return offer.title

    def item_description(self, offer):
        """What kind of offer, where, and its summary: plain text, escaped, as an Atom summary
        is read as HTML."""
        kicker = f"{offer.listing_type_label} · {offer.place_label}"
        return escape(f"{kicker}. {offer.summary}" if offer.summary else kicker)

    def item_link(self, offer):
        return offer.url

    def item_pubdate(self, offer):
        return offer.first_published_at

    def item_updateddate(self, offer):
        return offer.last_published_at

    def item_categories(self, offer):
        return [str(offer.listing_type_label)]

    def item_extra_kwargs(self, offer):
        return {"language": offer.text_language}
