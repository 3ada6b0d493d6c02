"""Pages cost a fixed number of SQL queries, however many listings, photos or services they show.

Each view is requested once before counting: the first request fills Wagtail's cache of the
sites' root paths, creates the image renditions and keeps what every page shows (the site, its
settings, the menu, the footer's links, the page's translations) until it changes, which later
requests only read. The page cache itself is off: these are the pages as they are rendered.
"""

import json

from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils import WagtailPageTestCase

from directory.factories import ReferentFactory, StructurePageFactory
from foundation.factories import PortalImageFactory, StandardPageFactory
from foundation.models import PortalSettings
from foundation.vocabularies import ServiceCategory
from home.factories import AreaPageFactory
from listings.factories import (
    BusinessListingPageFactory,
    HousingListingPageFactory,
    LandListingPageFactory,
    PremisesListingPageFactory,
)
from promotion.factories import CampaignPageFactory, EventIndexPageFactory, EventPageFactory
from promotion.factories import TestimonialFactory as PortraitFactory
from promotion.models import CampaignListing
from services.factories import ServicePageFactory
from territory.factories import CommuneFactory, CommunityOfCommunesFactory
from tests.builders import WorldTestCase, build_skeleton, publish

LISTING_FACTORIES = [
    BusinessListingPageFactory,
    PremisesListingPageFactory,
    LandListingPageFactory,
    HousingListingPageFactory,
]

# The exact counts; they must not change with the amount of content shown.
HOME_QUERIES = 1
INDEX_QUERIES = 8
LISTING_QUERIES = 6
CAMPAIGN_QUERIES = 5
EVENT_QUERIES = 4
INDEX_MAP_QUERIES = 8
AREA_QUERIES = 2
SERVICE_INDEX_QUERIES = 6
SERVICE_QUERIES = 2
STRUCTURE_QUERIES = 7
NETWORK_QUERIES = 4
CALENDAR_QUERIES = 4
STANDARD_QUERIES = 2
PROJECT_FORM_QUERIES = 3
SEARCH_QUERIES = 12
SEARCH_BROWSING_QUERIES = 7


def photos(count):
    gallery = {}
    for index in range(count):
        gallery[f"gallery__{index}__photo__image"] = PortalImageFactory()
    return gallery


