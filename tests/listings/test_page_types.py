from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import rich_text, streamfield

from directory.factories import ReferentFactory, StructurePageFactory
from directory.models import StructurePage
from foundation.factories import PortalImageFactory
from home.models import HomePage
from listings.models import (
    BusinessListingPage,
    HousingListingPage,
    LandListingPage,
    ListingIndexPage,
    PremisesListingPage,
)
from territory.factories import CommuneFactory
from tests.builders import assert_denied, build_skeleton, page_form

LISTING_MODELS = [BusinessListingPage, PremisesListingPage, LandListingPage, HousingListingPage]


class PageTypeRulesTests(WagtailPageTestCase):
    def test_listing_index_under_home_without_children(self):
        self.assertAllowedParentPageTypes(ListingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ListingIndexPage, set())

    def test_every_listing_is_a_leaf_under_a_structure(self):
        for model in LISTING_MODELS:
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {StructurePage})
                self.assertAllowedSubpageTypes(model, set())
                self.assertEqual(model.subpage_types, [])
                self.assertIn(f"listings.{model.__name__}", StructurePage.subpage_types)
                self.assertCanNotCreateAt(HomePage, model)
                self.assertCanNotCreateAt(ListingIndexPage, model)


class ListingAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_skeleton()
        cls.structure = StructurePageFactory(parent=cls.world.network, title="CCI de Thiers")
        cls.referent = ReferentFactory(structure=cls.structure, name="Claire Dumas")
        cls.commune = CommuneFactory(name="Thiers", insee_code="63430")
        cls.photo = PortalImageFactory(title="Vitrine")

    def setUp(self):
        self.user = self.login()

    def listing_form(self, **fields):
        fields = {"contact": str(self.referent.pk), **fields}
        return page_form(
            summary="Au cœur de la ville basse.",
            reference="CCI-2031-007",
            description=rich_text("<p>Clientèle fidèle depuis trente ans.</p>"),
            commune=str(self.commune.pk),
            latitude="45.8561",
            longitude="3.5477",
            price="95000",
            price_kind="sale",
            surface="140",
            availability="available",
            available_from="2031-09-01",
            gallery=streamfield(
                [
                    (
                        "photo",
                        {
                            "image": str(self.photo.pk),
                            "alt_text": "La vitrine",
                            "caption": "Vue depuis la place",
                        },
                    )
                ]
            ),
            tags="centre-bourg, clientèle",
            **fields,
        )

    def add_url(self, model, parent=None):
        parent = parent or self.structure
        return f"/admin/pages/add/listings/{model._meta.model_name}/{parent.pk}/"

    def test_the_contact_is_a_referent_of_the_publishing_structure(self):
        other = StructurePageFactory(parent=self.world.network, title="CMA du Puy-de-Dôme")
        stranger = ReferentFactory(structure=other, name="Marc Vidal")
        response = self.client.get(self.add_url(PremisesListingPage))
        offered = {
            option["value"]
            for option in self.get_soup(response.content).select("#id_contact option")
        }
        self.assertEqual(offered, {"", str(self.referent.pk)})
        response = self.client.post(
            self.add_url(PremisesListingPage),
            self.listing_form(title="Local", slug="local", contact=str(stranger.pk)),
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("contact", response.context["form"].errors)
        self.assertFalse(PremisesListingPage.objects.filter(slug="local").exists())

    def test_a_form_built_without_its_parent_reads_it_from_the_offer(self):
        self.assertCanCreate(
            self.structure,
            PremisesListingPage,
            self.listing_form(
                title="Local", slug="local-sans-parent", kind="shop", transaction="rent"
            ),
        )
        listing = PremisesListingPage.objects.get(slug="local-sans-parent")
        form_class = PremisesListingPage.get_edit_handler().get_form_class()
        form = form_class(instance=listing, for_user=self.user)
        self.assertEqual(list(form.fields["contact"].queryset), [self.referent])

    def test_create_the_listing_index_only_once(self):
        self.assertFalse(ListingIndexPage.can_create_at(self.world.home))
        self.world.listing_index.delete()
        self.assertCanCreate(
            self.world.home,
            ListingIndexPage,
            page_form(title="Opportunités", slug="opportunites", summary="Toutes les offres."),
        )
        self.assertFalse(ListingIndexPage.can_create_at(self.world.home))

    def test_create_a_business_to_take_over(self):
        self.assertCanCreate(
            self.structure,
            BusinessListingPage,
            self.listing_form(
                title="Coutellerie à reprendre",
                slug="coutellerie",
                sector="crafts",
                activity="Coutellerie d'art",
                turnover="100k_300k",
                staff="2",
                transfer_kind="goodwill",
                transfer_reason="retirement",
                included="Machines, stock, marque.",
                seller_accompaniment="on",
                confidential="on",
            ),
        )
        listing = BusinessListingPage.objects.get(slug="coutellerie")
        self.assertTrue(listing.live)
        self.assertTrue(listing.confidential)
        self.assertTrue(listing.seller_accompaniment)
        self.assertEqual(listing.commune, self.commune)
        self.assertEqual(listing.contact, self.referent)
        self.assertEqual(listing.first_photo["alt_text"], "La vitrine")
        self.assertEqual(listing.first_photo["image"], self.photo)
        self.assertEqual(set(listing.tags.names()), {"centre-bourg", "clientèle"})

    def test_create_premises(self):
        self.assertCanCreate(
            self.structure,
            PremisesListingPage,
            self.listing_form(
                title="Atelier de 300 m²",
                slug="atelier",
                kind="workshop",
                transaction="rent",
                accessible="on",
                energy_class="D",
                climate_class="C",
            ),
        )
        premises = PremisesListingPage.objects.get(slug="atelier")
        self.assertEqual((premises.energy_class, premises.climate_class), ("D", "C"))
        self.assertTrue(premises.accessible)

    def test_create_land(self):
        self.assertCanCreate(
            self.structure,
            LandListingPage,
            self.listing_form(
                title="Parcelle en zone d'activités",
                slug="parcelle",
                kind="business_park",
                zoning="UX",
                serviced="on",
            ),
        )
        self.assertEqual(LandListingPage.objects.get(slug="parcelle").zoning, "UX")

    def test_create_housing(self):
        self.assertCanCreate(
            self.structure,
            HousingListingPage,
            self.listing_form(
                title="Maison de ville",
                slug="maison-ville",
                kind="house",
                transaction="sale",
                rooms="5",
                energy_class="G",
                climate_class="F",
                energy_cost_min="2100",
                energy_cost_max="2900",
                energy_prices_year="2024",
            ),
        )
        housing = HousingListingPage.objects.get(slug="maison-ville")
        self.assertTrue(housing.excessive_consumption)
        self.assertEqual((housing.energy_cost_min, housing.energy_cost_max), (2100, 2900))

    def assertRefused(self, model, data, field):
        data["action-publish"] = "action-publish"
        response = self.client.post(self.add_url(model), data)
        self.assertEqual(response.status_code, 200)
        self.assertIn(field, response.context["form"].errors)
        self.assertFalse(model.objects.filter(slug=data["slug"]).exists())

    def test_admin_refuses_a_sale_without_price(self):
        data = self.listing_form(
            title="Sans prix",
            slug="sans-prix",
            sector="commerce",
            activity="Épicerie",
            transfer_kind="goodwill",
        )
        data["price"] = ""
        self.assertRefused(BusinessListingPage, data, "price")

    def test_admin_accepts_a_price_on_request(self):
        data = self.listing_form(
            title="Prix sur demande",
            slug="sur-demande",
            sector="commerce",
            activity="Épicerie",
            transfer_kind="goodwill",
        )
        data.update(price="", price_kind="on_request")
        self.assertCanCreate(self.structure, BusinessListingPage, data)
        self.assertIsNone(BusinessListingPage.objects.get(slug="sur-demande").price)

    def test_admin_refuses_half_a_point(self):
        data = self.listing_form(
            title="Demi-point", slug="demi-point", kind="shop", transaction="rent"
        )
        data["longitude"] = ""
        self.assertRefused(PremisesListingPage, data, "longitude")

    def test_admin_refuses_an_inverted_energy_cost_range(self):
        data = self.listing_form(
            title="Coûts inversés",
            slug="couts-inverses",
            kind="flat",
            transaction="rent",
            energy_cost_min="2000",
            energy_cost_max="1000",
        )
        self.assertRefused(HousingListingPage, data, "energy_cost_max")

    def test_listings_cannot_be_added_elsewhere_than_under_a_structure(self):
        assert_denied(self.client.get(self.add_url(BusinessListingPage, self.world.home)))
        assert_denied(
            self.client.post(
                self.add_url(BusinessListingPage, self.world.home),
                self.listing_form(title="Hors structure", slug="hors"),
            )
        )
        self.assertFalse(BusinessListingPage.objects.exists())
