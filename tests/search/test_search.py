"""The public search: full text, facets that combine and count, sorting, paging, languages."""

import json
from datetime import timedelta
from unittest import mock

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.test.utils import WagtailPageTestCase

from foundation.vocabularies import Availability, PriceKind
from listings.factories import PremisesListingPageFactory
from search.backends import scored_rows
from search.engine import Search
from search.models import QueryDay, SearchDocument
from tests.builders import WorldTestCase, publish, text_of

THIERS_CC = "200070712"
AMBERT_CC = "200070761"


def search_url(language):
    with translation.override(language):
        return reverse("search")


class SearchTestCase(WorldTestCase, WagtailPageTestCase):
    def search(self, language="fr", **params):
        response = self.client.get(search_url(language), params)
        self.assertEqual(response.status_code, 200)
        return self.get_soup(response.content)

    def titles(self, language="fr", **params):
        soup = self.search(language, **params)
        return [text_of(link) for link in soup.select(".results__list .card__title a")]

    def facet(self, soup, name):
        counts = {}
        for box in soup.select(f'.facets input[name="{name}"]'):
            label = box.find_parent("label")
            counts[box["value"]] = int(text_of(label.select_one(".facet__count")).strip("()"))
        return counts


class SearchPageTests(SearchTestCase):
    def test_one_search_page_per_language(self):
        self.assertEqual(search_url("fr"), "/fr/recherche/")
        self.assertEqual(search_url("en"), "/en/search/")
        self.assertEqual(search_url("nl"), "/nl/zoeken/")

    def test_every_page_has_a_search_box(self):
        for name in ("home", "premises", "area"):
            for language in ("fr", "nl"):
                with self.subTest(page=name, language=language):
                    soup = self.soup(self.page(name, language).url)
                    form = soup.select_one("header form[role=search]")
                    self.assertEqual(form["action"], search_url(language))
                    self.assertIsNotNone(form.select_one('input[name="q"]'))

    def test_french_words_find_their_forms(self):
        self.assertEqual(self.titles(q="creches"), ["Crèche Les Petits Pas"])
        self.assertEqual(self.titles(q="boutiques"), ["Boutique sur la place"])
        self.assertEqual(self.titles(q="COUTELLERIE"), ["Atelier de coutellerie à reprendre"])

    def test_a_card_without_a_picture_shows_no_empty_frame(self):
        card = self.search(q="creches").select_one(".results__list .card")
        self.assertEqual(text_of(card.select_one(".card__title")), "Crèche Les Petits Pas")
        self.assertIsNone(card.select_one(".card__image"))

    def test_english_and_dutch_content_is_searched_in_its_language(self):
        self.assertEqual(self.titles("en", q="nurseries"), ["The Little Steps nursery"])
        self.assertEqual(self.titles("nl", q="winkels"), ["Winkel aan het dorpsplein"])
        # The French text of a translated page is not what an English reader is shown.
        self.assertEqual(self.titles("en", q="place"), [])
        # A French word finds the English page through its synonym group (search.synonyms).
        self.assertEqual(self.titles("en", q="boutique"), ["Shop on the main square"])

    def test_every_word_must_match(self):
        self.assertEqual(self.titles(q="boutique place"), ["Boutique sur la place"])
        self.assertEqual(self.titles(q="boutique jardin"), [])

    def test_words_match_in_the_title_and_the_text_together(self):
        # "Place" is in the title only, "clientèle" in the description only.
        self.assertIn("Boutique sur la place", self.titles(q="place clientèle"))

    def test_no_result_shows_the_nearest_and_how_to_present_a_project(self):
        soup = self.search(q="boutique introuvable")
        self.assertEqual(text_of(soup.select_one(".result-count")), "0 résultat")
        nearest = [text_of(a) for a in soup.select(".empty-state .card__title a")]
        self.assertEqual(nearest, ["Boutique sur la place"])
        link = soup.select_one(".empty-state > p a[href]")
        self.assertEqual(link["href"], "/fr/presenter-mon-projet/")
        self.assertEqual(text_of(link), "Présenter mon projet")

    def test_an_untranslated_page_is_found_in_french_from_every_language(self):
        shop = publish(
            PremisesListingPageFactory(
                parent=self.world.cci, title="Quincaillerie du marché", commune=self.world.thiers
            )
        )
        for language in ("fr", "en", "nl"):
            with self.subTest(language=language):
                soup = self.search(language, q="quincaillerie")
                link = soup.select_one(".results__list .card__title")
                self.assertEqual(text_of(link), shop.title)
                if language != "fr":
                    self.assertEqual(link["lang"], "fr")


