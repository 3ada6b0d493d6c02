"""Elasticsearch at scale: each language analysed by its own analyser.

No Elasticsearch server can run on the machines these tests run on: the index settings, the
mapping, the documents and the query the portal sends are checked as data. The live test at
the end runs against a real server whenever ``ELASTICSEARCH_URL`` points at one:

    ELASTICSEARCH_URL=http://127.0.0.1:9200 make test PYTEST_ARGS=tests/search
"""

import os
import unittest
import uuid

from django.core.management import call_command
from django.test import SimpleTestCase, override_settings
from django.utils import translation

from wagtail.search.backends import get_search_backend
from wagtail.test.utils import WagtailPageTestCase

from search.backends.elasticsearch import synonym_analysis
from search.models import SearchDocument
from tests.builders import WorldTestCase, text_of

LIVE_URL = os.environ.get("ELASTICSEARCH_URL", "")


def elasticsearch_settings(url="http://127.0.0.1:9", prefix="installez_vous_test_"):
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 5,
        }
    }


@override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch_settings())
class ElasticsearchConfigurationTests(SimpleTestCase):
    def test_each_language_has_its_analyser(self):
        analysis = get_search_backend().settings["settings"]["analysis"]
        self.assertEqual(
            analysis["analyzer"]["portal_fr"]["filter"],
            ["french_elision", "lowercase", "fr_stop", "asciifolding", "fr_stemmer"],
        )
        self.assertEqual(
            analysis["analyzer"]["portal_nl"]["filter"],
            ["lowercase", "nl_stop", "asciifolding", "nl_stemmer"],
        )
        self.assertEqual(
            analysis["filter"]["en_stemmer"], {"type": "snowball", "language": "English"}
        )
        self.assertEqual(analysis["filter"]["fr_stop"], {"type": "stop", "stopwords": "_french_"})
        self.assertIn("d", analysis["filter"]["french_elision"]["articles"])
        # Wagtail's own analysers are still there for the other indexes.
        self.assertIn("edgengram_analyzer", analysis["analyzer"])

    def test_queries_are_read_with_the_synonym_groups_in_each_language(self):
        groups = [(1, ("menuisier", "menuiserie", "joinery")), (2, ("coworking", "tiers-lieu"))]
        analysis = synonym_analysis(groups)["settings"]["analysis"]
        self.assertEqual(
            analysis["filter"]["portal_synonyms"],
            {
                "type": "synonym_graph",
                "synonyms": ["menuisier, menuiserie, joinery", "coworking, tiers-lieu"],
                "lenient": True,
            },
        )
        # Expanded after folding, before stemming: every word of a group is stemmed alike.
        self.assertEqual(
            analysis["analyzer"]["portal_fr_search"]["filter"],
            [
                "french_elision",
                "lowercase",
                "fr_stop",
                "asciifolding",
                "portal_synonyms",
                "fr_stemmer",
            ],
        )
        self.assertEqual(
            set(analysis["analyzer"]), {f"portal_{code}_search" for code in ["fr", "en", "nl"]}
        )

    def test_the_text_goes_to_the_fields_of_its_language(self):
        mapping = get_search_backend().mapping_class(SearchDocument)
        properties = mapping.get_mapping()["properties"]
        for language in ("fr", "en", "nl"):
            with self.subTest(language=language):
                self.assertEqual(properties[f"title_{language}"]["analyzer"], f"portal_{language}")
                self.assertEqual(properties[f"body_{language}"]["analyzer"], f"portal_{language}")
                self.assertEqual(
                    properties[f"body_{language}"]["search_analyzer"], f"portal_{language}_search"
                )
        self.assertEqual(properties["kind_filter"]["type"], "keyword")
        self.assertEqual(properties["price_filter"]["type"], "integer")
        # The stems the database backends index are not sent to Elasticsearch.
        self.assertNotIn("title", properties)

        document = mapping.get_document(
            SearchDocument(
                page_id=7, language="nl", kind="business", heading="Bakkerij", text="Oven"
            )
        )
        self.assertEqual(document["title_nl"], "Bakkerij")
        self.assertEqual(document["body_nl"], "Oven")
        self.assertEqual((document["title_fr"], document["body_fr"]), ("", ""))
        self.assertEqual(document["kind_filter"], "business")

    def test_the_query_reads_the_readers_language_and_french(self):
        query = get_search_backend().hits_query(SearchDocument, "boulangerie Ambert", ["en", "fr"])
        self.assertEqual(
            query,
            {
                "multi_match": {
                    "query": "boulangerie Ambert",
                    "fields": ["body_en^1", "body_fr^1", "title_en^3", "title_fr^3"],
                    "type": "cross_fields",
                    "operator": "and",
                }
            },
        )

    def test_the_database_backends_index_stems(self):
        with override_settings(WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "search.backends"}}):
            names = [field.field_name for field in SearchDocument.get_search_fields()]
        self.assertEqual(names[:2], ["title", "body"])


@unittest.skipUnless(LIVE_URL, "set ELASTICSEARCH_URL to run against a live Elasticsearch 9")
class LiveElasticsearchTests(WorldTestCase, WagtailPageTestCase):
    def test_search_through_elasticsearch(self):
        prefix = f"installez_vous_test_{uuid.uuid4().hex[:8]}_"
        with override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch_settings(LIVE_URL, prefix)):
            backend = get_search_backend()
            try:
                call_command("update_index", verbosity=0)
                backend.get_index_for_model(SearchDocument).refresh()
                for language, words, title in [
                    ("fr", "creches", "Crèche Les Petits Pas"),
                    ("fr", "l'atelier coutellerie", "Atelier de coutellerie à reprendre"),
                    ("en", "nurseries", "The Little Steps nursery"),
                    ("nl", "winkels", "Winkel aan het dorpsplein"),
                ]:
                    with self.subTest(words=words), translation.override(language):
                        from django.urls import reverse

                        soup = self.soup(reverse("search"), q=words)
                        first = soup.select_one(".results__list .card__title a")
                        self.assertEqual(text_of(first), title)
            finally:
                for index in backend.all_indexes():
                    if index.name.startswith(prefix):
                        index.delete()
