"""The services that help a household settle, published mostly by the communities of communes.

One template per category, set in chosen communes of each community, plus a few services
written one by one (``data/services.yaml``); the phone numbers follow one another.
"""

from dataclasses import dataclass

from .content import AREA_NAMES, COMMUNITY_STRUCTURES, SIRENS, read
from .text import T, make_slug, place


@dataclass
class ServiceSpec:
    structure: str
    category: str
    community: str
    commune: str | None
    # Where the service is placed on the map: its commune, or its community's seat.
    seat: str
    title: T
    summary: T
    paragraphs: list
    opening_hours: T | None
    address: str
    phone: str
    email: str


def all_services(postcodes):
    """Every demo service, in a fixed order. ``postcodes`` maps a commune name to its postcode."""
    data = read("services")
    specs = []

    seats = {SIRENS[key]: community["seat"] for key, community in data["communities"].items()}

    def add(commune, params, texts, **fields):
        phone = 51 + len(specs)
        specs.append(
            ServiceSpec(
                commune=commune,
                seat=commune or seats[fields["community"]],
                title=texts["title"].format(**params),
                summary=texts["summary"].format(**params),
                paragraphs=[paragraph.format(**params) for paragraph in texts["paragraphs"]],
                opening_hours=texts["opening_hours"] and texts["opening_hours"].format(**params),
                address=f"{postcodes[commune]} {commune}" if commune else "",
                phone=f"04 73 00 {phone // 100 + 40} {phone % 100:02d}",
                **fields,
            )
        )

    for key, community in data["communities"].items():
        siren = SIRENS[key]
        area = AREA_NAMES[siren]
        day = data["weekdays"][community["market_day"]]
        for category, communes in community["places"].items():
            for commune in communes if isinstance(communes, list) else [communes]:
                params = {
                    **place(commune or area),
                    "area": area,
                    "day": day,
                    "day_title": day.en,
                    "places": community["nursery_places"],
                    "classes": community["school_classes"],
                }
                add(
                    commune,
                    params,
                    data["templates"][category],
                    structure=COMMUNITY_STRUCTURES[siren],
                    category=category,
                    community=siren,
                    email=f"{data['email_names'][category]}-{make_slug(commune or area)}"
                    "@example.org",
                )
    for extra in data["extra"]:
        commune = extra["commune"]
        add(
            commune,
            place(commune) if commune else {},
            extra,
            structure=extra["structure"],
            category=extra["category"],
            community=SIRENS[extra["community"]],
            email=extra["email"],
        )
    return specs