class FacetTests(SearchTestCase):
    def test_values_of_one_facet_widen_and_facets_narrow(self):
        both = self.titles(type=["premises", "housing"])
        self.assertCountEqual(both, ["Boutique sur la place", "Maison de bourg avec jardin"])
        narrowed = self.titles(type=["premises", "land"], area=AMBERT_CC)
        self.assertEqual(narrowed, ["Terres agricoles près d'Ambert"])

    def test_counts_show_what_each_value_would_give(self):
        soup = self.search(type="premises", area=THIERS_CC)
        # Other types count with the area applied; other areas with the type applied.
        types = self.facet(soup, "type")
        self.assertEqual(types["premises"], 1)
        self.assertEqual(types["housing"], 1)
        self.assertEqual(types["service"], 2)
        self.assertNotIn("land", types)
        self.assertEqual(self.facet(soup, "area"), {THIERS_CC: 1})
        checked = [box["value"] for box in soup.select(".facets input[checked]")]
        self.assertCountEqual(checked, ["premises", THIERS_CC])

    def test_counts_follow_the_text(self):
        soup = self.search(q="ambert")
        self.assertEqual(self.facet(soup, "type"), {"land": 1, "structure": 1})

    def test_price_bands_and_limits(self):
        soup = self.search(type="premises", transaction="rent")
        self.assertEqual(self.facet(soup, "price"), {"rent-1000": 1})
        self.assertEqual(self.titles(type="premises", price_max=1000), [])
        self.assertEqual(self.titles(type="premises", price_max=1300), ["Boutique sur la place"])
        self.assertEqual(self.titles(price="sale-0-50000"), ["Terres agricoles près d'Ambert"])

    def test_surface_energy_and_category(self):
        self.assertEqual(self.titles(surface="10000"), ["Terres agricoles près d'Ambert"])
        self.assertEqual(self.titles(energy="F"), ["Maison de bourg avec jardin"])
        self.assertEqual(self.titles(category="broadband"), ["Fibre optique"])

    def test_active_filters_can_be_removed_one_by_one(self):
        soup = self.search(type=["premises", "housing"], area=THIERS_CC)
        links = {text_of(a): a["href"] for a in soup.select(".active-filters a")}
        self.assertEqual(len(links), 3, list(links))
        removal = links["Retirer Type : Local d'activité"]
        self.assertIn("type=housing", removal)
        self.assertNotIn("type=premises", removal)
        self.assertIn(f"area={THIERS_CC}", removal)

    def test_a_confidential_offer_is_never_placed_in_its_commune(self):
        soup = self.search(q="coutellerie")
        card = soup.select_one(".results__list .card")
        self.assertIn("CC Thiers Dore et Montagne", text_of(card))
        self.assertNotIn("Celles", str(soup))
        self.assertEqual(self.titles(commune="63066"), [])
        self.assertEqual(self.titles(q="celles durolle"), [])


class SortAndPageTests(SearchTestCase):
    def test_sort_by_price_puts_offers_without_price_last(self):
        publish(
            PremisesListingPageFactory(
                parent=self.world.cci,
                title="Entrepôt, prix sur demande",
                commune=self.world.thiers,
                price=None,
                price_kind=PriceKind.ON_REQUEST,
            )
        )
        land, business = "Terres agricoles près d'Ambert", self.world.business.title
        titles = self.titles(type=["business", "land"], sort="price")
        self.assertEqual(titles, [land, business])
        titles = self.titles(type=["business", "land"], sort="-price")
        self.assertEqual(titles, [business, land])
        titles = self.titles(type=["premises"], sort="-price")
        self.assertEqual(titles, ["Boutique sur la place", "Entrepôt, prix sur demande"])

    def test_sort_by_surface(self):
        titles = self.titles(type=["premises", "land"], sort="-surface")
        self.assertEqual(titles, ["Terres agricoles près d'Ambert", "Boutique sur la place"])

    def test_words_keep_every_order_of_browsing(self):
        # A newcomer who types a word sees the offers in the same order as when browsing.
        listing_kinds = ["premises", "housing", "land", "business"]
        documents = SearchDocument.objects.filter(kind__in=listing_kinds).order_by("pk")
        self.assertGreaterEqual(documents.count(), 4)
        dates = [None, *(timezone.now() - timedelta(days=days) for days in (3, 1, 7, 2, 5))]
        for document, date in zip(documents, dates * 3, strict=False):
            SearchDocument.objects.filter(pk=document.pk).update(published_at=date)
        matches = set(self.titles(q="thiers", type=listing_kinds))
        self.assertGreaterEqual(len(matches), 3)
        for sort in ("newest", "price", "-price", "surface", "-surface"):
            with self.subTest(sort=sort):
                browsed = self.titles(type=listing_kinds, sort=sort)
                typed = self.titles(q="thiers", type=listing_kinds, sort=sort)
                self.assertEqual(typed, [title for title in browsed if title in matches])

    def test_relevance_is_offered_only_with_words(self):
        soup = self.search()
        self.assertIsNone(soup.select_one('select[name="sort"] option[value="relevance"]'))
        soup = self.search(q="thiers")
        selected = soup.select_one('select[name="sort"] option[selected]')
        self.assertEqual(selected["value"], "relevance")

    def test_pages_keep_the_filters(self):
        with mock.patch.object(Search, "page_size", 2):
            first = self.search(type=["premises", "housing", "land"], sort="newest")
            next_link = first.select_one('.pagination a[rel="next"]')["href"]
            self.assertIn("type=premises", next_link)
            self.assertIn("page=2", next_link)
            second = self.get_soup(self.client.get(search_url("fr") + next_link).content)
        links = first.select(".card__title a") + second.select(".card__title a")
        seen = [text_of(link) for link in links]
        self.assertEqual(len(set(seen)), 3)


