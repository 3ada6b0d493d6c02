"""Queries and latency of each page type on the demo territory, printed as a table.

    make benchmark          # after `make run` has loaded the demo into db.sqlite3

Figures, not assertions: the exact query counts are asserted by tests/portal/test_query_counts.py.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.models import Page  # noqa: E402

REQUESTS = int(os.environ.get("BENCHMARK_REQUESTS", "20"))


def sample_pages():
    """One live page of every page type in every language."""
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale").specific():
        pages.setdefault(f"{type(page).__name__} ({page.locale.language_code})", page.url)
    return pages


def counting(queries):
    def wrapper(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    return wrapper


def admin_pages():
    """The coordinators' figures view: the steering committee's year on one page."""
    return {"Network figures (admin)": "/admin/reports/network-figures/"}


def main():
    from django.contrib.auth import get_user_model

    client = Client(HTTP_HOST="127.0.0.1")
    pages = sorted(sample_pages().items())
    coordinator = get_user_model().objects.filter(username="coordination").first()
    if coordinator is not None:
        pages += list(admin_pages().items())
    print(f"{'page type':<32} {'queries':>7} {'median ms':>10} {'p95 ms':>8}  url")
    for name, url in pages:
        if url.startswith("/admin/"):
            client.force_login(coordinator)
        client.get(url)  # warm the caches a visitor after the first one finds warm
        queries = []
        with connection.execute_wrapper(counting(queries)):
            response = client.get(url)
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}: is the demo loaded (make run)?")
        timings = []
        for _request in range(REQUESTS):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(
            f"{name:<32} {len(queries):>7} {statistics.median(timings):>10.1f} {p95:>8.1f}  {url}"
        )


if __name__ == "__main__":
    main()
