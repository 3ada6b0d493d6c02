"""Keeping offers current: quick availability changes, review dates, reminders and expiry.

The clock is frozen with time-machine and moved on as the days of a listing's life pass.
"""

import csv
import datetime
import io
import zoneinfo

import time_machine
from bs4 import BeautifulSoup

from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import PageLogEntry
from wagtail.test.utils import WagtailTestUtils

from directory.permissions import editors_group_of
from foundation.vocabularies import Availability
from listings.models import PremisesListingPage
from listings.reviews import add_months
from search.models import SearchDocument
from tests.builders import assert_denied, build_world, edit_form_data, publish, text_of
from tests.directory.test_permission_matrix import PASSWORD, make_user

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
START = datetime.datetime(2031, 3, 2, 9, 0, tzinfo=PARIS)


def in_search(page):
    return SearchDocument.objects.filter(page__translation_key=page.translation_key).exists()


class AvailabilityTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.editor = make_user("cci", editors_group_of(cls.world.cci))
        cls.other = make_user("cma", editors_group_of(cls.world.cma))

    def setUp(self):
        self.client.login(username="cci", password=PASSWORD)
        self.listing = PremisesListingPage.objects.get(pk=self.world.premises.pk)
        self.url = f"/admin/listings/{self.listing.pk}/availability/"

    def test_the_page_listing_and_the_edit_view_offer_the_quick_change(self):
        explorer = self.client.get(f"/admin/pages/{self.world.cci.pk}/")
        self.assertContains(explorer, self.url)
        edit = self.client.get(f"/admin/pages/{self.listing.pk}/edit/")
        self.assertContains(edit, self.url)
        # Not on pages that are not offers.
        self.assertNotContains(edit, f"/admin/listings/{self.world.cci.pk}/availability/")

    def test_under_offer_then_taken_with_the_date_in_every_language(self):
        self.assertTrue(in_search(self.listing))
        response = self.client.get(self.url)
        self.assertContains(response, "En cours de négociation")
        # The page's heading names the offer whose availability changes.
        heading = self.get_soup(response.content).select_one("h1#header-title")
        self.assertEqual(
            " ".join(heading.get_text(" ").split()), "Disponibilité Boutique sur la place"
        )
        response = self.client.post(self.url, {"availability": "under_offer", "on": "2026-11-20"})
        self.assertEqual(response.status_code, 302)
        self.assertTrue(in_search(self.listing))
        response = self.client.post(self.url, {"availability": "taken", "on": "2026-11-28"})
        self.assertEqual(response.status_code, 302)

        for translation in self.listing.get_translations(inclusive=True).specific():
            self.assertEqual(translation.availability, Availability.TAKEN)
            self.assertEqual(translation.availability_changed_on, datetime.date(2026, 11, 28))
            self.assertTrue(translation.live)
        listing = PremisesListingPage.objects.get(pk=self.listing.pk)
        self.assertEqual(listing.get_latest_revision().user, self.editor)
        self.assertFalse(listing.has_unpublished_changes)
        # It leaves the search and the lists of offers, and keeps its page and its history.
        self.assertFalse(in_search(listing))
        for page in (self.world.home, self.world.cci, self.world.area):
            self.assertNotContains(self.client.get(page.url), listing.title)
        self.assertEqual(self.client.get(listing.url).status_code, 200)
        history = self.client.get(f"/admin/pages/{listing.pk}/history/")
        self.assertContains(history, "Marquée « plus disponible » depuis le 2026-11-28")
        self.assertEqual(
            PageLogEntry.objects.filter(page=listing, action="listings.availability").count(), 2
        )

    def test_a_waiting_draft_is_neither_published_nor_lost(self):
        self.client.force_login(make_user("admin", is_superuser=True))
        data = edit_form_data(self.client, self.listing)
        data["title"] = "Brouillon en cours"
        self.client.post(f"/admin/pages/{self.listing.pk}/edit/", data)
        self.client.login(username="cci", password=PASSWORD)
        self.client.post(self.url, {"availability": "taken", "on": "2026-11-28"})
        listing = PremisesListingPage.objects.get(pk=self.listing.pk)
        self.assertEqual(listing.availability, Availability.TAKEN)
        self.assertNotEqual(listing.title, "Brouillon en cours")
        draft = listing.get_latest_revision_as_object()
        self.assertEqual(draft.title, "Brouillon en cours")
        self.assertEqual(draft.availability, Availability.TAKEN)

    def test_a_bad_date_or_state_is_refused_in_the_editors_language(self):
        response = self.client.post(self.url, {"availability": "sold", "on": "demain"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Sélectionnez un choix valide")
        self.assertContains(response, "Saisissez une date valide")
        response = self.client.post(self.url, {"availability": "taken", "on": "2099-01-01"})
        self.assertContains(response, "La date ne peut pas être dans le futur.")
        self.assertEqual(
            PremisesListingPage.objects.get(pk=self.listing.pk).availability,
            Availability.AVAILABLE,
        )

    def test_a_page_locked_by_someone_else_is_refused(self):
        other_editor = make_user("cci-2", editors_group_of(self.world.cci))
        self.listing.locked, self.listing.locked_by = True, other_editor
        self.listing.save()
        assert_denied(self.client.post(self.url, {"availability": "taken", "on": "2026-11-28"}))
        self.assertEqual(
            PremisesListingPage.objects.get(pk=self.listing.pk).availability,
            Availability.AVAILABLE,
        )

    def test_another_structures_editor_is_refused(self):
        self.client.login(username="cma", password=PASSWORD)
        assert_denied(self.client.get(self.url))
        assert_denied(self.client.post(self.url, {"availability": "taken", "on": "2026-11-28"}))
        assert_denied(self.client.post(f"/admin/listings/{self.listing.pk}/review/"))
        self.assertEqual(
            PremisesListingPage.objects.get(pk=self.listing.pk).availability,
            Availability.AVAILABLE,
        )

    def test_an_editor_who_changes_the_state_in_the_form_gets_todays_date(self):
        data = edit_form_data(self.client, self.listing)
        data["availability"] = "under_offer"
        data["availability_changed_on"] = ""
        data["action-publish"] = "action-publish"
        with time_machine.travel(datetime.datetime(2026, 12, 1, 10, tzinfo=PARIS)):
            response = self.client.post(f"/admin/pages/{self.listing.pk}/edit/", data)
        self.assertEqual(response.status_code, 302)
        listing = PremisesListingPage.objects.get(pk=self.listing.pk)
        self.assertEqual(listing.availability_changed_on, datetime.date(2026, 12, 1))


class ReviewTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        with time_machine.travel(START, tick=False):
            cls.world = build_world(translated=False)
        cls.editor = make_user("cci", editors_group_of(cls.world.cci))
        cls.other = make_user("cma", editors_group_of(cls.world.cma))

    def review_round(self):
        with self.captureOnCommitCallbacks(execute=True):
            call_command("review_listings", verbosity=0)

    def mails_about(self, page):
        return [m for m in mail.outbox if page.title in m.subject]

    def test_six_months_reminded_fourteen_days_before_then_unpublished_and_told(self):
        listing = PremisesListingPage.objects.get(pk=self.world.premises.pk)
        review = add_months(START, 6)
        self.assertEqual(listing.expire_at, review)

        with time_machine.travel(review - datetime.timedelta(days=15), tick=False):
            self.review_round()
        self.assertEqual(self.mails_about(listing), [])

        with time_machine.travel(review - datetime.timedelta(days=14), tick=False):
            self.review_round()
            self.review_round()  # a second run the same day sends nothing more
        [reminder] = self.mails_about(listing)
        self.assertEqual(reminder.to, ["cci@example.org"])
        self.assertIn("À revoir avant sa date", reminder.subject)
        self.assertIn(f"/admin/pages/{listing.pk}/edit/", reminder.body)
        listing.refresh_from_db()
        self.assertTrue(listing.live)

        mail.outbox.clear()
        with time_machine.travel(review + datetime.timedelta(minutes=5), tick=False):
            self.review_round()
            self.review_round()
        listing.refresh_from_db()
        self.assertFalse(listing.live)
        self.assertTrue(listing.expired)
        self.assertFalse(in_search(listing))
        [notice] = self.mails_about(listing)
        self.assertIn("Dépubliée à sa date de revue", notice.subject)

        # The editor confirms: published again, reviewed six months later.
        later = review + datetime.timedelta(days=3)
        with time_machine.travel(later, tick=False):
            self.client.login(username="cci", password=PASSWORD)
            page = self.client.get(f"/admin/listings/{listing.pk}/review/")
            self.assertContains(page, "a été dépubliée à sa date de revue")
            response = self.client.post(f"/admin/listings/{listing.pk}/review/")
        self.assertEqual(response.status_code, 302)
        listing.refresh_from_db()
        self.assertTrue(listing.live)
        self.assertEqual(listing.expire_at, add_months(timezone.localtime(later), 6))
        self.assertTrue(in_search(listing))

    def test_confirming_in_time_keeps_it_published(self):
        listing = PremisesListingPage.objects.get(pk=self.world.premises.pk)
        review = listing.expire_at
        day = review - datetime.timedelta(days=10)
        with time_machine.travel(day, tick=False):
            self.client.login(username="cci", password=PASSWORD)
            response = self.client.post(f"/admin/listings/{listing.pk}/review/")
        self.assertEqual(response.status_code, 302)
        with time_machine.travel(review + datetime.timedelta(days=1), tick=False):
            self.review_round()
        listing.refresh_from_db()
        self.assertTrue(listing.live)
        self.assertEqual(listing.expire_at, add_months(timezone.localtime(day), 6))

    def test_an_offer_past_its_review_date_can_still_be_edited(self):
        listing = PremisesListingPage.objects.get(pk=self.world.premises.pk)
        later = listing.expire_at + datetime.timedelta(days=20)
        with time_machine.travel(later, tick=False):
            self.review_round()
            self.client.login(username="cci", password=PASSWORD)
            data = edit_form_data(self.client, listing)
            data["title"] = "Boutique sur la place, refaite"
            data["action-publish"] = "action-publish"
            response = self.client.post(f"/admin/pages/{listing.pk}/edit/", data)
        self.assertEqual(response.status_code, 302)
        listing.refresh_from_db()
        self.assertEqual(listing.title, "Boutique sur la place, refaite")
        self.assertTrue(listing.live)
        self.assertEqual(listing.expire_at, add_months(timezone.localtime(later), 6))

    def test_republishing_sets_a_new_review_date(self):
        listing = PremisesListingPage.objects.get(pk=self.world.premises.pk)
        listing.expire_at = None
        with time_machine.travel(START + datetime.timedelta(days=40), tick=False):
            listing = publish(listing)
        self.assertEqual(listing.expire_at, add_months(START + datetime.timedelta(days=40), 6))

    def test_the_report_lists_what_is_expiring_and_expired_per_structure(self):
        premises = PremisesListingPage.objects.get(pk=self.world.premises.pk)
        review = premises.expire_at
        land = self.world.land
        land.expire_at = review - datetime.timedelta(days=30)
        land.save()
        with time_machine.travel(review - datetime.timedelta(days=5), tick=False):
            self.review_round()
            self.client.login(username="cci", password=PASSWORD)
            response = self.client.get("/admin/reports/listings-to-review/")
            self.assertContains(response, premises.title)
            self.assertNotContains(response, escape(land.title))  # not the CCI's
            self.client.login(username="cma", password=PASSWORD)
            response = self.client.get("/admin/reports/listings-to-review/", {"state": "expired"})
            self.assertContains(response, escape(land.title))
            self.assertNotContains(response, premises.title)
            # The table says, as the export does, whose offer it is, when and why to review it.
            table = BeautifulSoup(response.content, "html.parser").select_one("table")
            headings = [text_of(heading) for heading in table.select("thead th")]
            self.assertEqual(headings[:4], ["Annonce", "Structure", "Date de revue", "État"])
            cells = [text_of(cell) for cell in table.select("tbody tr")[0].select("td")]
            self.assertEqual(cells[1], self.world.cma.title)
            self.assertEqual(cells[3], "Dépubliée à la date de revue")
            response = self.client.get(
                "/admin/reports/listings-to-review/", {"export": "csv", "state": "expired"}
            )
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        self.assertEqual(rows[0], ["Annonce", "Structure", "Date de revue", "État", "Statut"])
        self.assertEqual([row[0] for row in rows[1:]], [land.title])
        self.assertEqual(
            rows[1][1:2] + rows[1][3:4], [self.world.cma.title, "Dépubliée à la date de revue"]
        )

    def test_the_report_costs_the_same_for_one_listing_or_many(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        premises = PremisesListingPage.objects.get(pk=self.world.premises.pk)
        counts = []
        with time_machine.travel(premises.expire_at - datetime.timedelta(days=5), tick=False):
            self.client.login(username="cci", password=PASSWORD)
            for due in ([self.world.premises], [self.world.premises, self.world.housing]):
                for page in due:
                    type(page).objects.filter(pk=page.pk).update(expire_at=premises.expire_at)
                self.client.get("/admin/reports/listings-to-review/")  # warm caches
                with CaptureQueriesContext(connection) as queries:
                    response = self.client.get("/admin/reports/listings-to-review/")
                for page in due:
                    self.assertContains(response, escape(page.title))
                counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