class LifecycleTests(SearchTestCase):
    def test_taken_offers_leave_and_offers_under_offer_are_marked(self):
        premises = self.world.premises
        premises.availability = Availability.UNDER_OFFER
        publish(premises)
        soup = self.search(q="boutique place")
        badge = soup.select_one(".results__list .badge")
        self.assertEqual(text_of(badge), "En cours de négociation")
        premises.availability = Availability.TAKEN
        publish(premises)
        self.assertEqual(self.titles(q="boutique place"), [])
        self.assertFalse(SearchDocument.objects.filter(page=premises).exists())

    def test_unpublished_pages_leave_and_come_back(self):
        self.world.housing.unpublish()
        self.assertEqual(self.titles(q="maison bourg"), [])
        publish(self.world.housing)
        self.assertEqual(self.titles(q="maison bourg"), ["Maison de bourg avec jardin"])

    def test_a_deleted_translation_hands_its_language_back_to_french(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.page("housing", "en").delete()
        soup = self.search("en", q="maison")
        first = soup.select_one(".results__list .card__title")
        self.assertEqual(text_of(first), self.world.housing.title)

    def test_a_private_page_leaves_the_search(self):
        from wagtail.models import PageViewRestriction

        with self.captureOnCommitCallbacks(execute=True):
            restriction = PageViewRestriction.objects.create(
                page=self.world.cci, restriction_type=PageViewRestriction.PASSWORD, password="x"
            )
        self.assertEqual(self.titles(q="boutique"), [])
        with self.captureOnCommitCallbacks(execute=True):
            restriction.delete()
        self.assertEqual(self.titles(q="boutique"), ["Boutique sur la place"])

    def test_deleting_a_private_page_is_no_error(self):
        from wagtail.models import PageViewRestriction

        PageViewRestriction.objects.create(
            page=self.world.cci, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        with self.captureOnCommitCallbacks(execute=True):
            self.world.cci.delete()
        self.assertEqual(self.titles(q="boutique"), [])
        self.assertFalse(SearchDocument.objects.filter(page_id=self.world.premises.pk).exists())

    def test_a_page_taken_in_french_leaves_every_language(self):
        premises = self.world.premises
        premises.availability = Availability.TAKEN
        publish(premises)
        for language, words in [("fr", "place"), ("en", "square"), ("nl", "dorpsplein")]:
            with self.subTest(language=language):
                self.assertEqual(self.titles(language, q=words), [])

    def test_a_confidential_offer_is_not_found_by_its_town_even_if_an_editor_names_it(self):
        business = self.world.business
        # Saving refuses such a tag (tests/listings/test_leaks.py); one saved before that rule
        # existed must still not lead the search to the town.
        business.tags.add("Celles-sur-Durolle")
        business.save(clean=False)
        call_command("rebuild_search_documents", verbosity=0)
        self.assertEqual(self.titles(q="celles"), [])
        soup = self.search(q="coutellerie")
        self.assertNotIn("celles", self.facet(soup, "tag"))


class RecordTests(SearchTestCase):
    def test_queries_are_counted_per_day_and_language(self):
        self.search(q="Boutique")
        self.search(q="boutique ")
        self.search("en", q="place")
        self.search(q="zzz")
        self.search(q="boutique", page="2")
        fr = QueryDay.objects.get(query="boutique", language="fr")
        self.assertEqual((fr.hits, fr.empty_hits), (2, 0))
        en = QueryDay.objects.get(query="place", language="en")
        self.assertEqual((en.hits, en.empty_hits), (1, 1))
        self.assertEqual(QueryDay.objects.get(query="zzz").empty_hits, 1)
        self.assertFalse(QueryDay.objects.filter(query="").exists())

    def test_ticking_a_facet_is_not_a_new_search(self):
        url = search_url("fr")
        self.client.get(url, {"q": "boutique"})
        referer = f"http://testserver{url}?q=boutique"
        self.client.get(url, {"q": "boutique", "type": "premises"}, HTTP_REFERER=referer)
        self.client.get(url, {"q": "maison"}, HTTP_REFERER=referer)
        self.assertEqual(QueryDay.objects.get(query="boutique").hits, 1)
        self.assertEqual(QueryDay.objects.get(query="maison").hits, 1)

    def test_a_pinned_offer_that_is_taken_is_not_shown(self):
        query = Query.get("boutique")
        SearchPromotion.objects.create(query=query, page=self.world.premises)
        premises = self.world.premises
        premises.availability = Availability.TAKEN
        publish(premises)
        soup = self.search(q="boutique")
        self.assertIsNone(soup.select_one(".promotions"))

    def test_promoted_pages_come_first(self):
        query = Query.get("commerce")
        SearchPromotion.objects.create(
            query=query, page=self.world.area, description="Tout savoir sur le territoire"
        )
        soup = self.search("nl", q="Commerce")
        link = soup.select_one(".promotions a")
        self.assertEqual(link["href"], self.page("area", "nl").url)
        self.assertIn("Tout savoir", text_of(soup.select_one(".promotions")))

    def browse(self, **params):
        """The page, and how many statements counted the results."""
        with CaptureQueriesContext(connection) as context:
            soup = self.search(**params)
        counted = [query for query in context.captured_queries if "UNION ALL" in query["sql"]]
        return soup, len(counted)

    @override_settings(FRAGMENT_CACHE=True)
    def test_the_counts_of_browsing_everything_are_kept_until_an_offer_is_published(self):
        cache.clear()
        first, counted = self.browse()
        self.assertEqual(counted, 1)
        again, counted = self.browse()
        self.assertEqual(counted, 0)
        self.assertEqual(self.facet(again, "type"), self.facet(first, "type"))
        count = text_of(first.select_one(".result-count"))
        self.assertEqual(text_of(again.select_one(".result-count")), count)
        premises = self.facet(first, "type")["premises"]
        publish(
            PremisesListingPageFactory(
                parent=self.world.cci, title="Entrepôt neuf", commune=self.world.thiers
            )
        )
        published, counted = self.browse()
        self.assertEqual(counted, 1)
        self.assertEqual(self.facet(published, "type")["premises"], premises + 1)
        self.assertNotEqual(text_of(published.select_one(".result-count")), count)
        self.assertIn("Entrepôt neuf", [text_of(a) for a in published.select(".card__title a")])

    @override_settings(FRAGMENT_CACHE=True)
    def test_filtered_counts_are_counted_each_time(self):
        cache.clear()
        for _visit in range(2):
            soup, counted = self.browse(type="premises")
            self.assertEqual(counted, 1)
            self.assertEqual(self.facet(soup, "type")["premises"], 1)


class LongFacetTests(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # 14 keywords: one on three warehouses, one on two, twelve on one each.
        for index in range(3):
            tags = ["frigorifique", "quai", f"lot-{index:02}"] if index < 2 else ["frigorifique"]
            cls.warehouse(index, tags)
        for index in range(3, 13):
            cls.warehouse(index, [f"lot-{index:02}"])

    @classmethod
    def warehouse(cls, index, tags):
        warehouse = PremisesListingPageFactory(
            parent=cls.world.cci, title=f"Entrepôt numéro {index}", commune=cls.world.thiers
        )
        warehouse.tags.add(*tags)
        publish(warehouse)

    def test_a_long_facet_shows_its_ten_most_frequent_values_and_the_rest_on_demand(self):
        soup = self.search(q="entrepot", tag="lot-12", price_max="900000")
        facet = next(
            fieldset
            for fieldset in soup.select("fieldset.facet")
            if fieldset.select_one('input[name="tag"]')
        )
        shown = [box["value"] for box in facet.select(':scope > ul input[name="tag"]')]
        folded = [box["value"] for box in facet.select('.facet__more input[name="tag"]')]
        # The two most frequent come first; the ticked one stays in sight.
        self.assertEqual(len(shown), 11)
        self.assertEqual(shown[:2], ["frigorifique", "quai"])
        self.assertIn("lot-12", shown)
        self.assertEqual(len(shown) + len(folded), 14)
        self.assertEqual(text_of(facet.select_one(".facet__more summary")), "3 de plus")
        # The filters' summary says how many apply: a keyword and a price limit.
        self.assertEqual(text_of(soup.select_one(".facets > summary")), "Filtres (2 appliqués)")

    def test_a_short_facet_is_not_folded(self):
        soup = self.search(q="entrepot", type="premises")
        self.assertIsNone(soup.select_one('.facet__more input[name="type"]'))
        self.assertEqual(text_of(soup.select_one(".facets > summary")), "Filtres (1 appliqué)")


class QueryCountTests(SearchTestCase):
    def test_one_result_costs_the_same_as_a_full_page(self):
        for index in range(20):
            warehouse = PremisesListingPageFactory(
                parent=self.world.cci, title=f"Entrepôt numéro {index}", commune=self.world.thiers
            )
            warehouse.tags.add("entrepot", f"lot-{index}")
            publish(warehouse)
        counts = {}
        for query in ("entrepot", "place"):
            self.search(q=query)  # renditions and caches are made on the first request
            with CaptureQueriesContext(connection) as context:
                soup = self.search(q=query)
            counts[query] = len(context.captured_queries)
            counts[f"{query} results"] = len(soup.select(".results__list .card"))
        self.assertEqual(counts["entrepot results"], 20)
        self.assertEqual(counts["place results"], 1)
        self.assertEqual(counts["entrepot"], counts["place"])
        self.assertEqual(counts["place"], SEARCH_QUERIES)


SEARCH_QUERIES = 14


class HelpTests(SearchTestCase):
    def test_suggestions_while_typing(self):
        with translation.override("en"):
            url = reverse("search_suggestions")
        self.assertEqual(url, "/en/search/suggestions/")
        data = self.client.get(url, {"q": "nurs"}).json()
        self.assertEqual(
            data["suggestions"],
            [{"title": "The Little Steps nursery", "url": self.page("childcare", "en").url}],
        )
        self.assertEqual(self.client.get(url, {"q": "n"}).json(), {"suggestions": []})
        self.assertEqual(self.client.get(url, {"q": "\x00<b>"}).json(), {"suggestions": []})

    def test_a_misspelling_is_corrected_when_the_correction_finds_something(self):
        soup = self.search(q="bootique place")
        titles = [text_of(a) for a in soup.select(".results__list h2")]
        self.assertEqual(titles, ["Boutique sur la place"])
        notice = soup.select_one(".search-corrected")
        self.assertIn("boutique place", text_of(notice))
        # The words as typed stay one click away, and are then not corrected again.
        response = self.client.get(search_url("fr") + notice.a["href"])
        soup = self.get_soup(response.content)
        self.assertEqual(soup.select(".results__list h2"), [])
        link = soup.select_one(".did-you-mean a")
        self.assertEqual(text_of(link), "boutique place")
        # The report has what was typed: found once corrected, then nothing as typed.
        day = QueryDay.objects.get(query="bootique place")
        self.assertEqual((day.hits, day.empty_hits), (2, 1))

    def test_no_suggestion_when_nothing_is_close(self):
        soup = self.search(q="xylophone")
        self.assertIsNone(soup.select_one(".did-you-mean"))

    def test_the_map_never_places_a_confidential_offer(self):
        soup = self.search(type=["premises", "business"], view="map")
        places = json.loads(soup.select_one("#results-map-data").string)
        self.assertEqual(
            places,
            [
                {
                    "lat": 45.8561,
                    "lon": 3.5477,
                    "links": [{"title": "Boutique sur la place", "url": self.world.premises.url}],
                    "label": "Boutique sur la place",
                    "highlighted": False,
                }
            ],
        )
        soup = self.search(type="business", view="map")
        self.assertIsNone(soup.select_one("#results-map-data"))
        self.assertEqual(len(soup.select(".result-card")), 1)


class ScoredRowsTests(TestCase):
    """The hits of a backend that ranks elsewhere (Elasticsearch) join the statements as rows."""

    def test_the_rows_read_back_as_they_were_given(self):
        sql, params = scored_rows({5: 1.5, 7: 0.25, 12: 3.0})
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            self.assertEqual(sorted(cursor.fetchall()), [(5, 1.5), (7, 0.25), (12, 3.0)])
