"""What the offers count for the network's report: premises offered, offers taken, expired.

Each offer is counted once, on its French page, whatever the languages it is translated into.
"""

from django.utils.translation import gettext_lazy as _

from foundation.figures import FigureSource, Table
from foundation.vocabularies import Availability
from listings.lifecycle import source_listings
from listings.models import LISTING_PAGE_MODELS, PremisesListingPage, in_community_filter


class OfferFigures(FigureSource):
    """The offers published in the period, narrowed to a structure's or an area's."""

    headline_figures = {"premises": (20, _("Premises offered"))}

    def listings(self):
        listings = source_listings()
        if self.structure is not None:
            listings = listings.descendant_of(self.structure)
        if self.area is not None:
            listings = listings.filter(in_community_filter(self.area))
        return listings

    def published(self, model=None):
        listings = self.listings().filter(
            first_published_at__gte=self.period.start, first_published_at__lt=self.period.end
        )
        return listings.type(model).count() if model else listings.count()

    def offers(self):
        rows = []
        listings = self.listings()
        for model in LISTING_PAGE_MODELS:
            name = model._meta.model_name
            of_type = listings.type(model)
            taken = of_type.filter(
                **{
                    f"{name}__availability": Availability.TAKEN,
                    f"{name}__availability_changed_on__gte": self.period.first_day,
                    f"{name}__availability_changed_on__lt": self.period.next_first_day,
                }
            ).count()
            expired = of_type.filter(
                expired=True,
                expire_at__gte=self.period.start,
                expire_at__lt=self.period.end,
            ).count()
            rows.append(
                [
                    model._meta.verbose_name_plural.capitalize(),
                    self.published(model),
                    taken,
                    expired,
                ]
            )
        return Table(
            "offers",
            _("Offers published, taken and expired"),
            [_("Type"), _("Published"), _("Taken"), _("Expired")],
            rows,
            note=_("Expired: withdrawn at their review date without being confirmed."),
        )

    def premises(self):
        return self.published(PremisesListingPage)

    def tables(self):
        return [self.offers()]
