"""A confidential listing never tells where it is: not in HTML, the sitemap or the API."""

import json
import re

from wagtail.test.utils import WagtailPageTestCase

from foundation.vocabularies import ServiceCategory
from services.factories import ServicePageFactory
from tests.builders import LANGUAGES, WorldTestCase, publish, text_of

# Everything that would give the town of the cutlery workshop away.
SECRETS = [
    *("Celles-sur-Durolle", "Celles", "63066", "63250"),
    # Its own point, and its commune's centre.
    *("45.857", "45,857", "3.634", "3,634", "45.858", "45,858", "3.635", "3,635"),
]


def secret_pattern(secret):
    """A code as a whole number, a coordinate where a number starts: not the digits of a
    longer number, nor the seconds of a time (the API's dates end "…:45.857123"), but still
    a value of compact JSON ("lat":45.857)."""
    if secret.isdigit():
        return re.compile(rf"(?<!\d){secret}(?!\d)")
    if secret[0].isdigit():
        return re.compile(rf"(?<!\d)(?<!\d:){re.escape(secret)}")
    return re.compile(re.escape(secret))


SECRET_PATTERNS = [(secret, secret_pattern(secret)) for secret in SECRETS]


class ConfidentialListingTests(WorldTestCase, WagtailPageTestCase):
    def assertTellsNothing(self, content, where):
        for secret, pattern in SECRET_PATTERNS:
            self.assertIsNone(pattern.search(content), f"{secret!r} shown in {where}")

    def test_public_listing_does_show_its_commune(self):
        # The same checks on a public listing find the town: they can fail.
        soup = self.soup(self.page("premises").url)
        self.assertIn("Thiers", text_of(soup.select_one(".facts")))

    def test_listing_page_shows_only_the_area(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(self.page("business", language).url)
                html = response.content.decode()
                self.assertTellsNothing(html, f"the {language} listing page")
                soup = self.get_soup(html)
                self.assertIn("CC Thiers Dore et Montagne", text_of(soup.select_one(".facts")))
                # The photo and the description are still there: only the place is hidden.
                self.assertIsNotNone(soup.select_one(".gallery img"))

    def test_pages_that_list_it_show_only_the_area(self):
        pages = ["home", "listing_index", "area", "cci"]
        for name in pages:
            for language in LANGUAGES:
                with self.subTest(page=name, language=language):
                    page = self.page(name, language)
                    html = self.client.get(page.url).content.decode()
                    self.assertIn(self.page("business", language).title, html)
                    self.assertTellsNothing(html, f"the {language} {name} page")

    def test_the_maps_list_it_without_placing_it(self):
        for language in LANGUAGES:
            index = self.page("listing_index", language).url
            business = self.page("business", language).title
            with self.subTest(language=language):
                html = self.client.get(index, {"view": "map"}).content.decode()
                self.assertIn('id="results-map-data"', html)
                self.assertIn(business, html)
                self.assertTellsNothing(html, f"the {language} map of offers")
                html = self.client.get(index, {"view": "map", "type": "business"}).content
                self.assertIn(business, html.decode())
                self.assertNotIn('id="results-map-data"', html.decode())

    def test_filtering_by_its_area_finds_it_without_naming_the_town(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(
                    self.page("listing_index", language).url, {"area": "200070712"}
                )
                html = response.content.decode()
                self.assertIn(self.page("business", language).title, html)
                self.assertTellsNothing(html, "the filtered index")

    def test_the_services_around_it_are_the_areas_not_its_communes(self):
        ServicePageFactory(
            parent=self.world.cci,
            title="École publique du bourg",
            slug="ecole-bourg",
            category=ServiceCategory.SCHOOL,
            commune=self.world.celles,
            community=self.world.thiers_cc,
        )
        services = self.soup(self.page("business").url).select_one("#nearby-title").parent
        self.assertIn("Fibre optique", text_of(services))
        self.assertNotIn("École publique du bourg", text_of(services))
        self.assertNotIn("Crèche Les Petits Pas", text_of(services))
        # Around a public offer of that commune, its school is shown.
        premises = self.page("premises")
        premises.commune = self.world.celles
        publish(premises)
        services = self.soup(premises.url).select_one("#nearby-title").parent
        self.assertIn("École publique du bourg", text_of(services))

    def test_sitemap_tells_nothing(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.page("business").url, response.content.decode())
        self.assertTellsNothing(response.content.decode(), "the sitemap")

    def test_api_listing_tells_only_the_area(self):
        response = self.client.get(
            "/api/v2/pages/", {"type": "listings.BusinessListingPage", "fields": "*"}
        )
        self.assertEqual(response.status_code, 200)
        items = response.json()["items"]
        self.assertEqual(len(items), 3)
        for item in items:
            self.assertEqual(item["place"], {"community": "CC Thiers Dore et Montagne"})
        self.assertTellsNothing(response.content.decode(), "the API list")

    def test_api_detail_tells_only_the_area(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                page = self.page("business", language)
                response = self.client.get(f"/api/v2/pages/{page.pk}/")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(
                    response.json()["place"], {"community": "CC Thiers Dore et Montagne"}
                )
                self.assertTellsNothing(response.content.decode(), "the API detail")

    def test_api_shows_the_place_of_a_public_listing(self):
        page = self.page("premises")
        place = self.client.get(f"/api/v2/pages/{page.pk}/").json()["place"]
        self.assertEqual(place["commune"], "Thiers")
        self.assertEqual(place["point"], {"latitude": 45.8561, "longitude": 3.5477})

    def test_api_cannot_be_asked_for_the_hidden_fields(self):
        for field in ("commune", "latitude", "longitude"):
            with self.subTest(field=field):
                response = self.client.get(
                    "/api/v2/pages/",
                    {"type": "listings.BusinessListingPage", "fields": field},
                )
                self.assertEqual(response.status_code, 400)
                self.assertTellsNothing(response.content.decode(), "an API error")
        response = self.client.get(
            "/api/v2/pages/",
            {"type": "listings.BusinessListingPage", "commune": self.world.celles.pk},
        )
        self.assertEqual(response.status_code, 400)
        self.assertTellsNothing(json.dumps(response.json()), "an API filter")


class ConfidentialityAcrossLanguagesTests(WorldTestCase, WagtailPageTestCase):
    """Making an offer confidential in French hides its town in every language at once."""

    def place_in_api(self, page):
        return self.client.get(f"/api/v2/pages/{page.pk}/").json()["place"]

    def test_publishing_the_french_switch_hides_the_town_in_every_translation(self):
        premises = self.page("premises")
        premises.confidential = True
        premises.save_revision().publish()
        for language in LANGUAGES:
            with self.subTest(language=language):
                translated = self.page("premises", language)
                self.assertEqual(
                    self.place_in_api(translated), {"community": "CC Thiers Dore et Montagne"}
                )

    def test_a_translation_cannot_show_the_town_again(self):
        english = type(self.page("premises", "en")).objects.get(pk=self.page("premises", "en").pk)
        premises = self.page("premises")
        premises.confidential = True
        premises.save_revision().publish()
        # The English page still holds the old switch in memory, as an old revision would.
        self.assertFalse(english.confidential)
        english.save_revision().publish()
        self.assertEqual(self.place_in_api(english), {"community": "CC Thiers Dore et Montagne"})
