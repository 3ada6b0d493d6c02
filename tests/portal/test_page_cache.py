"""Anonymous visitors are served stored pages; a change refreshes exactly the pages showing it.

``X-Page-Cache`` tells a page served from the cache ("hit") from one rendered and stored
("miss"); a page that may not be stored has no such header.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, RequestFactory, override_settings
from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from enquiries.models import Enquiry
from foundation.models import PortalSettings
from foundation.page_cache import HEADER, SITE, TAG_KEY, kept, release
from foundation.vocabularies import Availability, ServiceCategory
from listings.factories import PremisesListingPageFactory
from listings.lifecycle import set_availability
from promotion.factories import TestimonialFactory as PortraitFactory
from search.documents import reindex_translations
from search.models import QueryDay
from services.factories import ServicePageFactory
from tests.builders import WorldTestCase, publish

LANGUAGES = ("fr", "en", "nl")


# A Redis server that does not answer (nothing listens on port 1), configured as production's.
def redis_down():
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": settings.REDIS_OPTIONS,
        }
    }


@override_settings(
    PAGE_CACHE_SECONDS=600,
    FRAGMENT_CACHE=True,
    ENQUIRY_MIN_FILL_SECONDS=0,
    ENQUIRY_RATE_LIMIT="1000/h",
)
class PageCacheTests(WorldTestCase, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # As on any site once its first page was shown: the settings are written then.
        PortalSettings.for_site(cls.world.site)

    def setUp(self):
        cache.clear()

    def url(self, name, language="fr"):
        return self.page(name, language).url

    def served(self, url, client=None):
        response = (client or self.client).get(url)
        self.assertEqual(response.status_code, 200, url)
        return response

    def warm(self, *urls):
        for url in urls:
            self.served(url)
            self.assertEqual(self.served(url)[HEADER], "hit", url)

    def assertRefreshed(self, change, refreshed, kept):
        """After ``change`` commits, the ``refreshed`` pages are rendered again at once and
        the ``kept`` ones still come from the cache."""
        self.warm(*refreshed, *kept)
        with self.captureOnCommitCallbacks(execute=True):
            change()
        for url in refreshed:
            self.assertEqual(self.served(url)[HEADER], "miss", f"{url} is stale")
        for url in kept:
            self.assertEqual(self.served(url)[HEADER], "hit", f"{url} was purged for nothing")

    def test_an_anonymous_visitor_gets_the_stored_page_without_a_query(self):
        url = self.url("business")
        first = self.served(url)
        self.assertEqual(first[HEADER], "miss")
        with self.assertNumQueries(0):
            second = self.served(url)
        self.assertEqual(second[HEADER], "hit")
        self.assertEqual(
            self.get_soup(first.content).h1.get_text(), self.get_soup(second.content).h1.get_text()
        )
        for response in (first, second):
            self.assertIn("no-cache", response["Cache-Control"])
            self.assertIn("public", response["Cache-Control"])
            self.assertIn("Cookie", response["Vary"])
            self.assertEqual(response["Content-Language"], "fr")

    def test_each_language_and_each_query_string_is_a_page_of_its_own(self):
        for language in LANGUAGES:
            response = self.served(self.url("home", language))
            self.assertEqual(response[HEADER], "miss")
            self.assertEqual(response["Content-Language"], language)
        index = self.url("listing_index")
        self.warm(index)
        self.assertEqual(self.served(f"{index}?type=land")[HEADER], "miss")
        soup = self.get_soup(self.served(f"{index}?type=land").content)
        self.assertEqual(len(soup.select(".result-card")), 1)

    def test_searched_words_are_counted_for_each_visitor(self):
        url = "/fr/recherche/?q=coutellerie"
        for _visitor in range(2):
            response = self.served(url, Client())
            self.assertNotIn(HEADER, response)
            self.assertIn("private", response["Cache-Control"])
        self.assertEqual(QueryDay.objects.get(query="coutellerie").hits, 2)
        # Ticking a facet of the results is no new search: that page is shared.
        self.warm(f"{url}&type=business&page=2")

    def test_pages_are_rendered_and_enquiries_taken_when_the_cache_does_not_answer(self):
        # The shared cache down: visitors are served pages rendered from the database.
        visitor = Client(enforce_csrf_checks=True)
        with override_settings(CACHES=redis_down()):
            pages = (self.page("home").url, "/fr/recherche/?q=thiers", self.page("premises").url)
            for url in pages:
                with self.subTest(url=url), self.assertLogs("django_redis", "ERROR"):
                    response = visitor.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertNotEqual(response.get(HEADER), "hit")
            form = self.get_soup(response.content).find("section", class_="interest").find("form")
            hidden = form.select("input[type=hidden]")
            data = {field["name"]: field.get("value", "") for field in hidden}
            data.update(
                name="Visitor",
                email="visitor@example.org",
                description="Is the shop still free? We would like to visit it.",
                consent="on",
            )
            with self.captureOnCommitCallbacks(execute=True):
                response = visitor.post(form["action"], data)
            self.assertEqual(response.status_code, 302, response.content[:500])
        self.assertEqual(list(Enquiry.objects.values_list("name", flat=True)), ["Visitor"])

    def test_each_release_serves_only_the_pages_it_stored(self):
        url = self.url("premises")
        with override_settings(RELEASE="old"):
            self.warm(url)
        with override_settings(RELEASE="new"):
            # The new release's servers render the page afresh: the old one's HTML may name
            # static files and fields the new one no longer has.
            self.assertEqual(self.served(url)[HEADER], "miss")
            self.assertEqual(self.served(url)[HEADER], "hit")
        with override_settings(RELEASE="old"):
            self.assertEqual(self.served(url)[HEADER], "hit")

    def test_a_release_is_named_by_its_code_where_the_deployment_does_not_name_it(self):
        with override_settings(RELEASE=""):
            self.assertRegex(release(), r"^[0-9a-f]{16}$")
        with override_settings(RELEASE="2026.12.05"):
            self.assertEqual(release(), "2026.12.05")

    def test_a_restriction_applies_at_once_to_the_pages_under_it(self):
        offer, structure = self.url("premises"), self.url("cci")
        self.warm(offer, structure)
        with self.captureOnCommitCallbacks(execute=True):
            restriction = PageViewRestriction.objects.create(
                page=self.world.cci, restriction_type=PageViewRestriction.PASSWORD, password="x"
            )
        for url in (offer, structure):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200)
            self.assertIn(b'name="password"', response.content, url)
            self.assertNotIn(self.world.premises.title.encode(), response.content, url)
        with self.captureOnCommitCallbacks(execute=True):
            restriction.delete()
        response = self.served(offer)
        self.assertNotIn(b'name="password"', response.content)
        self.assertIn(self.world.premises.title.encode(), response.content)

    def test_a_preview_lists_what_its_draft_chooses_not_what_is_kept(self):
        reads = []
        for preview in (False, False, True, True):
            request = RequestFactory().get("/")  # a request of its own each time
            request.is_preview = preview
            kept(request, "area", lambda preview=preview: reads.append(preview) or len(reads))
        self.assertEqual(reads, [False, True, True])

    def test_an_editor_is_never_served_a_stored_page_nor_stores_one(self):
        url = self.url("business")
        self.warm(url)
        editor = get_user_model().objects.create_superuser("chief", "chief@example.org", "x")
        self.client.force_login(editor)
        response = self.served(url)
        self.assertNotIn(HEADER, response)
        self.assertIn("private", response["Cache-Control"])
        self.client.logout()
        self.assertEqual(self.served(url)[HEADER], "hit")

    def test_publishing_an_offer_refreshes_the_pages_that_list_offers_in_every_language(self):
        world = self.world
        homes = [self.url("home", language) for language in LANGUAGES]
        lists = [self.url(name) for name in ("listing_index", "area", "cci")]
        search = "/fr/recherche/?type=premises"
        offer = PremisesListingPageFactory.build(
            title="Boutique de la rue neuve", slug="boutique-rue-neuve", commune=world.thiers
        )

        def publish_offer():
            world.cci.add_child(instance=offer)
            publish(offer)

        self.assertRefreshed(
            publish_offer,
            refreshed=[*homes, *lists, search],
            kept=[self.url("childcare"), self.url("standard"), self.url("business")],
        )
        # The home page's newest offers, the area's and the structure's are kept apart from
        # the pages: they are new too.
        for url in (*lists, homes[0]):
            self.assertIn("Boutique de la rue neuve", self.served(url).text, url)

    def test_a_service_published_near_an_offer_joins_the_offers_page(self):
        world = self.world
        service = ServicePageFactory.build(
            title="Maison de santé de Thiers",
            slug="maison-de-sante",
            category=ServiceCategory.HEALTH,
            commune=world.thiers,
            community=world.thiers_cc,
        )

        def publish_service():
            world.cci.add_child(instance=service)
            publish(service)

        premises = [self.url("premises", language) for language in LANGUAGES]
        self.assertRefreshed(
            publish_service,
            refreshed=[*premises, self.url("service_index"), self.url("area")],
            kept=[self.url("standard"), self.url("listing_index")],
        )
        # The life around the offer, kept apart from the page, has it too.
        self.assertIn("Maison de santé de Thiers", self.served(premises[0]).text)

    def test_unpublishing_an_offer_refreshes_it_and_the_lists(self):
        business = self.page("business")
        self.assertRefreshed(
            business.unpublish,
            refreshed=[self.url("listing_index"), self.url("home"), self.url("business", "en")],
            kept=[self.url("childcare"), self.url("standard")],
        )
        self.assertEqual(self.client.get(business.url).status_code, 404)

    def test_an_offer_taken_shows_taken_in_every_language_at_once(self):
        premises = self.page("premises")
        editor = get_user_model().objects.create_superuser("chief", "chief@example.org", "x")
        pages = [self.url("premises", language) for language in LANGUAGES]
        self.assertRefreshed(
            lambda: set_availability(premises, Availability.TAKEN, timezone.localdate(), editor),
            refreshed=[*pages, self.url("listing_index")],
            kept=[self.url("childcare"), self.url("business")],
        )
        self.assertIn("badge--taken", self.served(pages[1]).text)

    def test_a_translation_published_refreshes_the_page_in_every_language(self):
        english = self.page("business", "en")
        english.title = "Knife workshop to take over"

        self.assertRefreshed(
            lambda: publish(english),
            # The French page's language switcher and hreflang links name the English one.
            refreshed=[self.url("business", language) for language in LANGUAGES],
            kept=[self.url("premises", "en"), self.url("standard", "en")],
        )
        self.assertIn("Knife workshop", self.served(self.url("business", "en")).text)

    def test_an_offer_past_its_review_date_leaves_the_lists_when_it_expires(self):
        business = self.page("business")
        type(business).objects.filter(pk=business.pk).update(
            expire_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        self.assertRefreshed(
            lambda: call_command("publish_scheduled", verbosity=0),
            refreshed=[self.url("listing_index"), self.url("home"), self.url("area")],
            kept=[self.url("childcare"), self.url("premises")],
        )
        self.assertNotIn(business.title, self.served(self.url("listing_index")).text)

    def test_a_settings_change_refreshes_every_page(self):
        def rename():
            portal = PortalSettings.for_site(self.world.site)
            portal.territory_name = "Livradois-Forez et Dore"
            portal.save()

        every_page = [
            self.url(name, language)
            for name in ("home", "standard", "business")
            for language in LANGUAGES
        ]
        self.assertRefreshed(rename, refreshed=every_page, kept=[])
        for url in every_page:
            self.assertIn("Livradois-Forez et Dore", self.served(url).text, url)

    def test_a_change_made_through_another_server_is_shown_by_this_one_at_once(self):
        # This process keeps what it read last (the settings, the menu) in its own memory too;
        # another server's change moves the versions in the shared cache, which every request
        # reads: what this process kept under the old ones is not shown again.
        url = self.url("standard")
        self.warm(url)
        PortalSettings.objects.filter(site=self.world.site).update(territory_name="Haut-Livradois")
        self.assertNotIn("Haut-Livradois", self.served(url).text)  # no one purged anything yet
        cache.set(TAG_KEY.format(SITE), "moved by another server's purge", timeout=None)
        response = self.served(url)
        self.assertEqual(response[HEADER], "miss")
        self.assertIn("Haut-Livradois", response.text)

    def test_languages_without_a_home_of_their_own_each_describe_it_in_their_language(self):
        # English and Dutch readers are then routed from the French home page, kept once with
        # the site and shared by both languages: its description is written for each reader.
        type(self.world.home).objects.filter(pk=self.world.home.pk).update(
            summary="", search_description=""
        )
        for language in ("en", "nl"):
            self.page("home", language).unpublish()
        descriptions = {}
        for language in ("en", "nl", "en"):
            soup = self.get_soup(self.served(f"/{language}/").content)
            descriptions[language] = soup.select_one('meta[name="description"]')["content"]
        self.assertIn("on Installez-vous: the offers", descriptions["en"])
        self.assertIn("op Installez-vous: het aanbod", descriptions["nl"])

    def test_a_testimonial_refreshes_the_pages_that_show_testimonials_only(self):
        self.assertRefreshed(
            lambda: PortraitFactory(commune=self.world.thiers, name="Inès Marchand"),
            refreshed=[self.url("home"), self.url("area")],
            kept=[self.url("business"), self.url("listing_index"), self.url("standard")],
        )
        for name in ("home", "area"):
            self.assertIn("Inès Marchand", self.served(self.url(name)).text)

    def test_a_new_search_document_refreshes_the_search_and_the_indexes(self):
        self.assertRefreshed(
            lambda: reindex_translations(self.page("business")),
            refreshed=["/fr/recherche/?type=business", self.url("listing_index")],
            kept=[self.url("standard"), self.url("childcare")],
        )

    def test_an_editor_saving_a_draft_changes_nothing_public(self):
        business = self.page("business")
        business.title = "Brouillon"
        self.assertRefreshed(
            business.save_revision,
            refreshed=[],
            kept=[self.url("business"), self.url("listing_index"), self.url("home")],
        )

    def test_two_visitors_served_one_stored_page_each_send_the_form(self):
        url = self.url("premises")
        visitors = [Client(enforce_csrf_checks=True) for _ in range(2)]
        pages = [self.served(url, visitor) for visitor in visitors]
        self.assertEqual([page[HEADER] for page in pages], ["miss", "hit"])
        forms = [
            self.get_soup(page.content).find("section", class_="interest").find("form")
            for page in pages
        ]
        hidden = [
            {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
            for form in forms
        ]
        # Each visitor has tokens of their own, not the first visitor's written in the page.
        self.assertNotEqual(hidden[0]["started"], hidden[1]["started"])
        self.assertNotEqual(hidden[0]["csrfmiddlewaretoken"], hidden[1]["csrfmiddlewaretoken"])
        for index, (visitor, form, fields) in enumerate(zip(visitors, forms, hidden, strict=True)):
            data = {
                **fields,
                "name": f"Visitor {index}",
                "email": f"visitor{index}@example.org",
                "phone": "",
                "description": "Is the shop still free? We would like to visit it.",
                "consent": "on",
                "website": "",
            }
            with self.captureOnCommitCallbacks(execute=True):
                response = visitor.post(form["action"], data)
            self.assertEqual(response.status_code, 302, response.content[:500])
        self.assertEqual(
            sorted(Enquiry.objects.values_list("name", flat=True)), ["Visitor 0", "Visitor 1"]
        )
