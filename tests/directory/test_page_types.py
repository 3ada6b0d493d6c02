from django.utils.translation import override

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, rich_text

from directory.models import NetworkPage, StructurePage
from home.models import HomePage
from listings.models import (
    BusinessListingPage,
    HousingListingPage,
    LandListingPage,
    PremisesListingPage,
)
from services.models import ServicePage
from territory.factories import CommunityOfCommunesFactory
from tests.builders import build_skeleton, page_form


class PageTypeRulesTests(WagtailPageTestCase):
    def test_network_page_under_home_holds_structures(self):
        self.assertAllowedParentPageTypes(NetworkPage, {HomePage})
        self.assertAllowedSubpageTypes(NetworkPage, {StructurePage})

    def test_structure_page_holds_its_listings_and_services(self):
        self.assertAllowedParentPageTypes(StructurePage, {NetworkPage})
        self.assertAllowedSubpageTypes(
            StructurePage,
            {
                BusinessListingPage,
                PremisesListingPage,
                LandListingPage,
                HousingListingPage,
                ServicePage,
            },
        )
        self.assertEqual(NetworkPage.subpage_types, ["directory.StructurePage"])
        self.assertEqual(StructurePage.parent_page_types, ["directory.NetworkPage"])


class NetworkAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_skeleton()
        cls.community = CommunityOfCommunesFactory(name="CC Thiers Dore et Montagne")

    def setUp(self):
        self.login()

    def test_create_the_network_page_only_once(self):
        self.assertFalse(NetworkPage.can_create_at(self.world.home))
        self.world.network.delete()
        self.assertCanCreate(
            self.world.home,
            NetworkPage,
            page_form(
                title="Le réseau Cap'Actif", slug="reseau", body=rich_text("<p>Qui fait quoi.</p>")
            ),
        )
        self.assertFalse(NetworkPage.can_create_at(self.world.home))

    def test_create_a_structure_with_its_referents_and_sectors(self):
        data = page_form(
            title="Chambre de métiers et de l'artisanat",
            slug="cma",
            summary="L'artisanat du Puy-de-Dôme.",
            kind="cma",
            acronym="CMA 63",
            body=rich_text("<p>Reprise d'entreprises artisanales.</p>"),
            competences=inline_formset([{"sector": "crafts"}, {"sector": "commerce"}]),
            address="17 boulevard Berthelot, 63400 Chamalières",
            phone="04 73 31 52 00",
            email="contact@cma63.example.org",
            website="https://cma63.example.org",
            referents=inline_formset(
                [
                    {
                        "name": "Luc Vidal",
                        "role": "Conseiller",
                        "email": "luc@cma63.example.org",
                        "phone": "",
                        "user": "",
                    }
                ]
            ),
        )
        data["communities"] = [str(self.community.pk)]
        self.assertCanCreate(self.world.network, StructurePage, data)
        structure = StructurePage.objects.get(slug="cma")
        with override("en"):
            self.assertEqual(structure.get_kind_display(), "Chamber of trades and crafts")
        self.assertEqual(list(structure.communities.all()), [self.community])
        self.assertEqual(
            [competence.sector for competence in structure.competences.all()],
            ["crafts", "commerce"],
        )
        self.assertEqual(structure.referents.get().name, "Luc Vidal")
        # Its images go to a collection of its own.
        self.assertEqual(structure.collection.name, "Chambre de métiers et de l'artisanat")
