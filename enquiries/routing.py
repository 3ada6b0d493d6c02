"""Who follows an enquiry: a technical and a territorial referent structure.

The listing's structure when there is one; otherwise the coordinator's routing rules, by the
project's sector for the technical referent and by the wished place for the territorial one.
"""

from directory.access import source_structure
from directory.models import StructureKind
from enquiries.models import RoutingRole, RoutingRule


def wished_community(enquiry, listing=None):
    """The community of communes the newcomer wants to settle in, as far as it is known."""
    if listing is not None:
        return listing.commune.community
    community = enquiry.wished_communities.order_by("name").first()
    if community is None:
        commune = enquiry.wished_communes.filter(community__isnull=False).first()
        community = commune.community if commune else None
    return community


def best_rule(role, sector, community):
    rules = [
        rule
        for rule in RoutingRule.objects.filter(role=role).select_related("structure")
        if rule.sector in ("", sector)
        and (rule.community_id is None or (community and rule.community_id == community.pk))
    ]
    rules.sort(key=RoutingRule.specificity)
    return rules[0].structure if rules else None


def route(enquiry, listing=None):
    """The (technical, territorial) structures for ``enquiry``; either may be ``None``."""
    community = wished_community(enquiry, listing)
    technical = territorial = None
    publisher = source_structure(listing) if listing is not None else None
    if publisher is not None:
        if publisher.kind == StructureKind.COMMUNITY_OF_COMMUNES:
            territorial = publisher
        else:
            technical = publisher
    sector = enquiry.sector or getattr(listing, "sector", "")
    technical = technical or best_rule(RoutingRole.TECHNICAL, sector, community)
    territorial = territorial or best_rule(RoutingRole.TERRITORIAL, sector, community)
    return technical, territorial
