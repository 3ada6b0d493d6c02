"""The park reads what newcomers search for, per language; structure editors do not."""

import csv
import datetime
import io

import openpyxl

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from directory.permissions import give_coordinators
from search.models import QueryDay
from tests.builders import assert_denied, build_skeleton


class QueryReportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        world = build_skeleton()
        users = get_user_model().objects
        cls.coordinator = users.create_user("coordination", password="x")
        cls.coordinator.groups.add(give_coordinators(world.home))
        cls.editor = users.create_user("editor", password="x")
        editors = Group.objects.create(name="Éditeurs")
        editors.permissions.add(Permission.objects.get(codename="access_admin"))
        cls.editor.groups.add(editors)
        today = timezone.localdate()
        long_ago = today - datetime.timedelta(days=400)
        for query, language, date, hits, empty in [
            ("boulangerie", "fr", today, 12, 0),
            ("boulangerie", "fr", today - datetime.timedelta(days=3), 5, 0),
            ("bakery", "en", today, 7, 0),
            ("garage", "fr", today, 3, 3),
            ("bakkerij", "nl", today, 2, 2),
            ("ancien", "fr", long_ago, 99, 99),
        ]:
            QueryDay.objects.create(
                query=query, language=language, date=date, hits=hits, empty_hits=empty
            )
        cls.url = reverse("search_queries_report")

    def rows(self, **params):
        self.client.force_login(self.coordinator)
        response = self.client.get(self.url, params)
        self.assertEqual(response.status_code, 200)
        return [
            [cell.get_text(strip=True) for cell in row.select("td")]
            for row in self.get_soup(response).select("table tbody tr")
        ]

    def get_soup(self, response):
        from bs4 import BeautifulSoup

        return BeautifulSoup(response.content, "html.parser")

    def test_most_frequent_first_over_the_last_quarter(self):
        self.assertEqual(
            self.rows(),
            [
                ["boulangerie", "fr", "17", "0"],
                ["bakery", "en", "7", "0"],
                ["garage", "fr", "3", "3"],
                ["bakkerij", "nl", "2", "2"],
            ],
        )

    def test_per_language_and_without_result(self):
        self.assertEqual([row[0] for row in self.rows(language="fr")], ["boulangerie", "garage"])
        self.assertEqual(
            [row[0] for row in self.rows(without_result="true")], ["garage", "bakkerij"]
        )

    def test_bad_filters_are_no_error(self):
        self.client.force_login(self.coordinator)
        for params in (
            {"date_after": "soon", "date_before": "2026-13-45"},
            {"language": "xx", "without_result": "maybe"},
            {"p": "zz"},
        ):
            with self.subTest(params=params):
                self.assertEqual(self.client.get(self.url, params).status_code, 200)

    def test_a_chosen_period(self):
        start = (timezone.localdate() - datetime.timedelta(days=500)).isoformat()
        rows = self.rows(date_after=start)
        self.assertEqual(rows[0], ["ancien", "fr", "99", "99"])

    def test_export_for_the_steering_committee(self):
        self.client.force_login(self.coordinator)
        response = self.client.get(self.url, {"export": "csv", "language": "nl"})
        self.assertEqual(response.status_code, 200)
        rows = list(csv.reader(io.StringIO(response.getvalue().decode())))
        self.assertEqual(rows[1:], [["bakkerij", "nl", "2", "2"]])

    def test_a_query_typed_as_a_formula_is_exported_as_text(self):
        formula = '=HYPERLINK("http://evil.example","Cliquez")'
        QueryDay.objects.create(
            query=formula, language="en", date=timezone.localdate(), hits=1, empty_hits=1
        )
        self.client.force_login(self.coordinator)
        response = self.client.get(self.url, {"export": "csv", "language": "en"})
        rows = list(csv.reader(io.StringIO(response.getvalue().decode())))
        self.assertIn(["'" + formula, "en", "1", "1"], rows)
        response = self.client.get(self.url, {"export": "xlsx", "language": "en"})
        sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
        cells = [row[0] for row in sheet.iter_rows(min_row=2) if "HYPERLINK" in str(row[0].value)]
        self.assertEqual([cell.data_type for cell in cells], ["s"])

    def test_coordinators_pin_results_for_a_query(self):
        self.client.force_login(self.coordinator)
        response = self.client.get(reverse("wagtailsearchpromotions:index"))
        self.assertEqual(response.status_code, 200)
        self.client.force_login(self.editor)
        assert_denied(self.client.get(reverse("wagtailsearchpromotions:index")))

    def test_in_the_reports_menu_of_coordinators_only(self):
        self.client.force_login(self.coordinator)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), self.url)
        self.client.force_login(self.editor)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), self.url)
        assert_denied(self.client.get(self.url))
