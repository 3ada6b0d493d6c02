"""Maps: the results as a list or a map, an offer with the life around it, an area."""

import json

from wagtail.test.utils import WagtailPageTestCase

from foundation.maps import box_around, distance_km, map_places
from foundation.vocabularies import ServiceCategory
from listings.factories import PremisesListingPageFactory
from listings.models.base import NEARBY_KM
from services.factories import ServicePageFactory
from territory.factories import CommuneFactory
from tests.builders import WorldTestCase, publish, text_of


def places(soup, map_id):
    """The markers a page's map draws, or None when the page has no map."""
    data = soup.select_one(f"#{map_id}-data")
    return None if data is None else json.loads(data.string)


def titles(markers):
    return sorted(link["title"] for marker in markers for link in marker["links"])


class MapPlacesTests(WagtailPageTestCase):
    def test_distance_is_the_straight_line(self):
        thiers, ambert = (45.85654, 3.54758), (45.54944, 3.74164)
        self.assertAlmostEqual(distance_km(thiers, ambert), 37.5, delta=0.5)
        self.assertEqual(distance_km(thiers, thiers), 0)

    def test_pages_at_one_point_share_a_marker_that_names_them_all(self):
        markers = map_places(
            [
                {"point": (45.5, 3.7), "title": "Boulangerie", "url": "/b/", "place": "Ambert"},
                {"point": (45.5, 3.7), "title": "Maison", "url": "/m/", "place": "Ambert"},
                {"point": (45.8, 3.5), "title": "Atelier", "url": "/a/", "place": "Thiers"},
                {"point": None, "title": "Secret", "url": "/s/", "place": "Thiers"},
            ],
            highlighted=(45.8, 3.5),
        )
        self.assertEqual(len(markers), 2)
        ambert, thiers = markers
        self.assertEqual(ambert["label"], "Ambert : 2 pages")
        self.assertEqual(titles([ambert]), ["Boulangerie", "Maison"])
        self.assertFalse(ambert["highlighted"])
        self.assertEqual(thiers["label"], "Atelier")
        self.assertTrue(thiers["highlighted"])


