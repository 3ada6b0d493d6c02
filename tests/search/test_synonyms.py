"""Search understands how newcomers ask: trade names, everyday words, their own language,
misspellings, queries where not every word matches, events and campaigns."""

import datetime

import time_machine

from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase

from directory.permissions import give_coordinators
from listings.factories import BusinessListingPageFactory, PremisesListingPageFactory
from promotion.factories import CampaignPageFactory, EventIndexPageFactory, EventPageFactory
from search.documents import refresh_dated
from search.models import SearchDocument, SynonymGroup
from services.factories import ServicePageFactory
from tests.builders import WorldTestCase, publish, text_of
from tests.directory.test_permission_matrix import PASSWORD, make_user
from tests.search.test_search import search_url


class SynonymTests(WorldTestCase, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        world = cls.world
        cls.joinery = publish(
            BusinessListingPageFactory(
                parent=world.cma,
                title="Menuiserie à reprendre",
                slug="menuiserie",
                activity="Menuiserie",
                commune=world.ambert,
            )
        )
        cls.salon = publish(
            PremisesListingPageFactory(
                parent=world.cci,
                title="Salon de coiffure à louer",
                slug="salon-coiffure",
                commune=world.thiers,
            )
        )
        cls.ironmonger = publish(
            BusinessListingPageFactory(
                parent=world.cci,
                title="Quincaillerie du bourg",
                slug="quincaillerie",
                activity="Quincaillerie",
                commune=world.thiers,
            )
        )
        cls.health = publish(
            ServicePageFactory(
                parent=world.cma,
                title="Maison de santé pluriprofessionnelle",
                slug="maison-sante",
                category="health",
                commune=world.ambert,
                community=world.ambert_cc,
            )
        )
        calendar = EventIndexPageFactory(parent=world.home)
        cls.forum = publish(
            EventPageFactory(parent=calendar, title="Forum de la reprise", slug="forum")
        )
        cls.campaign = publish(
            CampaignPageFactory(parent=world.home, title="Campagne commerces vivants")
        )
        cls.coordinator = make_user("coordination", give_coordinators(world.home))

    def titles(self, language="fr", **params):
        response = self.client.get(search_url(language), params)
        self.assertEqual(response.status_code, 200)
        soup = self.get_soup(response.content)
        return [text_of(a) for a in soup.select(".results__list .card__title a")]

    def assertFinds(self, language, query, page):  # noqa: N802 - unittest's style
        titles = self.titles(language, q=query)
        self.assertIn(page.title, titles[:3], f"{language}: {query!r} gave {titles}")

    def test_the_starting_list_comes_with_the_database(self):
        self.assertGreaterEqual(SynonymGroup.objects.count(), 50)
        self.assertTrue(SynonymGroup.objects.filter(terms__contains="menuiserie").exists())

    def test_a_trade_finds_its_activity_and_back(self):
        self.assertFinds("fr", "menuisier", self.joinery)
        self.assertFinds("fr", "ébéniste", self.joinery)
        self.assertFinds("fr", "coiffeur", self.salon)
        self.assertFinds("fr", "coiffeuse", self.salon)

    def test_english_and_dutch_words_find_pages_only_in_french(self):
        self.assertFinds("en", "joinery", self.joinery)
        self.assertFinds("en", "hairdresser", self.salon)
        self.assertFinds("nl", "schrijnwerkerij", self.joinery)
        self.assertFinds("nl", "kapper", self.salon)

    def test_an_everyday_word_finds_an_expression_of_several_words(self):
        for language, word in [("fr", "médecin"), ("en", "doctor"), ("nl", "huisarts")]:
            self.assertFinds(language, word, self.health)
        # The expression's words alone still find what holds them.
        self.assertFinds("fr", "maison santé", self.health)

    def test_the_park_edits_the_groups_and_the_search_follows_at_once(self):
        self.assertEqual(self.titles("en", q="ironmongery"), [])
        self.client.login(username="coordination", password=PASSWORD)
        response = self.client.post("/admin/synonyms/new/", {"terms": "ironmongery", "note": ""})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Un groupe doit compter au moins deux mots")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                "/admin/synonyms/new/",
                {"terms": "quincaillerie\nironmongery\nijzerwarenhandel", "note": "Commerce"},
            )
        self.assertEqual(response.status_code, 302)
        self.assertFinds("en", "ironmongery", self.ironmonger)
        self.assertFinds("nl", "ijzerwarenhandel", self.ironmonger)

    def test_a_query_where_not_every_word_matches_shows_the_pages_with_the_most(self):
        response = self.client.get(search_url("fr"), {"q": "menuiserie ambert xylophone"})
        soup = self.get_soup(response.content)
        self.assertEqual(soup.select(".results__list .card"), [])
        nearest = [text_of(a) for a in soup.select(".empty-state .card__title a")]
        # Two of the three words before one.
        self.assertEqual(nearest[0], self.joinery.title)
        self.assertIn("Terres agricoles près d'Ambert", nearest[1:])

    def test_events_and_campaigns_are_found_with_their_kind(self):
        response = self.client.get(search_url("fr"), {"q": "forum reprise"})
        soup = self.get_soup(response.content)
        card = soup.select_one(".results__list .card")
        self.assertEqual(text_of(card.select_one(".card__title")), self.forum.title)
        self.assertTrue(text_of(card.select_one(".card__kicker")).startswith("Événement"))
        self.assertFinds("fr", "commerces vivants", self.campaign)
        types = self.get_soup(self.client.get(search_url("en"), {"q": "forum"}).content)
        kinds = [box["value"] for box in types.select('.facets input[name="type"]')]
        self.assertEqual(kinds, ["event"])
        # Once the event is over, the nightly refresh takes it out of the search.
        with time_machine.travel(timezone.now() + datetime.timedelta(days=40)):
            self.assertGreaterEqual(refresh_dated(), 2)
            self.assertFalse(SearchDocument.objects.filter(page=self.forum).exists())
        self.assertEqual(self.titles(q="forum reprise"), [])
