"""How words become search terms: folded, stop words dropped, stemmed in their language."""

from django.test import TestCase

from search.analysis import analyse, fold, query_terms
from search.hits import build_query


class AnalysisTests(TestCase):
    def test_accents_and_case_are_folded(self):
        self.assertEqual(fold("Crèche ÉCOLE Café"), "creche ecole cafe")

    def test_french_plurals_and_feminines_share_a_stem(self):
        self.assertEqual(analyse("boulangeries", "fr"), analyse("boulangerie", "fr"))
        self.assertEqual(analyse("commerciale", "fr"), analyse("commercial", "fr"))
        self.assertEqual(analyse("Crèches", "fr"), analyse("creche", "fr"))

    def test_each_language_has_its_own_stemmer(self):
        self.assertEqual(analyse("bakeries", "en"), analyse("bakery", "en"))
        self.assertEqual(analyse("woningen", "nl"), analyse("woning", "nl"))
        # The French stemmer leaves the English plural alone: the language matters.
        self.assertNotEqual(analyse("bakeries", "fr"), analyse("bakery", "fr"))

    def test_stop_words_are_dropped(self):
        self.assertEqual(analyse("Le local de la place", "fr"), analyse("local place", "fr"))

    def test_a_query_read_in_english_also_tries_the_french_stem(self):
        self.assertEqual(query_terms("boulangerie", ["en", "fr"]), [{"boulangeri", "boulanger"}])

    def test_short_stems_are_not_prefixes(self):
        query = build_query("T2 jardin", ["fr"])
        prefixes = {stem.query_string: stem.prefix for stem in query.subqueries}
        self.assertEqual(prefixes, {"t2": False, "jardin": True})

    def test_nothing_left_to_search(self):
        self.assertIsNone(build_query("le la les !!!", ["fr"]))

    def test_a_word_is_not_asked_again_as_a_longer_stem(self):
        # Dutch "bakker" is French "bakk", which already matches it as a prefix: asking for
        # both counted the word twice and ranked the markets above the bakery.
        query = build_query("bakker", ["nl", "fr"])
        stems = [stem.query_string for stem in query.subqueries]
        self.assertEqual([stem for stem in stems if not stem.startswith("zsyn")], ["bakk"])
