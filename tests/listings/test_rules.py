"""The listing base's rules, checked on unsaved instances."""

import pytest

from django.core.exceptions import ValidationError

from foundation.vocabularies import EnergyClass, PriceKind
from listings.confidentiality import PlaceNames
from listings.factories import (
    BusinessListingPageFactory,
    HousingListingPageFactory,
    LandListingPageFactory,
    PremisesListingPageFactory,
)
from listings.models import LandKind
from territory.factories import CommuneFactory, CommunityOfCommunesFactory

# Unsaved instances; the database only answers Wagtail's content type lookup.
pytestmark = pytest.mark.django_db

ALL_TYPES = [
    BusinessListingPageFactory,
    PremisesListingPageFactory,
    LandListingPageFactory,
    HousingListingPageFactory,
]


def build(factory=BusinessListingPageFactory, **fields):
    community = CommunityOfCommunesFactory.build(name="CC Thiers Dore et Montagne")
    commune = CommuneFactory.build(
        name="Celles-sur-Durolle", insee_code="63066", community=community
    )
    return factory.build(commune=commune, **fields)


def errors_of(listing):
    with pytest.raises(ValidationError) as caught:
        listing.clean()
    return caught.value.message_dict


@pytest.mark.parametrize("factory", ALL_TYPES)
@pytest.mark.parametrize("kind", [PriceKind.SALE, PriceKind.MONTHLY_RENT, PriceKind.LEASE])
def test_a_price_is_required_when_the_offer_is_sold_or_rented(factory, kind):
    assert "price" in errors_of(build(factory, price=None, price_kind=kind))


@pytest.mark.parametrize("factory", ALL_TYPES)
@pytest.mark.parametrize("kind", [PriceKind.ON_REQUEST, PriceKind.FREE])
def test_no_price_is_needed_on_request_or_free(factory, kind):
    listing = build(factory, price=None, price_kind=kind)
    listing.clean()
    assert not listing.shows_price


def test_a_price_given_with_on_request_is_not_shown():
    assert not build(price=90_000, price_kind=PriceKind.ON_REQUEST).shows_price
    assert build(price=90_000, price_kind=PriceKind.SALE).shows_price


@pytest.mark.parametrize(
    ("latitude", "longitude"), [(45.85, None), (None, 3.55), (0.0, None), (None, 0.0)]
)
def test_latitude_and_longitude_come_together(latitude, longitude):
    assert "longitude" in errors_of(build(latitude=latitude, longitude=longitude))


@pytest.mark.parametrize(("latitude", "longitude"), [(45.85, 3.55), (None, None), (0.0, 0.0)])
def test_a_point_or_no_point_is_accepted(latitude, longitude):
    build(latitude=latitude, longitude=longitude).clean()


def test_housing_energy_cost_upper_estimate_not_below_lower_one():
    housing = build(HousingListingPageFactory, energy_cost_min=1_800, energy_cost_max=1_200)
    assert "energy_cost_max" in errors_of(housing)


@pytest.mark.parametrize(
    ("low", "high"), [(1_200, 1_200), (1_200, 1_800), (None, 900), (900, None)]
)
def test_housing_energy_cost_range_accepted(low, high):
    build(HousingListingPageFactory, energy_cost_min=low, energy_cost_max=high).clean()


@pytest.mark.parametrize("factory", [HousingListingPageFactory, PremisesListingPageFactory])
@pytest.mark.parametrize("energy_class", list(EnergyClass))
def test_excessive_consumption_exactly_for_f_and_g(factory, energy_class):
    listing = build(factory, energy_class=energy_class)
    assert listing.excessive_consumption is (energy_class in ("F", "G"))


@pytest.mark.parametrize("factory", [HousingListingPageFactory, PremisesListingPageFactory])
def test_unknown_energy_class_is_not_excessive(factory):
    assert build(factory, energy_class="").excessive_consumption is False


def test_public_listing_shows_its_commune_and_point():
    listing = build(latitude=45.8573, longitude=3.6342, confidential=False)
    assert listing.place_label == "Celles-sur-Durolle"
    assert listing.point == (45.8573, 3.6342)
    assert listing.place == {
        "commune": "Celles-sur-Durolle",
        "insee_code": "63066",
        "community": "CC Thiers Dore et Montagne",
        "point": {"latitude": 45.8573, "longitude": 3.6342},
    }


