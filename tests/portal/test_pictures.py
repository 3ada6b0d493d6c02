"""Photos come in the width the screen needs, in WebP with a JPEG for browsers without it; they
are made once and reused, and asked for lazily unless they are the first thing a visitor sees."""

from io import BytesIO
from urllib.parse import urlsplit

from PIL import Image

from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase

from directory.factories import ReferentFactory, StructurePageFactory
from foundation.factories import PortalImageFactory
from foundation.models import PortalRendition, PortalSettings
from listings.factories import BusinessListingPageFactory
from territory.factories import CommuneFactory
from tests.builders import build_skeleton, publish


def photo(width=1200, height=800):
    return PortalImageFactory(file__width=width, file__height=height)


def widths(srcset):
    return [candidate.split()[1] for candidate in srcset.split(", ")]


# As in production: the lists a page shows, its cards among them, are kept in the cache.
@override_settings(FRAGMENT_CACHE=True)
class PictureTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_skeleton()
        PortalSettings.for_site(cls.world.site)  # made by a first visit otherwise
        structure = StructurePageFactory(parent=cls.world.network)
        cls.listing = publish(
            BusinessListingPageFactory(
                parent=structure,
                commune=CommuneFactory(),
                contact=ReferentFactory(structure=structure),
                gallery__0__photo__image=photo(),
                gallery__1__photo__image=photo(),
                gallery__2__photo__image=photo(),
            )
        )
        publish(
            BusinessListingPageFactory(
                parent=structure,
                commune=CommuneFactory(),
                contact=ReferentFactory(structure=structure),
                gallery__0__photo__image=photo(),
            )
        )
        home = cls.world.home
        home.hero_image = photo(1600, 700)
        cls.world.home = publish(home)

    def setUp(self):
        cache.clear()

    def soup(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return self.get_soup(response.content)

    def served_format(self, url):
        response = self.client.get(urlsplit(url).path)
        self.assertEqual(response.status_code, 200)
        return Image.open(BytesIO(b"".join(response.streaming_content))).format

    def test_an_offer_card_offers_webp_in_two_widths_and_a_jpeg_to_older_browsers(self):
        picture = self.soup(self.world.home.url).select_one(".listing-card picture")
        sources = picture.find_all("source")
        self.assertEqual([source["type"] for source in sources], ["image/webp"])
        self.assertEqual(widths(sources[0]["srcset"]), ["480w", "960w"])
        self.assertIn("100vw", sources[0]["sizes"])
        self.assertEqual(self.served_format(sources[0]["srcset"].split()[0]), "WEBP")
        image = picture.find("img")
        self.assertEqual(widths(image["srcset"]), ["480w", "960w"])
        self.assertEqual(image["sizes"], sources[0]["sizes"])
        self.assertEqual(self.served_format(image["src"]), "JPEG")
        # The browser keeps the card's room before the photo arrives, and fetches it only
        # when it scrolls near.
        self.assertEqual((image["width"], image["height"]), ("480", "320"))
        self.assertEqual(image["loading"], "lazy")
        self.assertEqual(image["decoding"], "async")

    def test_the_hero_is_asked_for_at_once(self):
        image = self.soup(self.world.home.url).select_one(".hero picture img")
        self.assertNotIn("loading", image.attrs)
        self.assertEqual(image["fetchpriority"], "high")
        self.assertEqual(widths(image["srcset"]), ["800w", "1600w"])
        self.assertEqual(image["sizes"], "100vw")

    def test_an_offers_first_photo_is_asked_for_at_once_and_the_others_lazily(self):
        images = self.soup(self.listing.url).select(".gallery picture img")
        self.assertEqual([image["loading"] for image in images], ["eager", "lazy", "lazy"])
        for image in images:
            self.assertEqual(widths(image["srcset"]), ["480w", "960w"])
            self.assertTrue(image["alt"])

    def test_the_first_result_of_a_search_is_asked_for_at_once_and_the_others_lazily(self):
        soup = self.soup(reverse("search") + "?q=boulangerie")
        images = soup.select(".results__list picture img")
        self.assertEqual([image["loading"] for image in images], ["eager", "lazy"])

    def test_renditions_are_made_by_the_first_visit_and_reused_by_the_next(self):
        table = PortalRendition._meta.db_table
        for url in (self.world.home.url, self.listing.url):
            with self.subTest(url=url):
                self.client.get(url)
                made = PortalRendition.objects.count()
                with CaptureQueriesContext(connection) as queries:
                    self.assertEqual(self.client.get(url).status_code, 200)
                self.assertEqual(PortalRendition.objects.count(), made)
                writes = [
                    q["sql"] for q in queries if q["sql"].startswith(f'INSERT INTO "{table}"')
                ]
                self.assertEqual(writes, [])

    def test_cards_kept_in_the_cache_carry_every_rendition_they_show(self):
        self.client.get(self.world.home.url)
        with CaptureQueriesContext(connection) as queries:
            self.client.get(self.world.home.url)
        table = PortalRendition._meta.db_table
        self.assertEqual([q["sql"] for q in queries if table in q["sql"]], [])
