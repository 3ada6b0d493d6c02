import datetime

import factory
import wagtail_factories

from foundation.factories import PortalImageFactory
from foundation.vocabularies import PriceKind, Sector
from listings.blocks import GalleryBlock, PhotoBlock
from listings.models import (
    BusinessListingPage,
    HousingKind,
    HousingListingPage,
    LandKind,
    LandListingPage,
    ListingIndexPage,
    PremisesKind,
    PremisesListingPage,
)
from territory.factories import CommuneFactory


class PhotoBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(PortalImageFactory)
    alt_text = factory.Sequence(lambda n: f"La vitrine donnant sur la place, photo {n}")
    caption = ""

    class Meta:
        model = PhotoBlock


class GalleryBlockFactory(wagtail_factories.StreamBlockFactory):
    photo = factory.SubFactory(PhotoBlockFactory)

    class Meta:
        model = GalleryBlock


class ListingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Opportunités"
    slug = "opportunites"
    summary = "Entreprises à reprendre, locaux, terrains et logements."

    class Meta:
        model = ListingIndexPage


class ListingPageFactory(wagtail_factories.PageFactory):
    """The shared base; ``gallery__0="photo"`` adds a photo, ``gallery__0__photo__image=...``."""

    summary = "Une belle affaire au cœur d'un bourg animé."
    reference = factory.Sequence(lambda n: f"REF-{n:04d}")
    description = "<p>Clientèle fidèle, emplacement de premier ordre.</p>"
    commune = factory.SubFactory(CommuneFactory)
    gallery = wagtail_factories.StreamFieldFactory(GalleryBlockFactory)
    price = 125_000
    price_kind = PriceKind.SALE
    surface = 120
    available_from = datetime.date(2031, 9, 1)

    class Meta:
        abstract = True


class BusinessListingPageFactory(ListingPageFactory):
    title = factory.Sequence(lambda n: f"Boulangerie-pâtisserie {n}")
    slug = factory.Sequence(lambda n: f"boulangerie-{n}")
    sector = Sector.COMMERCE
    activity = "Boulangerie-pâtisserie"
    staff = 3

    class Meta:
        model = BusinessListingPage


class PremisesListingPageFactory(ListingPageFactory):
    title = factory.Sequence(lambda n: f"Local commercial {n}")
    slug = factory.Sequence(lambda n: f"local-{n}")
    kind = PremisesKind.SHOP
    price = 650
    price_kind = PriceKind.MONTHLY_RENT
    energy_class = "C"
    climate_class = "B"

    class Meta:
        model = PremisesListingPage


class LandListingPageFactory(ListingPageFactory):
    title = factory.Sequence(lambda n: f"Terrain agricole {n}")
    slug = factory.Sequence(lambda n: f"terrain-{n}")
    kind = LandKind.AGRICULTURAL
    surface = 125_000
    price = 48_000

    class Meta:
        model = LandListingPage


class HousingListingPageFactory(ListingPageFactory):
    title = factory.Sequence(lambda n: f"Maison de bourg {n}")
    slug = factory.Sequence(lambda n: f"maison-{n}")
    kind = HousingKind.HOUSE
    price = 780
    price_kind = PriceKind.MONTHLY_RENT
    rooms = 5
    energy_class = "D"
    climate_class = "D"
    energy_cost_min = 1_200
    energy_cost_max = 1_700
    energy_prices_year = 2024

    class Meta:
        model = HousingListingPage
