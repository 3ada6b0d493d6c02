"""Every page type in French, English and Dutch, as a newcomer reading each language sees it."""

import re
from urllib.parse import urlsplit

from wagtail.test.utils import WagtailPageTestCase

from listings.factories import PremisesListingPageFactory
from tests.builders import (
    LANGUAGES,
    PAGE_TYPES,
    WorldTestCase,
    edit_form_data,
    logged_in,
    publish,
    text_of,
)


class MultilingualRenderingTests(WorldTestCase, WagtailPageTestCase):
    def test_every_page_type_renders_in_every_language(self):
        for name in PAGE_TYPES:
            for language in LANGUAGES:
                page = self.page(name, language)
                with self.subTest(page=name, language=language):
                    self.assertTrue(page.url.startswith(f"/{language}/"), page.url)
                    self.assertPageIsRenderable(page)
                    soup = self.soup(page.url)
                    self.assertEqual(soup.html["lang"], language)
                    self.assertIn(page.title, text_of(soup.title))
                    self.assertEqual(
                        text_of(soup.h1), page.hero_title if name == "home" else page.title
                    )

    def test_every_page_type_is_previewable_in_the_admin(self):
        user = self.create_superuser("previewer")
        for name in PAGE_TYPES:
            for language in ("fr", "nl"):
                page = self.page(name, language)
                with self.subTest(page=name, language=language):
                    self.assertPageIsPreviewable(
                        page,
                        post_data=edit_form_data(logged_in(self.client, user), page),
                        user=user,
                    )

    def test_preview_shows_the_unsaved_change(self):
        page = self.page("business", "en")
        user = self.create_superuser("previewer")
        data = edit_form_data(logged_in(self.client, user), page)
        data["title"] = "Cutlery workshop, now with a shop"
        preview_url = f"/admin/pages/{page.pk}/edit/preview/"
        self.assertEqual(self.client.post(preview_url, data).json()["is_valid"], True)
        soup = self.get_soup(self.client.get(preview_url).content)
        self.assertEqual(text_of(soup.h1), "Cutlery workshop, now with a shop")
        self.assertEqual(soup.html["lang"], "en")

    def test_language_switcher_links_to_the_translations_of_the_page(self):
        for name in PAGE_TYPES:
            translations = {language: self.page(name, language).url for language in LANGUAGES}
            for language in LANGUAGES:
                with self.subTest(page=name, language=language):
                    soup = self.soup(translations[language])
                    switcher = soup.select(".language-switcher a[hreflang]")
                    self.assertEqual(
                        {link["hreflang"]: link["href"] for link in switcher}, translations
                    )
                    current = [link["hreflang"] for link in switcher if link.get("aria-current")]
                    self.assertEqual(current, [language])
                    # Each language's name is written in that language, for those who read it.
                    self.assertEqual(
                        {link["hreflang"]: link.get("lang") for link in switcher},
                        {code: code for code in LANGUAGES},
                    )

    def test_hreflang_alternates_name_every_translation_with_absolute_urls(self):
        for name in PAGE_TYPES:
            translations = {language: self.page(name, language).url for language in LANGUAGES}
            with self.subTest(page=name):
                soup = self.soup(translations["nl"])
                alternates = {
                    link["hreflang"]: link["href"]
                    for link in soup.select('head link[rel="alternate"][hreflang]')
                }
                self.assertEqual(set(alternates), set(LANGUAGES))
                for language, href in alternates.items():
                    parts = urlsplit(href)
                    self.assertIn(parts.scheme, ("http", "https"))
                    self.assertTrue(parts.netloc)
                    self.assertEqual(parts.path, translations[language])

    def test_untranslated_page_falls_back_without_dead_links(self):
        only_french = PremisesListingPageFactory(
            parent=self.world.cci,
            title="Entrepôt à louer",
            slug="entrepot",
            commune=self.world.thiers,
        )
        soup = self.soup(only_french.url)
        # No alternates: the page exists in one language only.
        self.assertEqual(soup.select('head link[rel="alternate"][hreflang]'), [])
        switcher = {
            link["hreflang"]: link["href"]
            for link in soup.select(".language-switcher a[hreflang]")
        }
        self.assertEqual(switcher["fr"], only_french.url)
        # The other languages lead to their home page rather than to a 404.
        self.assertEqual(switcher["en"], self.page("home", "en").url)
        self.assertEqual(switcher["nl"], self.page("home", "nl").url)

    def test_untranslated_listing_is_shown_once_in_its_source_language(self):
        only_french = publish(
            PremisesListingPageFactory(
                parent=self.world.cci,
                title="Entrepôt à louer",
                slug="entrepot",
                commune=self.world.thiers,
            )
        )
        soup = self.soup(self.page("listing_index", "en").url)
        titles = [text_of(link) for link in soup.select(".card__title a")]
        self.assertEqual(titles.count("Entrepôt à louer"), 1)
        self.assertEqual(titles.count("Shop on the main square"), 1)
        self.assertNotIn("Boutique sur la place", titles)
        title = soup.find("a", string="Entrepôt à louer").find_parent(class_="card__title")
        # Screen readers must read the French title with a French voice, and the rest of the
        # card (type, price, availability), which is in the reader's language, with theirs.
        self.assertEqual(title.get("lang"), "fr")
        self.assertIsNone(title.find_parent("article").get("lang"))
        self.assertIn(only_french.url, [link["href"] for link in soup.select(".card__title a")])
        english_title = soup.find("a", string="Shop on the main square").find_parent(
            class_="card__title"
        )
        self.assertIn(english_title.get("lang"), (None, "en"))


