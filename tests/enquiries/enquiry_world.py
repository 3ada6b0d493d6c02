"""A small network for the enquiry tests: two chambers, a community of communes, the park."""

from django.utils import translation

from directory.factories import ReferentFactory, StructurePageFactory
from directory.models import StructureKind
from enquiries.forms import ProjectForm
from enquiries.models import RoutingRole, RoutingRule
from foundation.vocabularies import Sector
from tests.builders import build_world


def build_enquiry_world():
    world = build_world(translated=False)
    world.community = StructurePageFactory(
        parent=world.network,
        title="Communauté de communes Thiers Dore et Montagne",
        slug="cc-thiers",
        acronym="TDM",
        kind=StructureKind.COMMUNITY_OF_COMMUNES,
        communities=[world.thiers_cc],
    )
    world.park = StructurePageFactory(
        parent=world.network,
        title="Parc Livradois-Forez",
        slug="parc",
        acronym="PNR",
        kind=StructureKind.PARK,
    )
    world.cma_referent = ReferentFactory(
        structure=world.cma, name="Paul Girard", email="paul.girard@cma.example.org"
    )
    world.community_referent = ReferentFactory(
        structure=world.community, name="Nadia Besson", email="nadia.besson@tdm.example.org"
    )
    world.park_referent = ReferentFactory(
        structure=world.park, name="Mathilde Roussel", email="mathilde.roussel@pnr.example.org"
    )
    for role, sector, community, structure, priority in [
        (RoutingRole.TECHNICAL, Sector.CRAFTS, None, world.cma, 100),
        (RoutingRole.TECHNICAL, Sector.COMMERCE, None, world.cci, 100),
        (RoutingRole.TECHNICAL, "", None, world.park, 900),
        (RoutingRole.TERRITORIAL, "", world.thiers_cc, world.community, 100),
        (RoutingRole.TERRITORIAL, "", None, world.park, 900),
    ]:
        RoutingRule.objects.create(
            role=role, sector=sector, community=community, structure=structure, priority=priority
        )
    return world


def started_token():
    """The hidden ``started`` value of a form shown now."""
    return ProjectForm().initial["started"]


def project_data(world, **fields):
    return {
        "name": "Anna de Vries",
        "email": "anna.devries@example.nl",
        "phone": "+31 6 12 34 56 78",
        "current_place": "Utrecht, Pays-Bas",
        "project_kind": "take_over",
        "sector": "crafts",
        "description": "Reprendre une boulangerie avec mon compagnon.",
        "timeline": "1_year",
        "wished_communities": [str(world.thiers_cc.pk)],
        "needs": ["housing", "school"],
        "household_adults": "2",
        "household_children": "1",
        "partner_occupation": "Infirmier",
        "consent": "on",
        "started": started_token(),
        "website": "",
        **fields,
    }


def interest_data(**fields):
    return {
        "name": "Tom Baker",
        "email": "tom.baker@example.co.uk",
        "phone": "",
        "description": "Is the workshop still available? We could visit in March.",
        "consent": "on",
        "started": started_token(),
        "website": "",
        **fields,
    }


def url_in(language, name, *args):
    from django.urls import reverse

    with translation.override(language):
        return reverse(name, args=args)
