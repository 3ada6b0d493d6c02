"""Search latency and indexing time at 10,000 and 100,000 listings, on each database.

    make benchmark-search                       # SQLite, and PostgreSQL when it answers
    .venv/bin/python benchmarks/search.py --sizes 10000 --backends sqlite
    .venv/bin/python benchmarks/search.py --without-synonyms   # what the synonym groups cost

Each backend gets a fresh database (a temporary SQLite file; a PostgreSQL database created
and dropped on 127.0.0.1, or on BENCHMARK_POSTGRES_URL). Listings are generated straight into
the search documents, with French titles and texts drawn from the words of real offers, then
indexed in batches as ``rebuild_search_documents`` does. Each query runs the whole search of
the results page: count, facets and the page of results. Figures, not assertions.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "plain query": ["q=boulangerie", "q=local commercial", "q=menuiserie", "q=maison jardin"],
    "faceted query": [
        "q=local&type=premises&transaction=rent&price_max=800&area={area}",
        "q=atelier&type=premises&type=business&surface=100-250",
        "q=maison&type=housing&energy=C&energy=D&sort=price",
    ],
    "empty query, facets": [
        "type=housing&energy=D",
        "area={area}&transaction=sale&sort=-surface",
        "",
    ],
}

ACTIVITIES = [
    ("business", "Boulangerie-pâtisserie à reprendre"),
    ("business", "Boucherie-charcuterie traditionnelle à reprendre"),
    ("business", "Café-restaurant multiservice en location-gérance"),
    ("business", "Menuiserie-agencement à reprendre"),
    ("business", "Salon de coiffure à céder"),
    ("business", "Épicerie de village à reprendre"),
    ("business", "Garage automobile avec carrosserie"),
    ("business", "Hôtel-restaurant à céder"),
    ("premises", "Local commercial à louer en centre-bourg"),
    ("premises", "Atelier-relais à louer"),
    ("premises", "Bureaux à louer"),
    ("premises", "Cabinet médical dans la maison de santé"),
    ("premises", "Bâtiment d'activité à vendre"),
    ("land", "Terrain à bâtir"),
    ("land", "Parcelle en zone d'activités"),
    ("land", "Terres agricoles"),
    ("housing", "Maison avec jardin"),
    ("housing", "Appartement à louer"),
    ("housing", "Ancienne ferme à rénover"),
    ("housing", "Logement passerelle meublé"),
]
WORDS = (
    "commerce clientèle fidèle centre bourg place marché vitrine réserve laboratoire four "
    "matériel récent stock fonds cession cédant accompagnement formation artisan métier "
    "chiffre affaires rentable saisonnière touristique randonnée parc naturel livradois forez "
    "montagne vallée dore rivière village commune école crèche médecin pharmacie gare route "
    "départementale stationnement accessible lumineux rénové isolation chauffage bois granulés "
    "fibre optique internet terrasse jardin garage cave grenier cuisine équipée salle séjour "
    "chambres atelier entrepôt quai chargement bureau sanitaires parking zone activités "
    "industrielle viabilisé raccordé eau électricité assainissement agricole prairie pâture "
    "élevage bâtiment grange hangar exploitation bio fromage lait vente directe producteurs"
).split()


def generate_text(rng):
    return " ".join(rng.choice(WORDS) for _word in range(rng.randint(60, 120)))


def prepare(db_url):
    os.environ["DATABASE_URL"] = db_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("import_territory", verbosity=0)


def create_pages(parent, count, start):
    """Bare pages for the documents to point at, created in bulk under ``parent``."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Locale, Page

    content_type = ContentType.objects.get_for_model(Page)
    locale = Locale.get_default()
    pages = []
    for number in range(start, start + count):
        step = _base36(number + 1).rjust(Page.steplen, "0")
        pages.append(
            Page(
                title=f"Offre {number}",
                draft_title=f"Offre {number}",
                slug=f"offre-{number}",
                path=parent.path + step,
                depth=parent.depth + 1,
                url_path=f"{parent.url_path}offre-{number}/",
                content_type=content_type,
                locale=locale,
                live=True,
                translation_key=uuid.uuid4(),
            )
        )
    created = Page.objects.bulk_create(pages, batch_size=2000)
    Page.objects.filter(pk=parent.pk).update(numchild=start + count)
    return created


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text or "0"


