"""An editor has its listings translated through wagtail-localize, and sees when they age."""

from django.test import TestCase
from django.utils.http import urlencode

from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import (
    OverridableSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from directory.permissions import editors_group_of
from listings.factories import PremisesListingPageFactory
from listings.models import PremisesListingPage
from tests.builders import assert_denied, build_world, publish
from tests.directory.test_permission_matrix import PASSWORD, make_user

STALE = "La page d&#x27;origine a changé depuis que cette traduction a été faite."


class TranslationWorkflowTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.editor = make_user("cci", editors_group_of(cls.world.cci))
        cls.listing = publish(
            PremisesListingPageFactory(
                parent=cls.world.cci,
                title="Atelier relais à louer",
                slug="atelier-relais",
                reference="CCI-REL-1",
            )
        )

    def setUp(self):
        self.client.login(username="cci", password=PASSWORD)

    def ask_for(self, *languages):
        locales = [self.world.locales[language].pk for language in languages]
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/localize/submit/page/{self.listing.pk}/", {"locales": locales}
            )
        self.assertEqual(response.status_code, 302)
        return {
            language: PremisesListingPage.objects.get(
                translation_key=self.listing.translation_key,
                locale=self.world.locales[language],
            )
            for language in languages
        }

    def publish_translation(self, page):
        # wagtail-localize publishes once the transaction commits.
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                f"/admin/pages/{page.pk}/edit/", {"action": "publish"}, follow=True
            )

    def test_the_editor_asks_for_english_and_dutch_and_publishes_them_complete(self):
        translations = self.ask_for("en", "nl")
        for page in translations.values():
            # A draft until translated: no French text under /en/ or /nl/ meanwhile.
            self.assertFalse(page.live)
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            self.assertEqual(response.status_code, 200)
            self.publish_translation(page)
            page = PremisesListingPage.objects.get(pk=page.pk)
            # Untranslated texts fall back to the French: no required field is ever empty.
            self.assertTrue(page.live)
            self.assertEqual(page.reference, "CCI-REL-1")
            self.assertEqual(page.title, "Atelier relais à louer")
            page.full_clean()

    def test_pre_translation_fills_a_draft_from_what_people_translated_before(self):
        # A translator wrote the Dutch of a summary the new offer shares with an older one.
        older = publish(
            PremisesListingPageFactory(
                parent=self.world.cci, title="Local en centre-bourg", slug="local-centre"
            )
        )
        shared = self.listing.summary
        self.assertEqual(older.summary, shared)
        source, _created = TranslationSource.get_or_create_from_instance(older)
        by_hand = Translation.objects.create(source=source, target_locale=self.world.locales["nl"])
        po = by_hand.export_po()
        for entry in po:
            if entry.msgid == shared:
                entry.msgstr = "Een mooie zaak in het hart van een levendig dorp."
        by_hand.import_po(po)

        page = self.ask_for("nl")["nl"]
        translation = Translation.objects.get(
            source__object_id=self.listing.translation_key,
            target_locale=self.world.locales["nl"],
        )
        response = self.client.post(
            f"/admin/localize/translate/{translation.pk}/machine_translate/",
            {"next": f"/admin/pages/{page.pk}/edit/"},
        )
        self.assertRedirects(response, f"/admin/pages/{page.pk}/edit/")
        machine = StringTranslation.objects.get(
            locale=self.world.locales["nl"], translation_type="machine"
        )
        self.assertEqual(machine.data, "Een mooie zaak in het hart van een levendig dorp.")
        self.assertEqual(machine.tool_name, "la mémoire de traduction du portail")
        # A draft until the editor has read it and publishes it.
        self.assertFalse(PremisesListingPage.objects.get(pk=page.pk).live)
        self.publish_translation(page)
        page = PremisesListingPage.objects.get(pk=page.pk)
        self.assertTrue(page.live)
        self.assertEqual(page.summary, "Een mooie zaak in het hart van een levendig dorp.")
        # What nobody translated yet stays for the editor: the title is still French.
        self.assertEqual(page.title, "Atelier relais à louer")

    def test_a_translation_is_not_published_with_a_required_field_emptied(self):
        english = self.ask_for("en")["en"]
        translation = Translation.objects.get(
            source__object_id=self.listing.translation_key, target_locale__language_code="en"
        )
        segment = OverridableSegment.objects.get(
            source=translation.source, context__path="reference"
        )
        response = self.client.put(
            f"/admin/localize/translate/{translation.pk}/overrides/{segment.pk}/edit/",
            urlencode({"value": ""}),
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 201)
        response = self.publish_translation(english)
        self.assertContains(response, "De nouvelles erreurs de validation")
        english = PremisesListingPage.objects.get(pk=english.pk)
        self.assertFalse(english.live)

    def test_a_change_of_the_french_page_marks_its_translations_out_of_date(self):
        english = self.ask_for("en")["en"]
        self.publish_translation(english)
        response = self.client.get(f"/admin/pages/{english.pk}/edit/")
        self.assertNotContains(response, STALE)

        self.listing.title = "Atelier relais à louer, 120 m²"
        publish(self.listing)
        response = self.client.get(f"/admin/pages/{english.pk}/edit/")
        self.assertContains(response, STALE)
        source = TranslationSource.objects.get(object_id=self.listing.translation_key)
        self.assertContains(response, f"/admin/localize/update/{source.pk}/")
        report = self.client.get(
            "/admin/reports/listings-to-review/", {"state": "stale_translation"}
        )
        self.assertContains(report, f"/admin/pages/{english.pk}/edit/")
        self.assertNotContains(report, f"/admin/pages/{self.listing.pk}/edit/")

        # Updating the translation takes the new French text: it is up to date again.
        response = self.client.post(f"/admin/localize/update/{source.pk}/", {})
        self.assertEqual(response.status_code, 302)
        response = self.client.get(f"/admin/pages/{english.pk}/edit/")
        self.assertNotContains(response, STALE)

    def test_a_change_of_availability_or_review_keeps_translations_current(self):
        english = self.ask_for("en")["en"]
        self.publish_translation(english)
        url = f"/admin/listings/{self.listing.pk}/availability/"
        self.client.post(url, {"availability": "under_offer", "on": "2026-11-30"})
        self.client.post(f"/admin/listings/{self.listing.pk}/review/")
        response = self.client.get(f"/admin/pages/{english.pk}/edit/")
        self.assertNotContains(response, STALE)
        english = PremisesListingPage.objects.get(pk=english.pk)
        self.assertEqual(english.availability, "under_offer")

    def test_under_the_network_review_translations_are_not_published_by_the_editor(self):
        from directory.permissions import give_structure_editors

        english = self.ask_for("en")["en"]
        structure = self.world.cci
        structure.network_review = True
        structure.save()
        give_structure_editors(structure)
        self.listing.title = "Atelier relais à louer, libre en janvier"
        publish(self.listing)
        source = TranslationSource.objects.get(object_id=self.listing.translation_key)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
            )
        assert_denied(response)
        self.assertFalse(PremisesListingPage.objects.get(pk=english.pk).live)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})
        self.assertFalse(PremisesListingPage.objects.get(pk=english.pk).live)
