"""How long a structure waits for its spreadsheet: 1,000 rows read, tried, imported, re-imported.

    make benchmark-imports                       # SQLite, and PostgreSQL when it answers
    .venv/bin/python benchmarks/imports.py --rows 200 --backends sqlite

Each backend gets a fresh database, as in benchmarks/search.py. The file is a CSV of premises
in the territory's communes, at the import's limit of rows. Each step is what the background
task of ``listings.tasks`` runs. Figures, not assertions.
"""

import argparse
import csv
import io
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.search import in_fresh_database, postgres_answers, postgres_url  # noqa: E402


def spreadsheet(rows):
    from territory.models import Commune

    communes = list(Commune.objects.values_list("insee_code", flat=True)[:50])
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow(["type", "reference", "title", "commune", "price", "price_kind", "kind"])
    for number in range(rows):
        writer.writerow(
            [
                "premises",
                f"BENCH-{number:05d}",
                f"Local d'activité n° {number}",
                communes[number % len(communes)],
                str(300 + number % 900),
                "monthly_rent",
                "workshop",
            ]
        )
    return output.getvalue().encode()


def timed(function):
    from django.db import connection

    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        start = time.perf_counter()
        result = function()
        seconds = time.perf_counter() - start
    return result, seconds, queries


def run_backend(backend, rows):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from directory.factories import StructurePageFactory
    from listings.importing import read_file, run_import
    from tests.builders import build_skeleton

    world = build_skeleton()
    structure = StructurePageFactory(parent=world.network, title="CCI", slug="cci")
    data = spreadsheet(rows)
    (header, lines), seconds, _queries = timed(
        lambda: read_file(SimpleUploadedFile("offres.csv", data))
    )
    print(f"{backend:<10} {rows:,} rows, {len(data) / 1024:.0f} KB read in {seconds:.2f} s")
    for step, options in (
        ("dry run", {"dry_run": True}),
        ("import, published", {"dry_run": False, "publish": True}),
        ("re-import, unchanged", {"dry_run": False, "publish": True}),
    ):
        results, seconds, queries = timed(
            lambda options=options: run_import(header, lines, structure, **options)
        )
        actions = sorted({result.action for result in results})
        print(
            f"{'':<10} {step:<22} {seconds:6.1f} s   {rows / seconds:6.0f} rows/s   "
            f"{queries / rows:5.1f} SQL per row   ({', '.join(actions)})"
        )
        sys.stdout.flush()


def child(backend, rows):
    in_fresh_database(backend, lambda: run_backend(backend, rows), "installez_bench_import")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child, options.rows)
        return
    print(f"{os.cpu_count()} cores")
    for backend in options.backends:
        if backend == "postgres" and not postgres_answers():
            print(f"postgres: no server at {postgres_url()}, skipped")
            continue
        command = [sys.executable, __file__, "--child", backend, "--rows", str(options.rows)]
        subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603 - our own script


if __name__ == "__main__":
    main()
