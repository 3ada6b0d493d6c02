"""The network's directory and a structure's profile page."""

from wagtail.test.utils import WagtailPageTestCase

from tests.builders import LANGUAGES, WorldTestCase, text_of


class NetworkPagesTests(WorldTestCase, WagtailPageTestCase):
    def test_network_page_lists_every_structure(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                soup = self.soup(self.page("network", language).url)
                links = {
                    text_of(link): link["href"]
                    for link in soup.select(".structure-card .card__title a")
                }
                self.assertEqual(
                    links,
                    {
                        self.page(name, language).title: self.page(name, language).url
                        for name in ("cci", "cma")
                    },
                )

    def test_structure_page_shows_what_it_publishes_and_whom_to_call(self):
        soup = self.soup(self.page("cci", "en").url)
        listings = {text_of(link) for link in soup.select(".listing-card .card__title a")}
        self.assertEqual(
            listings,
            {self.page(name, "en").title for name in ("business", "premises", "housing")},
        )
        services = {text_of(link) for link in soup.select(".service-item a")}
        self.assertEqual(services, {"The Little Steps nursery", "Fibre broadband"})
        contact = text_of(soup.select_one(".contact"))
        self.assertIn("Claire Dumas", contact)
        self.assertIn(self.world.cci.phone, contact)

    def test_withdrawn_listing_leaves_the_structure_page(self):
        self.world.premises.unpublish()
        soup = self.soup(self.page("cci").url)
        self.assertNotIn(self.world.premises.title, text_of(soup))
        self.assertIn(self.world.housing.title, text_of(soup))
