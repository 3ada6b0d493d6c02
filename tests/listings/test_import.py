"""A structure's spreadsheet becomes its listings, through the admin and the command line."""

import csv
import io
import tempfile
from pathlib import Path

import openpyxl
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings

from wagtail.test.utils import WagtailTestUtils

from directory.permissions import editors_group_of
from listings.importing import columns
from listings.models import BusinessListingPage, ListingImport, PremisesListingPage
from search.models import SearchDocument
from tests.builders import build_world, text_of
from tests.directory.test_permission_matrix import PASSWORD, make_user

HEADER = ["type", "reference", "title", "commune", "price", "price_kind", "surface", "kind"]
GOOD_ROWS = [
    [
        "premises",
        "CCI-IMP-1",
        "Atelier de 200 m² à louer",
        "63430",
        "900",
        "Loyer mensuel",
        "200",
        "Atelier",
    ],
    [
        "premises",
        "CCI-IMP-2",
        "Bureau en centre-bourg",
        "Thiers",
        "350",
        "monthly_rent",
        "40",
        "office",
    ],
]


def csv_file(rows, header=HEADER, name="offres.csv", encoding="utf-8", delimiter=";"):
    output = io.StringIO()
    writer = csv.writer(output, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return SimpleUploadedFile(name, output.getvalue().encode(encoding))


def xlsx_file(rows, header=HEADER, name="offres.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile(name, output.getvalue())


class ImportTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(translated=False)
        cls.structure = cls.world.cci
        cls.editor = make_user("cci", editors_group_of(cls.world.cci))
        cls.other = make_user("cma", editors_group_of(cls.world.cma))

    def setUp(self):
        self.client.login(username="cci", password=PASSWORD)

    def upload(self, upload, publish=False, structure=None):
        data = {"structure": (structure or self.structure).pk, "file": upload}
        if publish:
            data["publish"] = "on"
        # The dry run is a background task, queued once the upload is committed.
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post("/admin/listings/import/", data)

    def confirm(self, url):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url)
        self.assertRedirects(response, url)
        return self.client.get(url)

    def dry_run(self, upload, publish=False):
        response = self.upload(upload, publish)
        self.assertEqual(response.status_code, 302, response.content[:3000])
        return self.client.get(response["Location"]), response["Location"]

    def imported(self):
        return PremisesListingPage.objects.filter(reference__startswith="CCI-IMP")

    def results(self, report):
        """What the report says each row becomes."""
        rows = BeautifulSoup(report.content, "html.parser").select("table.listing tbody tr")
        return [text_of(row.select("td")[3]) for row in rows]

    def test_the_template_lists_every_column_in_csv_and_xlsx(self):
        response = self.client.get("/admin/listings/import/template/")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        self.assertEqual(rows[0], columns())
        self.assertEqual(len(rows), 3)
        response = self.client.get("/admin/listings/import/template/", {"format": "xlsx"})
        workbook = openpyxl.load_workbook(io.BytesIO(response.content))
        listings, legend = workbook.worksheets
        self.assertEqual([cell.value for cell in listings[1]], columns())
        documented = [row[0].value for row in legend.iter_rows(min_row=2)]
        self.assertEqual(documented, columns())
        page = self.client.get("/admin/listings/import/")
        self.assertContains(page, "<code>energy_class</code>")
        # "kind" takes values of its own for each type of offer, all documented.
        for value in ("shop (Local commercial)", "building_plot", "transitional"):
            self.assertContains(page, value)
        kinds = next(row for row in legend.iter_rows(min_row=2) if row[0].value == "kind")
        self.assertIn("Terrain: building_plot (Terrain à bâtir)", kinds[2].value)
        self.assertIn("Logement: house (Maison)", kinds[2].value)
        # The template itself imports cleanly.
        upload = SimpleUploadedFile("modele.xlsx", response.content)
        report, _url = self.dry_run(upload)
        self.assertContains(report, "2 à créer")

    def test_a_dry_run_writes_nothing_then_the_import_creates_drafts(self):
        report, url = self.dry_run(csv_file(GOOD_ROWS))
        self.assertContains(report, "2 à créer")
        self.assertContains(report, "Confirmer l'import")
        self.assertEqual(self.results(report), ["à créer", "à créer"])
        self.assertFalse(self.imported().exists())

        report = self.confirm(url)
        self.assertContains(report, "Importé le")
        self.assertEqual(self.results(report), ["créée", "créée"])
        self.assertContains(report, f'href="/admin/pages/{self.structure.pk}/"')
        listings = self.imported().order_by("reference")
        self.assertEqual([p.reference for p in listings], ["CCI-IMP-1", "CCI-IMP-2"])
        first = listings[0]
        self.assertEqual(first.get_parent().pk, self.structure.pk)
        self.assertFalse(first.live)
        self.assertEqual(
            (first.price, first.price_kind, first.kind), (900, "monthly_rent", "workshop")
        )
        self.assertEqual(first.commune, self.world.thiers)
        self.assertEqual(first.get_latest_revision().user, self.editor)
        # A second confirmation does nothing more.
        self.confirm(url)
        self.assertEqual(self.imported().count(), 2)

    def test_the_report_waits_for_the_background_check(self):
        data = {"structure": self.structure.pk, "file": csv_file(GOOD_ROWS)}
        with self.captureOnCommitCallbacks(execute=False) as queued:
            response = self.client.post("/admin/listings/import/", data)
        report = self.client.get(response["Location"])
        self.assertContains(report, "Le fichier est en cours de vérification")
        self.assertContains(report, "window.location.reload")
        # Confirming before the check is done imports nothing.
        self.client.post(response["Location"])
        for callback in queued:
            callback()
        report = self.client.get(response["Location"])
        self.assertContains(report, "2 à créer")
        self.assertNotContains(report, "window.location.reload")
        self.assertFalse(self.imported().exists())

    def test_published_listings_are_found_in_the_search(self):
        _report, url = self.dry_run(xlsx_file(GOOD_ROWS), publish=True)
        self.confirm(url)
        listing = self.imported().get(reference="CCI-IMP-1")
        self.assertTrue(listing.live)
        self.assertIsNotNone(listing.expire_at)
        self.assertTrue(SearchDocument.objects.filter(page=listing).exists())
        response = self.client.get("/fr/recherche/", {"q": "atelier 200"})
        self.assertContains(response, "Atelier de 200 m² à louer")

    def test_re_importing_updates_by_reference_instead_of_duplicating(self):
        _report, url = self.dry_run(csv_file(GOOD_ROWS))
        self.confirm(url)
        first = self.imported().get(reference="CCI-IMP-1")
        revisions = first.revisions.count()

        report, url = self.dry_run(csv_file(GOOD_ROWS))
        self.assertContains(report, "2 inchangées")
        self.confirm(url)
        self.assertEqual(first.revisions.count(), revisions)

        changed = [GOOD_ROWS[0][:4] + ["950"] + GOOD_ROWS[0][5:], GOOD_ROWS[1]]
        report, url = self.dry_run(csv_file(changed))
        self.assertContains(report, "1 à mettre à jour")
        self.confirm(url)
        self.assertEqual(self.imported().count(), 2)
        first = self.imported().get(reference="CCI-IMP-1")
        self.assertEqual(first.get_latest_revision_as_object().price, 950)

    def test_only_under_the_editors_own_structure(self):
        response = self.upload(csv_file(GOOD_ROWS), structure=self.world.cma)
        self.assertContains(response, "Sélectionnez un choix valide")
        self.assertFalse(ListingImport.objects.exists())
        _report, url = self.dry_run(csv_file(GOOD_ROWS))
        self.client.login(username="cma", password=PASSWORD)
        self.assertEqual(self.client.get(url, follow=True).status_code, 404)
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(self.client.post(url, follow=True).status_code, 404)
        self.assertFalse(self.imported().exists())

    def assert_file_refused(self, upload, message):
        response = self.upload(upload)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertFalse(ListingImport.objects.exists())

    def test_bad_files_are_refused_whole(self):
        latin1 = csv_file([["premises", "CCI-IMP-3", "Hôtel-café", "63430"]], encoding="latin-1")
        self.assert_file_refused(latin1, "n&#x27;est pas en UTF-8")
        self.assert_file_refused(
            csv_file(GOOD_ROWS, header=["type", "reference", "title", "price"]),
            "Colonnes manquantes : commune",
        )
        many = [["premises", f"CCI-IMP-{n}", "Local", "63430", "1", "sale"] for n in range(10_000)]
        self.assert_file_refused(csv_file(many), "plus de 1000 lignes")
        self.assert_file_refused(
            csv_file(GOOD_ROWS, header=[*HEADER, "photo"]), "Les photos ne peuvent pas"
        )
        self.assert_file_refused(
            csv_file(GOOD_ROWS, header=[*HEADER[:-1], "pieces"]), "Colonnes inconnues : pieces"
        )
        self.assert_file_refused(
            SimpleUploadedFile("offres.xlsx", b"type;reference\n"), "pas un fichier XLSX"
        )
        self.assert_file_refused(
            SimpleUploadedFile("offres.xlsx", b"PK\x03\x04" + b"\x00" * 200), "ne peut pas être lu"
        )
        self.assert_file_refused(SimpleUploadedFile("offres.pdf", b"%PDF-1.7"), "CSV ou XLSX")
        self.assert_file_refused(csv_file([]), "aucune ligne sous ses colonnes")
        self.assert_file_refused(SimpleUploadedFile("vide.csv", b""), "Le fichier soumis est vide")
        with override_settings(LISTING_IMPORT_MAX_BYTES=1024):
            self.assert_file_refused(csv_file(GOOD_ROWS * 20), "trop volumineux")

    def test_bad_rows_are_reported_one_by_one_and_nothing_is_imported(self):
        rows = [
            GOOD_ROWS[0],
            ["premises", "CCI-IMP-3", "Grand local", "63430", "=SUM(A1:A9)", "sale", "", "shop"],
            ["premises", "CCI-IMP-4", "x" * 2_000_000, "63430", "1", "sale", "", "shop"],
            [
                "premises",
                "CCI-IMP-5",
                "https://example.org/vitrine.jpg",
                "63430",
                "1",
                "sale",
                "",
                "shop",
            ],
            ["premises", "CCI-IMP-6", "Local", "Atlantis", "beaucoup", "vente", "", "shop"],
            ["chateau", "CCI-IMP-7", "Château", "63430"],
            ["premises", "CCI-IMP-1", "Doublon", "63430", "1", "sale", "", "shop"],
            ["premises", "CCI-IMP-8", "Local sans prix", "63430", "", "sale", "", "shop"],
        ]
        report, url = self.dry_run(csv_file(rows))
        self.assertContains(report, "7 refusées")
        for reason in (
            "les formules ne sont pas importées",
            "2000000 caractères, au plus 10000",
            "les photos ne peuvent pas être importées depuis une adresse web",
            "aucune commune Atlantis",
            "Saisissez un nombre entier",
            "Sélectionnez un choix valide",
            "« chateau » n&#x27;est pas l&#x27;un des types",
            "CCI-IMP-1 est déjà à la ligne 2",
            "Indiquez un prix, ou précisez qu&#x27;il est communiqué sur demande.",
            "Rien n'a été importé",
        ):
            self.assertContains(report, reason)
        self.assertNotContains(report, "Confirmer l'import")
        self.confirm(url)
        self.assertFalse(self.imported().exists())

    def test_a_formula_in_an_xlsx_cell_is_refused(self):
        report, _url = self.dry_run(xlsx_file([GOOD_ROWS[0][:4] + ["=B2*2", "sale", "", "shop"]]))
        self.assertContains(report, "les formules ne sont pas importées")

    def test_the_command_imports_the_same_way(self):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "offres.csv"
            path.write_bytes(csv_file(GOOD_ROWS).read())
            call_command(
                "import_listings",
                str(path),
                structure="cci-thiers",
                dry_run=True,
                stdout=io.StringIO(),
            )
            self.assertFalse(self.imported().exists())
            out = io.StringIO()
            call_command(
                "import_listings", str(path), structure="cci-thiers", publish=True, stdout=out
            )
            self.assertIn("2 lignes importées", out.getvalue())
            self.assertEqual(self.imported().filter(live=True).count(), 2)

            bad = Path(folder) / "mauvais.csv"
            bad.write_bytes(csv_file([["business", "CCI-IMP-9", "Bar", "Nulle part"]]).read())
            with self.assertRaisesMessage(CommandError, "rien n'a été importé"):
                call_command(
                    "import_listings", str(bad), structure="cci-thiers", stdout=io.StringIO()
                )
            self.assertFalse(BusinessListingPage.objects.filter(reference="CCI-IMP-9").exists())
            with self.assertRaisesMessage(CommandError, "Aucune structure"):
                call_command("import_listings", str(path), structure="inconnue")

    def test_an_empty_cell_keeps_what_the_listing_says(self):
        header = [*HEADER, "availability", "confidential"]
        rows = [[*GOOD_ROWS[0], "taken", "oui"]]
        _report, url = self.dry_run(csv_file(rows, header=header))
        self.confirm(url)
        listing = self.imported().get()
        self.assertEqual((listing.availability, listing.confidential), ("taken", True))
        report, url = self.dry_run(csv_file([[*GOOD_ROWS[0], "", ""]], header=header))
        self.assertContains(report, "1 inchangée")
        self.confirm(url)
        listing = self.imported().get()
        self.assertEqual((listing.availability, listing.confidential), ("taken", True))

    def test_blank_rows_do_not_count_towards_the_limit(self):
        rows = [GOOD_ROWS[0], *([[""] * len(HEADER)] * 1_500), GOOD_ROWS[1]]
        report, _url = self.dry_run(csv_file(rows))
        self.assertContains(report, "2 à créer")

    def test_the_network_review_switched_on_before_the_confirmation_refuses_publishing(self):
        from directory.permissions import give_structure_editors

        _report, url = self.dry_run(csv_file(GOOD_ROWS), publish=True)
        self.structure.network_review = True
        self.structure.save()
        give_structure_editors(self.structure)
        report = self.confirm(url)
        self.assertContains(report, "Vous ne pouvez pas publier ici")
        self.assertFalse(self.imported().exists())
