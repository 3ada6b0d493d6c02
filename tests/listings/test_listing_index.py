"""The listing index: filters by type and area, and never a server error on a bad query."""

from wagtail.test.utils import WagtailPageTestCase

from directory.factories import StructurePageFactory
from listings.factories import BusinessListingPageFactory, HousingListingPageFactory
from search.documents import rebuild as rebuild_search_documents
from territory.factories import CommuneFactory
from tests.builders import WorldTestCase, build_skeleton, text_of


class ListingIndexFilterTests(WorldTestCase, WagtailPageTestCase):
    def titles(self, language="fr", **params):
        soup = self.soup(self.page("listing_index", language).url, **params)
        return {text_of(link) for link in soup.select(".card__title a")}, soup

    def test_all_listings_without_filters(self):
        titles, _soup = self.titles()
        self.assertEqual(
            titles,
            {self.page(name).title for name in ("business", "premises", "land", "housing")},
        )

    def test_filter_by_type(self):
        for listing_type, name in [
            ("business", "business"),
            ("premises", "premises"),
            ("land", "land"),
            ("housing", "housing"),
        ]:
            with self.subTest(type=listing_type):
                titles, soup = self.titles("en", type=listing_type)
                self.assertEqual(titles, {self.page(name, "en").title})
                selected = soup.select('input[name="type"][checked]')
                self.assertEqual([box["value"] for box in selected], [listing_type])

    def test_filter_by_area(self):
        titles, _soup = self.titles(area="200070761")
        self.assertEqual(titles, {self.world.land.title})
        titles, _soup = self.titles(area="200070712")
        self.assertEqual(
            titles,
            {self.world.business.title, self.world.premises.title, self.world.housing.title},
        )

    def test_filter_by_type_and_area(self):
        titles, _soup = self.titles(type="housing", area="200070712")
        self.assertEqual(titles, {self.world.housing.title})
        titles, soup = self.titles("en", type="housing", area="200070761")
        self.assertEqual(titles, set())
        self.assertEqual(text_of(soup.select_one(".result-count")), "0 offers")
        # An empty result says so, rather than showing a blank page.
        self.assertIn("Nothing matches yet", text_of(soup.select_one("main")))

    def test_cards_give_farmland_in_hectares_as_the_listing_does(self):
        for language, hectares in {"fr": "12,5 ha", "en": "12.5 ha"}.items():
            with self.subTest(language=language):
                soup = self.soup(self.page("listing_index", language).url, type="land")
                card = text_of(soup.select_one(".result-card"))
                self.assertIn(hectares, card)
                self.assertNotIn("m²", card)

    def test_unknown_type_is_left_out_with_a_message(self):
        params = {"type": ["castle", "land"]}
        response = self.client.get(self.page("listing_index", "en").url, params)
        self.assertEqual(response.status_code, 200)
        soup = self.get_soup(response.content)
        notice = soup.select_one('.notice[role="status"]')
        self.assertIn("“castle” is not a choice of “Type”", text_of(notice))
        # The valid part of the query still applies.
        titles = [text_of(link) for link in soup.select(".card__title a")]
        self.assertEqual(titles, [self.page("land", "en").title])

    def test_unknown_area_gives_a_clear_message_not_an_error(self):
        for area in ("999999999", "<script>", "1 OR 1=1"):
            with self.subTest(area=area):
                response = self.client.get(self.page("listing_index", "nl").url, {"area": area})
                self.assertEqual(response.status_code, 200)
                soup = self.get_soup(response.content)
                self.assertIsNotNone(soup.select_one('.notice[role="status"]'))
                self.assertNotIn("<script>", response.content.decode())

    def test_page_number_that_is_not_a_number_gives_the_first_page(self):
        titles, _soup = self.titles(page="abc")
        self.assertEqual(len(titles), 4)


class ListingIndexPaginationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_skeleton()
        structure = StructurePageFactory(parent=cls.world.network)
        commune = CommuneFactory()
        # 12 per page: 14 houses make two pages, the second with 2 houses.
        cls.houses = [
            HousingListingPageFactory(
                parent=structure, commune=commune, title=f"Maison {number:02d}"
            )
            for number in range(14)
        ]
        BusinessListingPageFactory(parent=structure, commune=commune, title="Épicerie")
        rebuild_search_documents()
        cls.url = cls.world.listing_index.url

    def cards(self, **params):
        response = self.client.get(self.url, params)
        self.assertEqual(response.status_code, 200)
        soup = self.get_soup(response.content)
        return [text_of(link) for link in soup.select(".card__title a")], soup

    def test_pages_of_twelve(self):
        first, _soup = self.cards()
        second, _soup = self.cards(page="2")
        self.assertEqual(len(first), 12)
        self.assertEqual(len(second), 3)
        self.assertEqual(set(first) & set(second), set())

    def test_page_beyond_the_last_gives_the_last_page(self):
        last, _soup = self.cards(type="housing", page="9999")
        self.assertEqual(len(last), 2)
        self.assertEqual(last, self.cards(type="housing", page="2")[0])

    def test_page_that_is_not_a_number_gives_the_first_page(self):
        for page in ("abc", "-1", "0", "1.5", ""):
            with self.subTest(page=page):
                cards, _soup = self.cards(type="housing", page=page)
                self.assertEqual(len(cards), 12 if page not in ("-1", "0") else 2)

    def test_pagination_links_keep_the_filters(self):
        _cards, soup = self.cards(type="housing")
        links = [link["href"] for link in soup.select("a[href*='page=']")]
        self.assertTrue(links)
        for href in links:
            self.assertIn("type=housing", href)
