"""Keywords in the reader's language: taggit's tags, their names translated by wagtail-localize."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.models import Translation, TranslationSource

from directory.permissions import give_coordinators
from foundation.models import TagName
from listings.factories import PremisesListingPageFactory
from tests.builders import WorldTestCase, publish, text_of
from tests.directory.test_permission_matrix import PASSWORD, make_user
from tests.search.test_search import search_url


def translate_name(tag_name, locale, text):
    """What a translator does in wagtail-localize's editor, by its PO import."""
    source, _created = TranslationSource.get_or_create_from_instance(tag_name)
    translation = Translation.objects.create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = text
    translation.import_po(po)
    translation.save_target(publish=True)


class KeywordTests(WorldTestCase, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        world = cls.world
        for page, tags in (
            (world.premises, ["centre-ville", "commerce"]),
            (world.translations["en"]["premises"], ["centre-ville", "commerce"]),
            (world.business, ["coutellerie", "vallée"]),
        ):
            page.tags.add(*tags)
            publish(page)
        cls.town_centre = TagName.objects.get(tag__name="centre-ville", locale=world.locales["fr"])
        translate_name(cls.town_centre, world.locales["en"], "town centre")
        translate_name(cls.town_centre, world.locales["nl"], "stadscentrum")
        # A translator names the confidential workshop's town: it must not show.
        valley = TagName.objects.get(tag__name="vallée", locale=world.locales["fr"])
        translate_name(valley, world.locales["en"], "Celles-sur-Durolle valley")
        publish(world.premises)
        publish(world.business)

    def tags_on(self, page):
        return [text_of(item) for item in self.soup(page.url).select("ul.tags li")]

    def test_every_tag_has_its_french_name(self):
        names = TagName.objects.filter(locale=self.world.locales["fr"])
        self.assertEqual(
            set(names.values_list("name", flat=True)),
            {"centre-ville", "commerce", "coutellerie", "vallée"},
        )

    def test_a_page_shows_its_keywords_in_the_readers_language(self):
        self.assertEqual(self.tags_on(self.world.premises), ["centre-ville", "commerce"])
        english = self.world.translations["en"]["premises"]
        # Translated where a translator did, French otherwise.
        self.assertEqual(self.tags_on(english), ["town centre", "commerce"])

    def test_facets_name_keywords_in_the_readers_language(self):
        labels = {}
        for language in ("fr", "en"):
            soup = self.soup(search_url(language), type="premises")
            labels[language] = [
                text_of(box.find_parent("label")).rsplit(" (", 1)[0]
                for box in soup.select('.facets input[name="tag"]')
            ]
        self.assertIn("centre-ville", labels["fr"])
        self.assertIn("town centre", labels["en"])
        self.assertNotIn("centre-ville", labels["en"])

    def test_a_page_only_in_french_is_found_by_its_keywords_in_other_languages(self):
        warehouse = PremisesListingPageFactory(
            parent=self.world.cci, title="Entrepôt", slug="entrepot", commune=self.world.thiers
        )
        warehouse.tags.add("centre-ville")
        publish(warehouse)
        for language, word in (("nl", "stadscentrum"), ("en", "town centre")):
            soup = self.soup(search_url(language), q=word)
            titles = [text_of(a) for a in soup.select(".results__list .card__title a")]
            self.assertIn("Entrepôt", titles)

    def test_a_translated_keyword_never_names_a_confidential_offers_town(self):
        english = self.world.translations["en"]["business"]
        self.assertNotIn("Celles-sur-Durolle valley", self.tags_on(english))
        soup = self.soup(search_url("en"), q="celles")
        self.assertEqual(soup.select(".results__list .card"), [])

    def test_the_park_translates_keywords_in_the_admin(self):
        make_user("coordination", give_coordinators(self.world.home))
        self.client.login(username="coordination", password=PASSWORD)
        response = self.client.get("/admin/snippets/foundation/tagname/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "centre-ville")
        response = self.client.get(
            f"/admin/snippets/foundation/tagname/edit/{self.town_centre.pk}/"
        )
        self.assertEqual(response.status_code, 200)