# As in production: what every page shows is kept in the cache until it changes.
@override_settings(FRAGMENT_CACHE=True)
class QueryCountTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_skeleton()
        # The footer links to the three legal pages, as on every real site.
        cls.portal = portal = PortalSettings.for_site(cls.world.site)
        for name in ("legal_notice", "privacy", "accessibility"):
            page = StandardPageFactory(parent=cls.world.home, title=name, slug=name)
            setattr(portal, f"{name}_page", page)
        portal.save()
        cls.community = CommunityOfCommunesFactory(siren="200070712")
        cls.commune = CommuneFactory(community=cls.community)
        cls.structure = StructurePageFactory(parent=cls.world.network, communities=[cls.community])
        cls.referent = ReferentFactory(structure=cls.structure)
        cls.area = publish(AreaPageFactory(parent=cls.world.home, community=cls.community))
        cls.listing = publish(
            BusinessListingPageFactory(
                parent=cls.structure, commune=cls.commune, contact=cls.referent, **photos(1)
            )
        )
        # One listing of every type from the start: Wagtail loads specific pages with one
        # query per type, and there are four types whatever the number of listings.
        for factory in LISTING_FACTORIES[1:]:
            publish(factory(parent=cls.structure, commune=cls.commune, **photos(1)))
        cls.service = publish(
            ServicePageFactory(parent=cls.structure, commune=cls.commune, community=cls.community)
        )
        home = cls.world.home
        home.key_figures = ["received", "premises", "settled", "registered"]
        cls.world.home = publish(home)
        cls.calendar = publish(EventIndexPageFactory(parent=cls.world.home))
        cls.event = publish(EventPageFactory(parent=cls.calendar, commune=cls.commune))
        portrait = PortraitFactory(commune=cls.commune, photo=PortalImageFactory())
        portrait.structures.set([cls.structure])
        campaign = CampaignPageFactory(parent=cls.world.home, rule_types=["premises", "land"])
        CampaignListing.objects.create(campaign=campaign, listing=cls.listing)
        campaign.testimonials.set([portrait])
        cls.campaign = publish(campaign)

    def setUp(self):
        cache.clear()  # nothing kept from another test's world

    def grow(self):
        """More of everything each page shows: listings, photos, services, structures, areas."""
        for index in range(3):
            community = CommunityOfCommunesFactory()
            commune = CommuneFactory(community=community)
            structure = StructurePageFactory(
                parent=self.world.network, communities=[community, self.community]
            )
            AreaPageFactory(parent=self.world.home, community=community)
            # Published as editors do, so that "newest first" means the same on every database
            # and the six newest listings on the home page are of every type.
            for where in (commune, self.commune):
                for factory in LISTING_FACTORIES:
                    publish(factory(parent=structure, commune=where, **self.point(), **photos(2)))
            for category in list(ServiceCategory)[index * 3 : index * 3 + 3]:
                publish(
                    ServicePageFactory(
                        parent=structure,
                        category=category,
                        commune=self.commune,
                        community=self.community,
                        **self.point(),
                    )
                )
                ServicePageFactory(
                    parent=structure, category=category, commune=None, community=self.community
                )
            EventPageFactory(parent=self.calendar, commune=commune, image=PortalImageFactory())
            portrait = PortraitFactory(commune=commune, photo=PortalImageFactory())
            portrait.structures.set([structure, self.structure])
            self.campaign.testimonials.add(portrait)
            CampaignListing.objects.create(
                campaign=self.campaign,
                listing=publish(
                    BusinessListingPageFactory(parent=structure, commune=commune, **photos(1))
                ),
            )
        self.campaign.save_revision().publish()
        listing = self.listing
        listing.gallery = [
            ("photo", {"image": image, "alt_text": "Vue", "caption": ""})
            for image in (PortalImageFactory() for _ in range(6))
        ]
        listing.save_revision().publish()

    def point(self):
        """A point of its own for each new offer or service: one more marker on the maps."""
        self.points = getattr(self, "points", 0) + 1
        return {"latitude": 45.6 + self.points / 1000, "longitude": 3.7 - self.points / 1000}

    def markers(self, soup, map_id):
        data = soup.select_one(f"#{map_id}-data")
        return sum(len(place["links"]) for place in json.loads(data.string)) if data else 0

    def count(self, url):
        self.assertEqual(self.client.get(url).status_code, 200)  # warm the caches
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries), response

    def assertFixedCost(self, url, expected, grown_check, *others):
        """``url`` costs ``expected`` queries before and after ``grow()``, and shows more after
        it; ``others`` are more (url, expected, grown_check), checked across the same growth."""
        pages = [(url, expected, grown_check), *others]
        before = [self.count(url)[0] for url, _expected, _check in pages]
        self.grow()
        for (url, expected, grown_check), first in zip(pages, before, strict=True):
            after, response = self.count(url)
            grown_check(self.get_soup(response.content))
            self.assertEqual(first, after, f"{url}: {first} queries, then {after}")
            with self.assertNumQueries(expected):
                self.client.get(url)

    def test_home_page(self):
        def shows_more(soup):
            self.assertEqual(len(soup.select(".listing-card")), 6)
            self.assertEqual(len(soup.select(".event-card")), 3)
            self.assertEqual(len(soup.select(".testimonial")), 3)

        self.assertFixedCost(self.world.home.url, HOME_QUERIES, shows_more)

    def test_campaign_page(self):
        def shows_more(soup):
            # The four chosen by hand, and the six newest premises and land the rule finds.
            self.assertEqual(len(soup.select(".listing-card")), 10)
            self.assertEqual(len(soup.select(".testimonial")), 4)

        self.assertFixedCost(self.campaign.url, CAMPAIGN_QUERIES, shows_more)

    def test_event_page(self):
        self.assertFixedCost(self.event.url, EVENT_QUERIES, lambda soup: None)

    def test_listing_index_as_a_list_and_as_a_map(self):
        def shows_more(soup):
            self.assertEqual(len(soup.select(".result-card")), 12)
            self.assertEqual(len(soup.select(".result-card img")), 12)

        def maps_more(soup):
            self.assertEqual(self.markers(soup, "results-map"), 4 + 3 * 8 + 3)

        url = self.world.listing_index.url
        self.assertFixedCost(
            url, INDEX_QUERIES, shows_more, (f"{url}?view=map", INDEX_MAP_QUERIES, maps_more)
        )

    def test_every_other_page_type(self):
        def shows(selector, count):
            return lambda soup: self.assertEqual(len(soup.select(selector)), count)

        standard = self.portal.legal_notice_page
        with translation.override("fr"):
            project_form = reverse("present_project")
        self.assertFixedCost(
            self.world.service_index.url,
            SERVICE_INDEX_QUERIES,
            # Its own, and one of each of the nine categories in the same commune.
            shows(".service-item", 10),
            (self.service.url, SERVICE_QUERIES, shows("h1", 1)),
            (self.structure.url, STRUCTURE_QUERIES, shows(".listing-card", 4)),
            (self.world.network.url, NETWORK_QUERIES, shows(".structure-card", 4)),
            (self.calendar.url, CALENDAR_QUERIES, shows(".event-card", 4)),
            (standard.url, STANDARD_QUERIES, shows("h1", 1)),
            (project_form, PROJECT_FORM_QUERIES, shows("form.enquiry-form", 1)),
            ("/fr/recherche/?q=boulangerie", SEARCH_QUERIES, shows(".result-card", 11)),
            ("/fr/recherche/?type=business", SEARCH_BROWSING_QUERIES, shows(".result-card", 10)),
        )

    def test_listing_page_and_its_area(self):
        def shows_more(soup):
            self.assertEqual(len(soup.select(".gallery img")), 6)
            self.assertGreaterEqual(len(soup.select(".service-item")), 10)
            self.assertEqual(len(soup.select(".structure-list li")), 3)
            # The offer, and the nearest service of each of the nine categories.
            self.assertEqual(self.markers(soup, "offer-map"), 10)

        def area_maps_more(soup):
            # Its offers, and its services placed in a commune, the first one's included
            # (those covering the whole area have no point); the other areas' offers are not
            # on its map.
            self.assertEqual(self.markers(soup, "area-map"), 4 + 3 * 4 + 1 + 3 * 3)

        self.assertFixedCost(
            self.listing.url,
            LISTING_QUERIES,
            shows_more,
            (self.area.url, AREA_QUERIES, area_maps_more),
        )


