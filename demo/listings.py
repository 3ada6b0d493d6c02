"""Sixty fictional but plausible offers: businesses, premises, land and housing.

Businesses are written one by one; premises, land and housing come from a template per kind,
filled with the place, the surface and the price (``data/listings/``). Every text exists in
French, English and Dutch, so any listing can be translated. A seeded random generator picks
dates and photos: the same command always yields the same offers.
"""

import random
from dataclasses import dataclass, field
from datetime import date

from foundation.vocabularies import Availability, PriceKind, Transaction
from listings.models import (
    BusinessListingPage,
    HousingKind,
    HousingListingPage,
    LandListingPage,
    PremisesListingPage,
    TransferKind,
)

from .content import MOTIF_ALT, SIRENS, STRUCTURES_BY_SLUG, read
from .text import T, decimal, number, place, same

COMMON = read("listings/common")
REFERENCE_YEAR = COMMON["reference_year"]
LANDSCAPE_CAPTION = COMMON["captions"]["landscape"]
VILLAGE_CAPTION = COMMON["captions"]["village"]
ROAD_ACCESS = {SIRENS[key]: text for key, text in COMMON["road_access"].items()}
FARMHOUSE = "farmhouse"  # a house to renovate: its own template, stored as a house


@dataclass
class Photo:
    motif: str
    caption: T | None = None

    @property
    def alt_text(self):
        return MOTIF_ALT[self.motif]


@dataclass
class ListingSpec:
    model: type
    structure: str
    commune: str
    title: T
    summary: T
    paragraphs: list
    photos: list
    tags: list
    price: int | None
    price_kind: str
    surface: int | None
    availability: str = Availability.AVAILABLE
    confidential: bool = False
    fields: dict = field(default_factory=dict)
    texts: dict = field(default_factory=dict)
    reference: str = ""
    available_from: date | None = None


def closing(structure_slug, housing=False):
    """What the structure adds at the end of its offers: who to talk to next."""
    kind = STRUCTURES_BY_SLUG[structure_slug].kind
    if housing and kind in COMMON["housing_closings"]:
        return COMMON["housing_closings"][kind]
    return COMMON["closings"][kind]


def business(spec):
    motifs = spec["motifs"]
    return ListingSpec(
        model=BusinessListingPage,
        structure=spec["structure"],
        commune=spec["commune"],
        title=spec["title"].format(**place(spec["commune"])),
        summary=spec["summary"],
        paragraphs=[*spec["paragraphs"], closing(spec["structure"])],
        photos=[Photo(motifs[0], spec["caption"]), *(Photo(motif) for motif in motifs[1:])],
        tags=spec["tags"],
        price=spec["price"],
        price_kind=spec.get("price_kind", PriceKind.SALE),
        surface=spec["surface"],
        availability=spec.get("availability", Availability.AVAILABLE),
        confidential=spec.get("confidential", False),
        fields={
            "sector": spec["sector"],
            "turnover": spec["turnover"],
            "staff": spec["staff"],
            "transfer_reason": spec["reason"],
            "transfer_kind": spec.get("kind", TransferKind.GOODWILL),
            "seller_accompaniment": spec.get("accompaniment", True),
        },
        texts={"activity": spec["activity"], "included": spec["included"]},
    )


def filled(model, structure, offer, template, params, *, summary, paragraphs, photo, **more):
    """An offer from its kind's template: its texts filled, then ``paragraphs``; then ``photo``."""
    return ListingSpec(
        model=model,
        structure=structure,
        commune=offer["commune"],
        title=template["title"].format(**params),
        summary=summary.format(**params),
        paragraphs=[
            *(paragraph.format(**params) for paragraph in template["paragraphs"]),
            *paragraphs,
        ],
        photos=[Photo(template["motif"]), photo],
        tags=template["tags"],
        price=offer["price"],
        surface=offer["surface"],
        availability=offer.get("status", Availability.AVAILABLE),
        **more,
    )


def offers(name):
    """The offers of ``data/listings/<name>.yaml`` with their structure, and the file."""
    data = read(f"listings/{name}")
    return [(slug, offer) for slug, rows in data["offers"].items() for offer in rows], data


def premises(community_of):
    rows, data = offers("premises")
    specs = []
    for structure, offer in rows:
        template, deal = data["templates"][offer["kind"]], data["deals"][offer["deal"]]
        params = {
            **place(offer["commune"]),
            "surface": number(offer["surface"]),
            "deal": deal["label"],
            "access": ROAD_ACCESS[community_of[offer["commune"]]],
        }
        specs.append(
            filled(
                PremisesListingPage,
                structure,
                offer,
                template,
                params,
                summary=template["summary"],
                paragraphs=[deal["paragraph"], closing(structure)],
                photo=Photo("village", VILLAGE_CAPTION.format(**params)),
                price_kind=rent_or_sale(offer["deal"]),
                fields={
                    "kind": offer["kind"],
                    "transaction": offer["deal"],
                    "accessible": offer["accessible"],
                    "energy_class": offer["energy"],
                    "climate_class": offer["climate"],
                },
            )
        )
    return specs


