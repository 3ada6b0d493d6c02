from django.utils.translation import override

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import rich_text

from directory.factories import StructurePageFactory
from directory.models import StructurePage
from home.models import AreaPage, HomePage
from services.models import ServiceIndexPage, ServicePage
from territory.factories import CommuneFactory, CommunityOfCommunesFactory
from tests.builders import build_skeleton, page_form


class PageTypeRulesTests(WagtailPageTestCase):
    def test_area_and_service_index_are_leaves_under_home(self):
        for model in (AreaPage, ServiceIndexPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})
                self.assertAllowedSubpageTypes(model, set())

    def test_services_are_leaves_under_a_structure(self):
        self.assertAllowedParentPageTypes(ServicePage, {StructurePage})
        self.assertAllowedSubpageTypes(ServicePage, set())
        self.assertCanNotCreateAt(ServiceIndexPage, ServicePage)


class TerritoryAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_skeleton()
        cls.thiers_cc = CommunityOfCommunesFactory(name="CC Thiers Dore et Montagne")
        cls.ambert_cc = CommunityOfCommunesFactory(name="CC Ambert Livradois Forez")
        cls.thiers = CommuneFactory(name="Thiers", community=cls.thiers_cc)
        cls.ambert = CommuneFactory(name="Ambert", community=cls.ambert_cc)
        cls.structure = StructurePageFactory(parent=cls.world.network)

    def setUp(self):
        self.login()

    def test_create_an_area_page(self):
        self.assertCanCreate(
            self.world.home,
            AreaPage,
            page_form(
                title="Thiers Dore et Montagne",
                slug="thiers-dore-et-montagne",
                summary="La capitale de la coutellerie.",
                community=str(self.thiers_cc.pk),
                image="",
                body=rich_text("<p>Trente communes entre Dore et Montagne.</p>"),
            ),
        )
        self.assertEqual(AreaPage.objects.get().community, self.thiers_cc)

    def test_create_the_service_index_only_once(self):
        self.assertFalse(ServiceIndexPage.can_create_at(self.world.home))
        self.world.service_index.delete()
        self.assertCanCreate(
            self.world.home,
            ServiceIndexPage,
            page_form(title="Vivre ici", slug="vivre-ici", summary="Les services."),
        )

    def service_form(self, **fields):
        return page_form(
            title="Maison de santé",
            slug="maison-de-sante",
            summary="Six médecins généralistes.",
            category="health",
            description=rich_text("<p>Consultations sans rendez-vous le samedi.</p>"),
            address="Rue de la République",
            phone="04 73 80 10 10",
            email="accueil@msp.example.org",
            website="https://msp.example.org",
            opening_hours="Lundi-samedi, 8 h-19 h",
            **fields,
        )

    def test_create_a_service(self):
        self.assertCanCreate(
            self.structure,
            ServicePage,
            self.service_form(community=str(self.thiers_cc.pk), commune=str(self.thiers.pk)),
        )
        service = ServicePage.objects.get()
        self.assertEqual((service.commune, service.community), (self.thiers, self.thiers_cc))
        with override("en"):
            self.assertEqual(service.get_category_display(), "Health")

    def test_admin_refuses_a_commune_outside_the_services_community(self):
        data = self.service_form(community=str(self.thiers_cc.pk), commune=str(self.ambert.pk))
        data["action-publish"] = "action-publish"
        response = self.client.post(
            f"/admin/pages/add/services/servicepage/{self.structure.pk}/", data
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("commune", response.context["form"].errors)
        self.assertFalse(ServicePage.objects.exists())
