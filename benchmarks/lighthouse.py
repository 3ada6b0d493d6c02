"""Lighthouse's four scores (mobile) for the home page, a search, an offer and the project form.

    make lighthouse                          # French
    LIGHTHOUSE_LANGUAGES=fr,en,nl make lighthouse
    LIGHTHOUSE_REPORTS=/tmp/reports make lighthouse   # keeps each page's JSON report

The production stack is started as `make smoke` starts it (deploy/smoke.py: the production
settings, a throwaway PostgreSQL database with the demo territory, renditions in an S3 server
on loopback, this machine's Redis). Each page is asked once before it is measured, as the
first visitor would have asked it: its renditions exist and the page is kept in the cache.
Lighthouse then loads it in Chromium with its default mobile profile (a mid-range phone on a
slow 4G network, simulated), telling the server it came through the HTTPS proxy.

One gunicorn answers, the stack's own servers, worker and scheduler stopped, as the upstream of
deploy/nginx.conf: Chromium speaks HTTP to it, and Lighthouse asks for /robots.txt without the
proxy's header, so this server does not redirect to an HTTPS server that is not there.

Figures, not assertions: the simulated timings depend on this machine's speed, so the
performance score moves by a few points from one run to the next on a small one. Below 100,
the audits that cost points are printed after the table.
"""

import json
import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "deploy")]

from smoke import (  # noqa: E402
    FORM_PATHS,
    SEARCH_PATHS,
    Stack,
    Visitor,
)

LIGHTHOUSE = "lighthouse@12.8.2"  # the last release that runs on Node 20
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
LANGUAGES = os.environ.get("LIGHTHOUSE_LANGUAGES", "fr").split(",")
REPORTS = os.environ.get("LIGHTHOUSE_REPORTS")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "first-contentful-paint": "FCP",
}
# Behind the proxy of deploy/nginx.conf: HTTPS, and the visitor's address.
HEADERS = {"X-Forwarded-Proto": "https", "X-Real-IP": "192.0.2.60"}


def pages_to_measure(stack):
    """``[(name, language, path)]``: the offer is the demo's first business in each language."""
    os.environ.update({**stack.variables, "DJANGO_SETTINGS_MODULE": "portal.settings.production"})
    import django

    django.setup()
    from django.db import connections

    from listings.models import BusinessListingPage

    offer = BusinessListingPage.objects.live().filter(locale__language_code="fr").first()
    pages = []
    for language in LANGUAGES:
        translated = offer.get_translations(inclusive=True).filter(locale__language_code=language)
        offer_url = re.sub(r"^https?://[^/]+", "", (translated.first() or offer).get_url())
        pages += [
            ("home", language, f"/{language}/"),
            ("search", language, f"{SEARCH_PATHS[language]}?q=boulangerie"),
            ("offer", language, offer_url),
            ("project form", language, FORM_PATHS[language]),
        ]
    connections.close_all()
    return pages


def lighthouse(url, report):
    """Lighthouse's JSON report of ``url``; asked twice when Chromium's trace failed."""
    command = [
        *("npx", "--yes", LIGHTHOUSE, url),
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox",
        f"--extra-headers={json.dumps(HEADERS)}",
        f"--only-categories={','.join(CATEGORIES)}",
    ]
    for _attempt in range(2):
        done = subprocess.run(command, check=False, env={**os.environ, "CHROME_PATH": CHROME})
        result = json.loads(report.read_text()) if report.exists() else {}
        if done.returncode == 0 and not result.get("runtimeError"):
            return result
        report.unlink(missing_ok=True)
    sys.exit(f"Lighthouse failed on {url}: {result.get('runtimeError', done.returncode)}")


def lost_points(result):
    """The weighted audits of each category that did not pass, with what they measured."""
    for category in CATEGORIES:
        for reference in result["categories"][category]["auditRefs"]:
            audit = result["audits"][reference["id"]]
            if reference["weight"] and audit["score"] is not None and audit["score"] < 1:
                shown = audit.get("displayValue", "")
                yield f"{category}: {audit['id']} ({audit['score']:.2f}) {shown}".rstrip()


def main():
    logging.getLogger("werkzeug").setLevel(logging.CRITICAL)  # the S3 server's request log
    with tempfile.TemporaryDirectory(prefix="installez-vous-lighthouse-") as workdir:
        stack = Stack(workdir)
        server = None
        try:
            began = time.monotonic()
            stack.start()
            print(f"stack up in {time.monotonic() - began:.0f} s", file=sys.stderr)
            pages = pages_to_measure(stack)
            server, port = stack.serve_alone("lighthouse", "SECURE_SSL_REDIRECT=false\n")
            rows, notes = [], []
            reports = Path(REPORTS or workdir)
            reports.mkdir(parents=True, exist_ok=True)
            for name, language, path in pages:
                visitor = Visitor(HEADERS["X-Real-IP"])
                answer = visitor.get(port, path)
                if answer.status_code != 200:
                    sys.exit(f"{path} answered {answer.status_code}")
                report = reports / f"{name.replace(' ', '-')}-{language}.json"
                result = lighthouse(f"http://127.0.0.1:{port}{path}", report)
                scores = [round(result["categories"][c]["score"] * 100) for c in CATEGORIES]
                metrics = {
                    label: result["audits"][audit]["numericValue"]
                    for audit, label in METRICS.items()
                }
                rows.append((name, language, path, scores, metrics))
                notes += [f"{name} ({language}) {note}" for note in lost_points(result)]
        finally:
            if "django" in sys.modules:
                from django.db import connections

                connections.close_all()
            if server is not None:
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(30)
            stack.stop()

    print(f"Lighthouse {LIGHTHOUSE.split('@')[1]}, mobile")
    print()
    print(
        "| page | language | performance | accessibility | best practices | SEO "
        "| LCP | TBT | CLS |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, language, _path, scores, metrics in rows:
        print(
            f"| {name} | {language} | {' | '.join(str(score) for score in scores)} "
            f"| {metrics['LCP'] / 1000:.1f} s | {metrics['TBT']:.0f} ms | {metrics['CLS']:.3f} |"
        )
    if notes:
        print()
        print("Points lost:")
        for note in notes:
            print(f"- {note}")


if __name__ == "__main__":
    main()