class OfferSurroundingsTests(WorldTestCase, WagtailPageTestCase):
    """The shop on the square in Thiers: its nearest services by category, with distances."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        world = cls.world
        far = CommuneFactory(
            name="Ambert-le-Loin", community=world.thiers_cc, latitude=45.55, longitude=3.74
        )
        for title, commune in [
            ("École de Celles", world.celles),
            ("École lointaine", far),
            ("École de la forêt", None),
        ]:
            publish(
                ServicePageFactory(
                    parent=world.cci,
                    title=title,
                    category=ServiceCategory.SCHOOL,
                    commune=commune,
                    community=world.thiers_cc,
                )
            )

    def nearby(self, name, language="fr"):
        soup = self.soup(self.page(name, language).url)
        return soup, soup.select_one("#nearby-title").parent

    def test_each_category_shows_its_nearest_service_with_its_distance(self):
        soup, nearby = self.nearby("premises")
        items = {
            text_of(item.select_one("a")): text_of(item.select_one(".service-item__place"))
            for item in nearby.select(".service-item")
        }
        # The nursery stands in Thiers, like the shop; Celles is 6.7 km away in a straight line.
        self.assertEqual(items["Crèche Les Petits Pas"], "Thiers · à moins de 1 km")
        self.assertEqual(items["École de Celles"], "Celles-sur-Durolle · à 6,7 km")
        # A school 37 km away is not "around"; the nearest of each category is shown alone.
        self.assertNotIn("École lointaine", items)
        # Services for the whole area come with the nearest one, without a distance.
        self.assertEqual(items["École de la forêt"], "pour tout le territoire")
        self.assertEqual(items["Fibre optique"], "pour tout le territoire")

    def test_the_offers_map_shows_it_and_the_services_around_it(self):
        soup, _nearby = self.nearby("premises", "en")
        markers = places(soup, "offer-map")
        shop = next(marker for marker in markers if marker["highlighted"])
        self.assertEqual(titles([shop]), ["Shop on the main square"])
        self.assertEqual((shop["lat"], shop["lon"]), (45.8561, 3.5477))
        self.assertEqual(
            titles(marker for marker in markers if not marker["highlighted"]),
            ["Childcare: The Little Steps nursery", "Schools: École de Celles"],
        )
        # Leaflet comes with the map, and only with it (maps.js asks for it near the map).
        self.assertIsNotNone(soup.select_one('script[data-leaflet$="leaflet.js"]'))

    def test_a_confidential_offer_has_no_map_and_no_distance(self):
        soup, nearby = self.nearby("business")
        self.assertIsNone(places(soup, "offer-map"))
        self.assertIsNone(soup.select_one('script[data-leaflet$="leaflet.js"]'))
        self.assertNotIn("km", text_of(nearby))
        self.assertIn("Fibre optique", text_of(nearby))


class ResultsViewTests(WorldTestCase, WagtailPageTestCase):
    def test_the_list_view_has_no_map(self):
        soup = self.soup(self.page("listing_index").url)
        self.assertIsNone(places(soup, "results-map"))
        self.assertIsNone(soup.select_one('script[data-leaflet$="leaflet.js"]'))
        switch = soup.select_one(".view-switch")
        self.assertEqual(switch.select_one("[aria-current]").get_text(), "liste")
        self.assertEqual(switch.select("a")[1]["href"], "?view=map")

    def test_the_map_view_places_every_public_result_and_keeps_the_filters(self):
        soup = self.soup(self.page("listing_index", "nl").url, area="200070712", view="map")
        markers = places(soup, "results-map")
        # The shop and the house in Thiers; the confidential workshop is listed, not placed.
        self.assertEqual(titles(markers), ["Dorpshuis met tuin", "Winkel aan het dorpsplein"])
        self.assertIn("Messenmakerij", text_of(soup.select_one(".results__list")))
        # Ticking another filter keeps the map; the switch back to the list keeps the filters.
        self.assertEqual(soup.select_one('form.search input[name="view"]')["value"], "map")
        self.assertEqual(soup.select(".view-switch a")[0]["href"], "?area=200070712")

    def test_the_services_index_and_the_search_have_a_map_view(self):
        soup = self.soup(self.page("service_index", "en").url, view="map")
        # The nursery stands in Thiers; broadband covers the whole area and has no point.
        self.assertEqual(titles(places(soup, "results-map")), ["The Little Steps nursery"])
        soup = self.soup("/en/search/", q="square", view="map")
        self.assertEqual(titles(places(soup, "results-map")), ["Shop on the main square"])

    def test_a_map_view_with_nothing_to_place_says_so(self):
        soup = self.soup(self.page("listing_index", "en").url, type="business", view="map")
        self.assertIsNone(places(soup, "results-map"))
        self.assertIn("None of these results has a place on the map", text_of(soup))
        self.assertEqual(len(soup.select(".result-card")), 1)

    def test_an_unknown_view_gives_the_list_and_says_so(self):
        soup = self.soup(self.page("listing_index", "en").url, view="<script>")
        self.assertIsNone(places(soup, "results-map"))
        self.assertIn("The view was not understood", text_of(soup.select_one(".notice")))
        self.assertEqual(len(soup.select(".result-card")), 4)


class AreaMapTests(WorldTestCase, WagtailPageTestCase):
    def test_the_area_map_shows_its_public_offers_and_placed_services(self):
        soup = self.soup(self.page("area", "fr").url)
        self.assertEqual(
            titles(places(soup, "area-map")),
            ["Boutique sur la place", "Crèche Les Petits Pas", "Maison de bourg avec jardin"],
        )
        # Its three offers are all on the page: no link to more.
        self.assertIsNone(soup.select_one(".more-link"))

    def test_the_offers_the_page_does_not_list_are_a_link_away(self):
        for number in range(4):
            publish(
                PremisesListingPageFactory(
                    parent=self.world.cci, title=f"Atelier {number}", commune=self.world.thiers
                )
            )
        soup = self.soup(self.page("area", "en").url)
        self.assertEqual(len(soup.select(".listing-card")), 6)
        link = soup.select_one(".more-link a")
        self.assertEqual(text_of(link), "See all 7 offers of this area")
        self.assertEqual(link["href"], f"{self.page('listing_index', 'en').url}?area=200070712")
        self.assertEqual(len(titles(places(soup, "area-map"))), 2 + 4 + 1)


def test_the_box_the_database_searches_holds_every_service_near_enough_and_no_more():
    thiers = (45.8561, 3.5477)
    (south, north), (west, east) = box_around(thiers, NEARBY_KM)
    grid = [
        (thiers[0] + up / 100, thiers[1] + across / 100)
        for up in range(-40, 41)
        for across in range(-60, 61)
    ]
    near = [point for point in grid if distance_km(thiers, point) <= NEARBY_KM]
    assert len(near) > 1000
    assert all(south <= lat <= north and west <= lon <= east for lat, lon in near)
    # 0.24 degree north is 26.7 km away: out of the box, as it is too far.
    assert north < thiers[0] + 0.24
    assert distance_km(thiers, (thiers[0] + 0.24, thiers[1])) > NEARBY_KM