def land(community_of):
    rows, data = offers("land")
    specs = []
    for structure, offer in rows:
        template = data["templates"][offer["kind"]]
        serviced, zoning = offer["serviced"], offer["zoning"]
        params = {
            **place(offer["commune"]),
            "surface": number(offer["surface"]),
            "hectares": decimal(offer["surface"] / 10_000),
            "zoning": zoning,
            "altitude": number(offer["altitude"]),
            "access": ROAD_ACCESS[community_of[offer["commune"]]],
        }
        specs.append(
            filled(
                LandListingPage,
                structure,
                offer,
                template,
                params,
                summary=template["summary"]["serviced" if serviced else "unserviced"],
                paragraphs=[data["deals"][offer["price_kind"]], closing(structure)],
                photo=Photo("landscape", LANDSCAPE_CAPTION),
                price_kind=offer["price_kind"],
                fields={"kind": offer["kind"], "serviced": serviced},
                texts={"zoning": same(zoning)},
            )
        )
    return specs


def bedrooms(count, texts):
    return texts["one"] if count == 1 else texts["many"].format(count=count)


def housing():
    rows, data = offers("housing")
    specs = []
    for structure, offer in rows:
        kind, deal, rooms = offer["kind"], offer["deal"], offer["rooms"]
        template = data["templates"][kind][deal]
        params = {
            **place(offer["commune"]),
            "rooms": rooms,
            "surface": number(offer["surface"]),
            "bedrooms": bedrooms(rooms - 1, data["bedrooms"]),
            "energy": offer["energy"],
        }
        specs.append(
            filled(
                HousingListingPage,
                structure,
                offer,
                template,
                params,
                summary=template["summary"],
                paragraphs=[closing(structure, housing=True)],
                photo=Photo("village", VILLAGE_CAPTION.format(**params)),
                price_kind=rent_or_sale(deal),
                fields={
                    "kind": HousingKind.HOUSE if kind == FARMHOUSE else kind,
                    "transaction": deal,
                    "rooms": rooms,
                    "furnished": kind == HousingKind.TRANSITIONAL,
                    "energy_class": offer["energy"],
                    "climate_class": offer["climate"],
                    "energy_cost_min": offer["energy_cost"][0],
                    "energy_cost_max": offer["energy_cost"][1],
                    "energy_prices_year": data["energy_prices_year"],
                },
            )
        )
    return specs


def rent_or_sale(deal):
    return PriceKind.MONTHLY_RENT if deal == Transaction.RENT else PriceKind.SALE


def interleave(*groups):
    """Mix the types, so that every third listing (the translated ones) covers them all."""
    mixed = []
    longest = max(len(group) for group in groups)
    for index in range(longest):
        mixed.extend(group[index] for group in groups if index < len(group))
    return mixed


def all_listings(community_of):
    """Every demo listing, in a fixed order, with its reference, photos and dates settled.

    ``community_of`` maps a commune name to its community's SIREN code.
    """
    rng = random.Random(REFERENCE_YEAR)
    businesses = [business(spec) for spec in read("listings/businesses")["businesses"]]
    specs = interleave(businesses, premises(community_of), land(community_of), housing())
    numbers = {}
    for spec in specs:
        structure = STRUCTURES_BY_SLUG[spec.structure]
        numbers[spec.structure] = numbers.get(spec.structure, 10) + 1
        spec.reference = (
            f"{structure.reference_prefix}-{REFERENCE_YEAR}-{numbers[spec.structure]:03d}"
        )
        if spec.availability == Availability.AVAILABLE:
            spec.available_from = rng.choice(COMMON["available_from"])
        # Between one and three photos: the main one always, the others as the dice say.
        extra = rng.randint(0, len(spec.photos) - 1)
        spec.photos = spec.photos[: 1 + extra]
        if spec.confidential:
            # A confidential offer must not show its village, even in a caption.
            spec.photos = [
                photo if photo.motif != "village" else Photo("landscape", LANDSCAPE_CAPTION)
                for photo in spec.photos
            ]
        elif (
            len(spec.photos) > 1
            and spec.photos[1].motif == "village"
            and not spec.photos[1].caption
        ):
            spec.photos[1] = Photo("village", VILLAGE_CAPTION.format(**place(spec.commune)))
    return specs