# The pages of the translated world, one of each type: translated in English and Dutch.
TRANSLATED_PAGES = (
    "home", "listing_index", "service_index", "network", "cci", "area", "standard",
    "premises", "business", "childcare",
)  # fmt: skip


@override_settings(FRAGMENT_CACHE=True)
class LanguageQueryCountTests(WorldTestCase, WagtailPageTestCase):
    """A page costs as many queries in English and in Dutch as in French, whatever the
    languages: the switcher's translations, the menu and the footer are read at once, and the
    home page each language is routed from is kept with the site."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        PortalSettings.for_site(cls.world.site)  # as on every real site

    def setUp(self):
        cache.clear()

    def count(self, url):
        self.assertEqual(self.client.get(url).status_code, 200, url)  # warm the caches
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200, url)
        return len(queries)

    def assertSameInEveryLanguage(self, counts):
        self.assertLessEqual(max(counts.values()), 15, counts)
        self.assertEqual(counts["en"], counts["fr"], counts)
        self.assertEqual(counts["nl"], counts["fr"], counts)

    def test_each_page_costs_the_same_in_every_language(self):
        for name in TRANSLATED_PAGES:
            counts = {
                language: self.count(self.page(name, language).url)
                for language in ("fr", "en", "nl")
            }
            with self.subTest(page=name):
                self.assertSameInEveryLanguage(counts)

    def test_search_costs_the_same_in_every_language(self):
        for words in ("", "?type=premises", "?q=thiers"):
            counts = {}
            for language in ("fr", "en", "nl"):
                with translation.override(language):
                    counts[language] = self.count(reverse("search") + words)
            with self.subTest(words=words):
                self.assertSameInEveryLanguage(counts)
