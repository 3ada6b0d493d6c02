"""What search engines, social networks and browsers read from the portal."""

import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils import WagtailPageTestCase

from foundation.vocabularies import Availability
from tests.builders import LANGUAGES, PAGE_TYPES, WorldTestCase

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class SeoTests(WorldTestCase, WagtailPageTestCase):
    def sitemap_paths(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertIn("xml", response["Content-Type"])
        tree = ElementTree.fromstring(response.content)  # noqa: S314 (the portal's own sitemap)
        return {urlsplit(loc.text).path for loc in tree.iter(f"{SITEMAP}loc")}

    def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_to_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/plain")
        lines = response.content.decode().splitlines()
        self.assertIn("User-agent: *", lines)
        self.assertIn("Disallow: /admin/", lines)
        sitemap = [line for line in lines if line.startswith("Sitemap: ")]
        self.assertEqual(sitemap, ["Sitemap: http://testserver/sitemap.xml"])
        self.assertNotIn("Disallow: /\n", response.content.decode())

    def test_sitemap_lists_the_live_french_pages(self):
        paths = self.sitemap_paths()
        for name in PAGE_TYPES:
            with self.subTest(page=name):
                self.assertIn(self.page(name).url, paths)

    def test_sitemap_lists_the_pages_in_every_language(self):
        paths = self.sitemap_paths()
        missing = [
            self.page(name, language).url
            for language in ("en", "nl")
            for name in PAGE_TYPES
            if self.page(name, language).url not in paths
        ]
        self.assertEqual(missing, [], "translated pages missing from /sitemap.xml")

    def test_sitemap_leaves_out_taken_and_unpublished_offers(self):
        taken = self.world.housing
        taken.availability = Availability.TAKEN
        taken.save_revision().publish()
        self.world.premises.unpublish()
        paths = self.sitemap_paths()
        self.assertNotIn(taken.url, paths)
        self.assertNotIn(self.world.premises.get_url(), paths)
        self.assertIn(self.world.land.url, paths)

    def test_meta_description_is_the_summary_unless_a_search_description_is_given(self):
        soup = self.soup(self.page("land").url)
        description = soup.find("meta", attrs={"name": "description"})
        self.assertEqual(description["content"], self.world.land.summary)
        land = self.world.land
        land.search_description = "Douze hectares de prairies à vendre près d'Ambert."
        land.save_revision().publish()
        soup = self.soup(land.url)
        self.assertEqual(
            soup.find("meta", attrs={"name": "description"})["content"],
            "Douze hectares de prairies à vendre près d'Ambert.",
        )

    def test_every_page_type_has_a_description_and_open_graph_tags(self):
        for name in PAGE_TYPES:
            for language in LANGUAGES:
                page = self.page(name, language)
                with self.subTest(page=name, language=language):
                    soup = self.soup(page.url)
                    self.assertTrue(
                        soup.find("meta", attrs={"name": "description"})["content"].strip()
                    )
                    og = {
                        tag["property"]: tag["content"]
                        for tag in soup.find_all("meta", attrs={"property": True})
                    }
                    self.assertEqual(og["og:title"], page.title)
                    self.assertTrue(og["og:description"])
                    self.assertEqual(urlsplit(og["og:url"]).path, page.url)
                    self.assertTrue(urlsplit(og["og:url"]).scheme.startswith("http"))
                    self.assertEqual(og["og:site_name"], "Installez-vous")

    def test_the_portals_own_views_describe_themselves_in_each_language(self):
        expected = {
            "search": ("Cherchez les", "Search the", "Zoek de"),
            "present_project": ("Présentez votre projet", "Present your project", "Stel uw"),
            "open_data": ("Les offres et les services", "The network's offers", "Het aanbod"),
            "shortlist": ("Les offres que vous", "The offers you kept", "De aanbiedingen"),
        }
        for name, starts in expected.items():
            for language, start in zip(LANGUAGES, starts, strict=True):
                with self.subTest(view=name, language=language), translation.override(language):
                    soup = self.soup(reverse(name))
                    description = soup.find("meta", attrs={"name": "description"})["content"]
                    self.assertTrue(description.startswith(start), description)
                    og = soup.find("meta", attrs={"property": "og:description"})
                    self.assertEqual(og["content"], description)

    def test_a_page_left_without_a_summary_still_describes_itself_in_each_language(self):
        starts = {"fr": "sur Installez-vous", "en": "on Installez-vous", "nl": "op Installez-vous"}
        for language in LANGUAGES:
            page = self.page("standard", language)
            page.summary = ""
            page.save_revision().publish()
            with self.subTest(language=language):
                soup = self.soup(page.url)
                description = soup.find("meta", attrs={"name": "description"})["content"]
                self.assertTrue(description.startswith(page.title), description)
                self.assertIn(starts[language], description)

    def test_the_enquiry_form_of_an_offer_describes_itself_in_each_language(self):
        starts = {"fr": "Renseignez-vous", "en": "Ask about", "nl": "Vraag naar"}
        for language in LANGUAGES:
            with self.subTest(language=language), translation.override(language):
                url = reverse("listing_enquiry", args=[self.world.business.pk])
                soup = self.soup(url)
                description = soup.find("meta", attrs={"name": "description"})["content"]
                self.assertTrue(description.startswith(starts[language]), description)
                self.assertIn(self.world.business.title, description)

    def test_open_graph_locale_is_written_language_territory(self):
        # https://ogp.me/#optional: og:locale is "language_TERRITORY", e.g. fr_FR.
        for language in LANGUAGES:
            with self.subTest(language=language):
                soup = self.soup(self.page("home", language).url)
                locale = soup.find("meta", attrs={"property": "og:locale"})["content"]
                self.assertRegex(locale, rf"^{language}_[A-Z]{{2}}$")

    def test_a_listing_with_photos_shares_its_first_photo(self):
        soup = self.soup(self.page("business", "en").url)
        image = soup.find("meta", attrs={"property": "og:image"})["content"]
        self.assertTrue(image.startswith("http"))
        self.assertEqual(self.client.get(urlsplit(image).path).status_code, 200)

    def test_favicon_is_linked_and_shipped(self):
        soup = self.soup(self.page("standard").url)
        icon = soup.find("link", rel="icon")
        self.assertIsNotNone(icon)
        path = urlsplit(icon["href"]).path
        self.assertTrue(path.startswith("/static/"))
        self.assertIsNotNone(finders.find(re.sub(r"^/static/", "", path)))

    def test_root_url_sends_to_the_readers_language(self):
        response = self.client.get("/", headers={"accept-language": "nl-BE,nl;q=0.9"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/nl/")
        response = self.client.get("/")
        self.assertEqual(response["Location"], "/fr/")

    def test_unknown_page_is_a_404_in_the_readers_language(self):
        response = self.client.get("/en/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(self.get_soup(response.content).html["lang"], "en")
