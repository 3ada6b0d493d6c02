from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import rich_text

from directory.models import NetworkPage
from foundation.models import StandardPage
from home.models import AreaPage, HomePage
from listings.models import ListingIndexPage
from promotion.models import CampaignPage, EventIndexPage, EventPage
from services.models import ServiceIndexPage
from tests.builders import build_skeleton, page_form


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ListingIndexPage,
                ServiceIndexPage,
                AreaPage,
                NetworkPage,
                CampaignPage,
                EventIndexPage,
                StandardPage,
            },
        )

    def test_campaigns_sit_under_home_and_events_in_the_calendar(self):
        self.assertAllowedParentPageTypes(CampaignPage, {HomePage})
        self.assertAllowedSubpageTypes(CampaignPage, set())
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_rules_are_declared_both_ways(self):
        for child in HomePage.subpage_types:
            self.assertIn("home.HomePage", _model(child).parent_page_types, child)
        self.assertEqual(HomePage.parent_page_types, ["wagtailcore.Page"])


def _model(label):
    from django.apps import apps

    return apps.get_model(label)


class HomeAndStandardPageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_skeleton()

    def setUp(self):
        self.login()

    def test_create_a_home_page(self):
        root = Page.get_first_root_node()
        self.assertCanCreate(
            root,
            HomePage,
            page_form(
                title="Installez-vous dans les Combrailles",
                slug="combrailles",
                summary="Le portail du réseau d'accueil des Combrailles.",
                hero_title="Entreprendre dans les Combrailles",
                hero_text="Commerces, ateliers, fermes : des affaires à reprendre.",
                intro=rich_text(
                    "<p>Le réseau vous <b>accompagne</b>.</p>", features=["bold", "italic", "link"]
                ),
                network_title="À qui parler",
                network_text="Le réseau d'accueil.",
            ),
        )
        home = HomePage.objects.get(slug="combrailles")
        self.assertTrue(home.live)
        self.assertEqual(home.hero_title, "Entreprendre dans les Combrailles")
        self.assertIn("<b>accompagne</b>", home.intro)

    def test_create_a_standard_page_and_a_sub_page(self):
        self.assertCanCreate(
            self.world.home,
            StandardPage,
            page_form(
                title="Déclaration d'accessibilité",
                slug="accessibilite",
                summary="Conformité au RGAA.",
                body=rich_text("<p>Ce site est partiellement conforme au RGAA 4.1.</p>"),
            ),
        )
        statement = StandardPage.objects.get(slug="accessibilite")
        self.assertIn("RGAA 4.1", statement.body)
        self.assertCanCreate(
            statement,
            StandardPage,
            page_form(title="Audit", slug="audit", body=rich_text("<p>Audit de 2031.</p>")),
        )
        self.assertEqual(StandardPage.objects.get(slug="audit").get_parent().pk, statement.pk)
