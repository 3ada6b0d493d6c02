"""How Cap'Actif shares enquiries out: the chamber of the sector, the community of the place.

The demo's routing rules, as the coordinator would type them in the admin.
"""

from network.models import RoutingRole, Sector

from .structures import AMBERT, BILLOM, COMMUNITY_STRUCTURES, PARK, THIERS

TECHNICAL = RoutingRole.TECHNICAL
TERRITORIAL = RoutingRole.TERRITORIAL

# (role, sector or "", community SIREN or None, structure slug, priority)
ROUTING_RULES = [
    (TECHNICAL, Sector.CRAFTS, None, "cma-puy-de-dome", 100),
    (TECHNICAL, Sector.AGRICULTURE, None, "chambre-agriculture-puy-de-dome", 100),
    *(
        (TECHNICAL, sector, community, chamber, 100)
        for sector in (Sector.COMMERCE, Sector.INDUSTRY, Sector.SERVICES, Sector.TOURISM)
        for community, chamber in (
            (THIERS, "cci-thiers"),
            (BILLOM, "cci-thiers"),
            (AMBERT, "cci-ambert"),
            (None, "cci-thiers"),
        )
    ),
    # Health, culture, or a project not yet sorted: the park's coordinator takes it.
    (TECHNICAL, "", None, PARK, 900),
    *((TERRITORIAL, "", siren, slug, 100) for siren, slug in COMMUNITY_STRUCTURES.items()),
    (TERRITORIAL, "", None, PARK, 900),
]
