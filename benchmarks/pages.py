"""Each page type of the demo: its queries, its render time, and the requests per second one
server answers, with the page cache and without it, beside a static file of the same size.

    make benchmark

The production stack is started as `make smoke` starts it (deploy/smoke.py: the production
settings, a throwaway PostgreSQL database with the demo territory, this machine's Redis), and
one more gunicorn with two workers (deploy/gunicorn.conf.py) serves every measure:

- queries and median render time: each page rendered in this process, the page cache off and
  what every page shows kept in the cache, as for any visitor after the first;
- uncached requests per second: the page asked with an address no one asked before (a query
  string of its own), so each request renders it and stores it;
- cached requests per second: the same address again and again, served from the cache;
- the static file: the offer's page as the server rendered it, saved among the static files
  and served by WhiteNoise, the fastest answer the same server can give.

Figures, not assertions: the exact query counts are asserted by tests/portal/test_query_counts.py.
"""

import asyncio
import itertools
import logging
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "deploy")]

from smoke import Stack, Visitor  # noqa: E402

SECONDS = float(os.environ.get("BENCHMARK_SECONDS", "5"))
RENDERS = int(os.environ.get("BENCHMARK_REQUESTS", "20"))
CONCURRENCY = 8
# A client in Python costs as much as the answer it waits for when the answer is a file; ab
# (apt-get install apache2-utils) asks for the static file and the stored pages, when present.
# An uncached page takes the server far longer than the Python client that asks for it.
AB = shutil.which("ab")
STATIC_PATH = "/static/benchmark/offer.html"
EXTRA_PATHS = {
    "search, words": "/fr/recherche/?q=boulangerie",
    "search, facets": "/fr/recherche/?type=premises&area=200070712",
    "project form": "/fr/presenter-mon-projet/",
}


def page_of_each_type():
    """A live public page of each type, in French, read from the stack's database."""
    from wagtail.models import Page

    chosen = {}
    pages = Page.objects.live().public().filter(locale__language_code="fr").exclude(depth=1)
    for page in pages.specific().order_by("path"):
        name = type(page).__name__.removesuffix("Page") or "Page"
        url = page.get_url()
        if name not in chosen and url:
            chosen[name] = url
    return {**chosen, **EXTRA_PATHS}


def rendered(paths):
    """``{path: (queries, median ms)}``, rendered here with the page cache off."""
    from django.db import connection
    from django.test import Client, override_settings

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https", secure=True)
    figures = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for path in paths:
            client.get(path)  # what every page shows, kept for the visitors after the first
            queries = []

            def count(execute, sql, params, many, context, queries=queries):
                queries.append(sql)
                return execute(sql, params, many, context)

            with connection.execute_wrapper(count):
                response = client.get(path)
            if response.status_code != 200:
                sys.exit(f"{path} answered {response.status_code}")
            timings = []
            for _request in range(RENDERS):
                began = time.perf_counter()
                client.get(path)
                timings.append((time.perf_counter() - began) * 1000)
            figures[path] = (len(queries), statistics.median(timings))
    return figures


async def fetch(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-Proto: https\r\n"
        "X-Real-IP: 192.0.2.50\r\nConnection: close\r\n\r\n".encode()
    )
    await writer.drain()
    status = (await reader.readline()).split()[1]
    headers = await reader.readuntil(b"\r\n\r\n")
    await reader.read()
    writer.close()
    return int(status), headers


async def load(port, addresses, seconds):
    """Requests per second answered 200 while ``CONCURRENCY`` clients ask ``addresses``."""
    deadline = time.monotonic() + seconds
    done, failed = [], []

    async def client():
        while time.monotonic() < deadline:
            status, _headers = await fetch(port, next(addresses))
            (done if status == 200 else failed).append(status)

    began = time.monotonic()
    await asyncio.gather(*(client() for _ in range(CONCURRENCY)))
    if failed:
        sys.exit(f"answers other than 200: {sorted(set(failed))}")
    return len(done) / (time.monotonic() - began)


def ab_rate(port, path):
    """ApacheBench's count, when it is installed: the same address, from a client in C."""
    command = [
        *("ab", "-q", "-c", str(CONCURRENCY), "-t", str(SECONDS), "-n", "10000000"),
        *("-H", "X-Forwarded-Proto: https", "-H", "X-Real-IP: 192.0.2.50"),
        f"http://127.0.0.1:{port}{path}",
    ]
    report = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if failed := re.search(r"Non-2xx responses:\s+(\d+)", report):
        sys.exit(f"{path}: {failed.group(1)} answers other than 200")
    return float(re.search(r"Requests per second:\s+([\d.]+)", report).group(1))


def rate(port, path, cached):
    if cached:
        asyncio.run(fetch(port, path))  # stored by the first visitor
        if AB:
            return ab_rate(port, path)
        addresses = itertools.repeat(path)
    else:
        separator = "&" if "?" in path else "?"
        addresses = (f"{path}{separator}benchmark={n}" for n in itertools.count())
    return asyncio.run(load(port, addresses, SECONDS))


def cache_state(port, path):
    asyncio.run(fetch(port, path))
    _status, headers = asyncio.run(fetch(port, path))
    for line in headers.decode().split("\r\n"):
        if line.lower().startswith("x-page-cache:"):
            return line.split(":", 1)[1].strip()
    return "not stored"


def main():
    logging.getLogger("werkzeug").setLevel(logging.CRITICAL)  # the S3 server's request log
    with tempfile.TemporaryDirectory(prefix="installez-vous-benchmark-") as workdir:
        stack = Stack(workdir)
        server = None
        try:
            began = time.monotonic()
            stack.start()
            print(f"stack up in {time.monotonic() - began:.0f} s", file=sys.stderr)
            os.environ.update(
                {**stack.variables, "DJANGO_SETTINGS_MODULE": "portal.settings.production"}
            )
            import django

            django.setup()
            paths = page_of_each_type()
            offer = paths.get("BusinessListing") or next(iter(paths.values()))
            static = Path(stack.variables["STATIC_ROOT"]) / "benchmark" / "offer.html"
            static.parent.mkdir(parents=True, exist_ok=True)
            static.write_text(Visitor("192.0.2.50").get(stack.ports[0], offer).text)
            renders = rendered(paths.values())
            # Only the measured server runs, started after the static file was written.
            server, port = stack.serve_alone("benchmark")
            static_rps = rate(port, STATIC_PATH, cached=True)

            client = "ab" if AB else "Python (asyncio)"
            print(f"requests per second: {CONCURRENCY} clients, {SECONDS:.0f} s each, {client}")
            print(
                f"{'page type':<18} {'queries':>7} {'median ms':>9} {'req/s':>7} "
                f"{'% static':>8} {'cached':>7} {'% static':>8}  url"
            )
            print(f"{'static file':<18} {0:>7} {'':>9} {static_rps:>7.0f} {100:>7}%")
            for name, path in paths.items():
                queries, median = renders[path]
                uncached = rate(port, path, cached=False)
                state = cache_state(port, path)
                cached = rate(port, path, cached=True) if state == "hit" else uncached
                print(
                    f"{name:<18} {queries:>7} {median:>9.1f} {uncached:>7.0f} "
                    f"{uncached / static_rps:>8.1%} {cached:>7.0f} {cached / static_rps:>8.1%}"
                    f"  {path}{'' if state == 'hit' else ' (rendered for each visitor)'}"
                )
        finally:
            if "django" in sys.modules:
                from django.db import connections

                connections.close_all()
            if server is not None:
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(30)
            stack.stop()


if __name__ == "__main__":
    main()