def generate_documents(pages, rng):
    from django.utils import timezone

    from search.documents import PRICE_BANDS, SURFACE_BANDS, band
    from search.models import SearchDocument
    from territory.models import Commune

    communes = list(Commune.objects.filter(community__isnull=False))
    documents = []
    now = timezone.now()
    for page in pages:
        kind, activity = rng.choice(ACTIVITIES)
        commune = rng.choice(communes)
        transaction = rng.choice(["sale", "rent"])
        price = rng.randint(200, 1500) if transaction == "rent" else rng.randint(15, 600) * 1000
        surface = rng.choice([None, rng.randint(12, 400), rng.randint(500, 150_000)])
        documents.append(
            SearchDocument(
                page_id=page.pk,
                language="fr",
                shown_fr=True,
                kind=kind,
                heading=f"{activity} à {commune.name}",
                text=generate_text(rng),
                summary="",
                community_id=commune.community_id,
                commune=commune,
                latitude=commune.latitude,
                longitude=commune.longitude,
                transaction=transaction,
                price_kind="monthly_rent" if transaction == "rent" else "sale",
                listed_price=price,
                price=price,
                price_band=band(PRICE_BANDS[transaction], price),
                surface=surface,
                surface_band=band(SURFACE_BANDS, surface),
                availability=rng.choice(["available"] * 5 + ["under_offer"]),
                energy_class=rng.choice("ABCDEFG") if kind in ("premises", "housing") else "",
                published_at=now - timezone.timedelta(minutes=rng.randint(0, 500_000)),
            )
        )
    return documents


def index(documents, batch_size=1000):
    from wagtail.search.backends import get_search_backend

    from search.models import SearchDocument

    backend = get_search_backend()
    SearchDocument.objects.bulk_create(documents, batch_size=batch_size)
    started = time.perf_counter()
    for start in range(0, len(documents), batch_size):
        backend.add_bulk(SearchDocument, documents[start : start + batch_size])
    return time.perf_counter() - started


def counting(executed):
    def wrapper(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    return wrapper


def measure(runs):
    from django.db import connection
    from django.http import QueryDict

    from search.engine import Search
    from territory.models import CommunityOfCommunes

    area = CommunityOfCommunes.objects.filter(communes__isnull=False).first().siren
    figures = {}
    for name, variants in QUERIES.items():
        timings = []
        queries = 0
        for run in range(runs + len(variants)):
            query_string = variants[run % len(variants)].format(area=area)
            started = time.perf_counter()
            executed = []
            with connection.execute_wrapper(counting(executed)):
                outcome = Search(QueryDict(query_string), language="fr").run()
                len(outcome.documents)
            elapsed = (time.perf_counter() - started) * 1000
            if run >= len(variants):  # the first round warms the caches
                timings.append(elapsed)
                queries = len(executed)
        timings.sort()
        figures[name] = (
            statistics.median(timings),
            timings[int(len(timings) * 0.95) - 1],
            queries,
        )
    return figures


def run_backend(backend, sizes, runs, synonyms=True):
    """Runs in a child process, with that backend's database."""
    from django.db import connection

    from wagtail.models import Page

    from search.models import SynonymGroup

    if not synonyms:
        SynonymGroup.objects.all().delete()

    root = Page.get_first_root_node()
    parent = root.add_child(instance=Page(title="Banc d'essai", slug="banc-essai", live=True))
    rng = random.Random(2026)
    created = 0
    for size in sizes:
        pages = create_pages(parent, size - created, created)
        documents = generate_documents(pages, rng)
        seconds = index(documents)
        created = size
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        figures = measure(runs)
        print(f"{backend:<10} {size:>7,} listings: indexed {len(documents):,} in {seconds:.1f} s")
        for name, (median, p95, queries) in figures.items():
            print(f"{'':<10} {name:<22} p50 {median:7.1f} ms   p95 {p95:7.1f} ms   {queries} SQL")
        sys.stdout.flush()


def postgres_url():
    return os.environ.get("BENCHMARK_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def child(backend, sizes, runs, synonyms=True):
    in_fresh_database(backend, lambda: run_backend(backend, sizes, runs, synonyms))


def in_fresh_database(backend, run, prefix="installez_bench"):
    """Set Django up on a new database of ``backend``, call ``run``, then drop it."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as directory:
            prepare(f"sqlite:///{directory}/bench.sqlite3")
            run()
        return
    import psycopg

    admin_url = postgres_url()
    name = f"{prefix}_{os.getpid()}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        prepare(admin_url.rsplit("/", 1)[0] + f"/{name}")
        run()
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def postgres_answers():
    try:
        import psycopg

        with psycopg.connect(postgres_url(), connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - any failure means: no server to measure
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument(
        "--without-synonyms",
        dest="synonyms",
        action="store_false",
        help="index and search without the synonym groups, to see what they cost",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child, sorted(options.sizes), options.runs, options.synonyms)
        return
    print(f"{os.cpu_count()} cores; {options.runs} searches per figure, after one warm-up round")
    if not options.synonyms:
        print("without the synonym groups")
    for backend in options.backends:
        if backend == "postgres" and not postgres_answers():
            print(f"postgres: no server at {postgres_url()}, skipped")
            continue
        command = [sys.executable, __file__, "--child", backend, "--runs", str(options.runs)]
        if not options.synonyms:
            command.append("--without-synonyms")
        command += ["--sizes", *map(str, options.sizes)]
        subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603 - our own script


if __name__ == "__main__":
    main()