COUNTS = {"fr": "4 offres", "en": "4 offers", "nl": "4 advertenties"}
ONE = {"fr": "1 offre", "en": "1 offer", "nl": "1 advertentie"}


class InterfaceLanguageTests(WorldTestCase, WagtailPageTestCase):
    def test_listing_index_counts_in_the_readers_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                soup = self.soup(self.page("listing_index", language).url)
                self.assertEqual(text_of(soup.select_one(".result-count")), COUNTS[language])
                filtered = self.soup(self.page("listing_index", language).url, type="land")
                self.assertEqual(text_of(filtered.select_one(".result-count")), ONE[language])

    def test_interface_strings_are_translated(self):
        headings = {"fr": "Informations clés", "en": "Key facts", "nl": "Kerngegevens"}
        skip = {"fr": "Aller au contenu", "en": "Skip to content", "nl": "Naar de inhoud"}
        for language in LANGUAGES:
            with self.subTest(language=language):
                soup = self.soup(self.page("premises", language).url)
                self.assertEqual(text_of(soup.select_one("#facts-title")), headings[language])
                self.assertIn(skip[language], text_of(soup.select_one(".skip-link")))

    def test_home_entry_points_name_each_type_in_the_readers_language(self):
        english = [
            text_of(label)
            for label in self.soup(self.page("home", "en").url).select(".entry-point__label")
        ]
        self.assertEqual(len(english), 4)
        for language in ("fr", "nl"):
            with self.subTest(language=language):
                soup = self.soup(self.page("home", language).url)
                labels = [text_of(label) for label in soup.select(".entry-point__label")]
                self.assertEqual(len(labels), 4)
                for label, english_label in zip(labels, english, strict=True):
                    self.assertNotEqual(label, english_label)

    def test_prices_are_written_the_way_each_language_writes_money(self):
        expected = {
            "fr": ("185 000 €", "1 250 € par mois"),
            "en": ("€185,000", "€1,250 per month"),
            "nl": ("€ 185.000", "€ 1.250 per maand"),
        }
        for language, (sale, rent) in expected.items():
            with self.subTest(language=language):
                business = self.soup(self.page("business", language).url)
                self.assertEqual(text_of(business.select_one(".listing__price")), sale)
                premises = self.soup(self.page("premises", language).url)
                self.assertEqual(text_of(premises.select_one(".listing__price")), rent)

    def test_dates_are_written_the_way_each_language_writes_them(self):
        expected = {
            "fr": r"1(er)? septembre 2031",
            "en": r"(Sept?\.? 1, 2031|September 1, 2031|1 September 2031)",
            "nl": r"1 september 2031",
        }
        for language, pattern in expected.items():
            with self.subTest(language=language):
                soup = self.soup(self.page("premises", language).url)
                badge = text_of(soup.select_one(".listing__header .badge--available"))
                self.assertRegex(badge, pattern)
                for other, other_pattern in expected.items():
                    if other != language and other_pattern != pattern:
                        self.assertIsNone(re.search(other_pattern, badge))

    def test_surfaces_and_farmland_hectares_per_language(self):
        expected = {"fr": "12,5 ha", "en": "12.5 ha", "nl": "12,5 ha"}
        for language, hectares in expected.items():
            with self.subTest(language=language):
                soup = self.soup(self.page("land", language).url)
                self.assertIn(hectares, text_of(soup.select_one(".facts")))
                self.assertNotIn("125", text_of(soup.select_one(".facts")))
