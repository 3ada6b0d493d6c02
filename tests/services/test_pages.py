"""The service index and the area pages, as a household looking for a place to live sees them."""

from wagtail.test.utils import WagtailPageTestCase

from tests.builders import WorldTestCase, text_of


class ServiceIndexTests(WorldTestCase, WagtailPageTestCase):
    def groups(self, language="fr", **params):
        soup = self.soup(self.page("service_index", language).url, **params)
        return {
            text_of(group.h2): [text_of(link) for link in group.select(".service-item a")]
            for group in soup.select(".service-group")
        }, soup

    def test_services_grouped_by_category_in_the_readers_language(self):
        groups, _soup = self.groups("en")
        self.assertEqual(
            groups,
            {"Childcare": ["The Little Steps nursery"], "Broadband": ["Fibre broadband"]},
        )

    def test_filter_by_category_and_area(self):
        groups, _soup = self.groups(category="broadband")
        self.assertEqual(list(groups.values()), [["Fibre optique"]])
        groups, _soup = self.groups(area="200070761")
        self.assertEqual(groups, {})
        groups, soup = self.groups(area="200070712", category="childcare")
        self.assertEqual(list(groups.values()), [["Crèche Les Petits Pas"]])

    def test_bad_filters_are_left_out_with_a_message(self):
        for params in ({"category": "casino"}, {"area": "nowhere"}):
            with self.subTest(params=params):
                groups, soup = self.groups("nl", **params)
                self.assertEqual(
                    groups,
                    {
                        "Kinderopvang": ["Kinderdagverblijf De Kleine Stapjes"],
                        "Snel internet": ["Glasvezelinternet"],
                    },
                )
                notice = text_of(soup.select_one('.notice[role="status"]'))
                self.assertIn(next(iter(params.values())), notice)

    def test_no_price_or_surface_among_services(self):
        # Services have neither: sorting or filtering by them would only empty the page.
        _groups, soup = self.groups("en", sort="price")
        self.assertEqual(
            [option["value"] for option in soup.select("#id_sort option")], ["newest"]
        )
        self.assertEqual(soup.select_one("#id_sort option[selected]")["value"], "newest")
        self.assertIsNone(soup.select_one('input[name="price_max"]'))
        self.assertIsNone(soup.select_one('input[name="surface"]'))
        # The listing index still offers them.
        listings = self.soup(self.page("listing_index", "en").url)
        self.assertIn("price", [option["value"] for option in listings.select("#id_sort option")])
        self.assertIsNotNone(listings.select_one('input[name="price_max"]'))


class AreaPageTests(WorldTestCase, WagtailPageTestCase):
    def test_area_shows_its_figures_listings_services_and_structures(self):
        soup = self.soup(self.page("area", "en").url)
        self.assertEqual(text_of(soup.select_one(".key-figures")), "2 communes · 3 offers")
        listings = {text_of(link) for link in soup.select(".listing-card .card__title a")}
        self.assertEqual(
            listings,
            {self.page(name, "en").title for name in ("business", "premises", "housing")},
        )
        # Ambert's farmland belongs to another area.
        self.assertNotIn(self.page("land", "en").title, text_of(soup))
        services = {text_of(link) for link in soup.select(".service-item a")}
        self.assertEqual(services, {"The Little Steps nursery", "Fibre broadband"})
        structures = {text_of(link) for link in soup.select(".structure-card .card__title a")}
        self.assertEqual(structures, {self.page("cci", "en").title, self.page("cma", "en").title})