def test_confidential_listing_hides_its_commune_and_point():
    listing = build(latitude=45.8573, longitude=3.6342, confidential=True)
    assert listing.place_label == "CC Thiers Dore et Montagne"
    assert listing.point is None
    assert listing.place == {"community": "CC Thiers Dore et Montagne"}
    assert "Celles" not in repr(listing.place)
    assert "63066" not in repr(listing.place)


def test_listing_without_point_has_none():
    listing = build(latitude=None, longitude=None)
    assert listing.point is None
    assert listing.place["point"] is None


def test_agricultural_land_area_in_hectares():
    assert (
        build(LandListingPageFactory, kind=LandKind.AGRICULTURAL, surface=125_000).area_hectares
        == 12.5
    )


@pytest.mark.parametrize("kind", [LandKind.BUILDING_PLOT, LandKind.BUSINESS_PARK])
def test_plots_are_counted_in_square_metres(kind):
    assert build(LandListingPageFactory, kind=kind, surface=1_200).area_hectares is None


def test_land_without_surface_has_no_area():
    assert (
        build(LandListingPageFactory, kind=LandKind.AGRICULTURAL, surface=None).area_hectares
        is None
    )


def confidential_in_thiers(**fields):
    thiers = CommuneFactory.build(
        name="Thiers", postcodes=["63300"], insee_code="63430", community=None
    )
    defaults = {"title": "Coutellerie à reprendre", "slug": "coutellerie", "price": 90_000}
    return BusinessListingPageFactory.build(
        confidential=True, commune=thiers, **{**defaults, **fields}
    )


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("title", "Coutellerie à reprendre à Thiers"),
        ("slug", "coutellerie-thiers"),
        ("summary", "Au cœur de THIERS, une affaire saine."),
        ("description", "<p>Atelier situé au 63300, rue de la Coutellerie.</p>"),
        ("search_description", "Reprise d'une coutellerie (63430)"),
    ],
)
def test_a_confidential_offer_may_not_name_its_commune(field, text):
    with pytest.raises(ValidationError) as refused:
        confidential_in_thiers(**{field: text}).clean()
    assert field in refused.value.message_dict
    assert "Thiers" in refused.value.message_dict[field][0]


def test_a_confidential_offer_may_name_its_area_and_a_public_one_its_commune():
    confidential_in_thiers(summary="Dans le bassin thiernois, une affaire saine.").clean()
    public = confidential_in_thiers(title="Coutellerie à reprendre à Thiers")
    public.confidential = False
    public.clean()


def test_a_confidential_offer_may_not_name_its_commune_in_a_photo():
    listing = confidential_in_thiers(
        gallery=[("photo", {"image": None, "alt_text": "La vitrine à Thiers", "caption": ""})]
    )
    with pytest.raises(ValidationError) as refused:
        listing.clean()
    assert "gallery" in refused.value.message_dict


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Saint-Dier-d'Auvergne", "Reprise à St-Dier-d'Auvergne"),
        ("Saint-Dier-d'Auvergne", "ST DIER D AUVERGNE"),
        ("Saint-Dier-d'Auvergne", "saint-dier-d’auvergne"),
        ("Sainte-Agathe", "Au bourg de Ste-Agathe"),
        ("Sainte-Agathe", "ste agathe"),
        ("Celles-sur-Durolle", "Cellès s/ Durolle"),
        ("Celles-sur-Durolle", "https://www.celles-sur-durolle.fr/"),
        ("La Chaise-Dieu", "près de l'abbaye de Chaise-Dieu"),
        ("Thiers", "(63300)"),
        ("Thiers", "code 63430"),
    ],
)
def test_the_place_check_knows_how_places_are_written(name, text):
    commune = CommuneFactory.build(name=name, postcodes=["63300"], insee_code="63430")
    assert PlaceNames(commune).found_in(text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Saint-Dier-d'Auvergne", "Au cœur de l'Auvergne"),
        ("Sainte-Agathe", "La Sainte-Chapelle"),
        ("Celles-sur-Durolle", "Celles et ceux qui aiment le métier"),
        ("Celles-sur-Durolle", "Les gorges de la Durolle"),
        ("Thiers", "Bassin thiernois, 633 000 €"),
    ],
)
def test_the_place_check_lets_other_words_through(name, text):
    commune = CommuneFactory.build(name=name, postcodes=["63300"], insee_code="63430")
    assert not PlaceNames(commune).found_in(text)


def test_a_name_split_by_formatting_is_still_a_name():
    listing = confidential_in_thiers(description="<p>Au cœur de Th<b>iers</b>, une affaire.</p>")
    assert "description" in errors_of(listing)
