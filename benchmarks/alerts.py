"""10,000 search alerts sent through the worker: time, mails per second, memory.

    make benchmark-alerts            # needs the local PostgreSQL server
    .venv/bin/python benchmarks/alerts.py --alerts 10000 --changed 20

On a throwaway PostgreSQL database with the demo: 10,000 confirmed alerts over a few hundred
searches as newcomers save them (words of the demo's offers or none, types, areas, sale or
rent, price bands; in French, English and Dutch, the popular searches saved by many),
confirmed a day ago and last run after the demo was loaded; then ``--changed`` of the demo's
60 offers published again, new or changed for every alert (``--changed 60``: all of them, as
after a structure's import). ``manage.py send_alerts --frequency daily`` runs as its own
process, with the database task queue, while one ``db_worker`` (as deploy/Procfile starts
it) delivers to an SMTP server (aiosmtpd) on loopback. Prints the time to compose and to
deliver, mails per second, and the peak memory (RSS) of the send_alerts process and of the
worker. Figures, not assertions; it exits non-zero if a mail is missing. Traffic stays on
127.0.0.1.
"""

import argparse
import datetime
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.enquiries import CountingSMTP, free_port  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
DRAIN_LIMIT = 3600

WORDS = ["", "", "", "boulangerie", "atelier", "maison", "commerce", "restaurant", "local"]
WORDS += ["terrain", "ferme", "bureaux", "garage", "boutique", "jardin", "épicerie"]
TYPES = [[], [], ["business"], ["premises"], ["land"], ["housing"], ["premises", "business"]]
TRANSACTIONS = [[], [], ["sale"], ["rent"]]
PRICES = [[], [], [], ["sale-50000-100000"], ["sale-100000-200000"], ["rent-300-600"]]
LANGUAGES = ["fr"] * 6 + ["en"] * 3 + ["nl"]


def environment(database, smtp_port):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "TASKS_BACKEND": "database",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
        "EMAIL_TIMEOUT": "5",
        "LOG_LEVEL": "ERROR",
    }


def queries(random_, areas, count):
    """``count`` distinct searches a newcomer would save, each read by the search's form."""
    from alerts.queries import QueryError, normalise

    found = {}
    while len(found) < count:
        pairs = []
        word = random_.choice(WORDS)
        if word:
            pairs.append(("q", word))
        pairs += [("type", kind) for kind in random_.choice(TYPES)]
        if random_.random() < 0.5:
            pairs.append(("area", random_.choice(areas)))
        pairs += [("transaction", value) for value in random_.choice(TRANSACTIONS)]
        pairs += [("price", value) for value in random_.choice(PRICES)]
        try:
            query = normalise(urlencode(pairs), "fr")
        except QueryError:
            continue
        found.setdefault(query, None)
    return list(found)


def prepare(arguments):
    """The alerts, and the offers published since their cutoff, written in this process."""
    from django.utils import timezone

    from wagtail.models import Locale, Page

    from alerts.models import Alert, Frequency
    from listings.models import LISTING_PAGE_MODELS
    from territory.models import CommunityOfCommunes

    random_ = random.Random(20261205)
    areas = list(
        CommunityOfCommunes.objects.filter(communes__isnull=False)
        .distinct()
        .values_list("siren", flat=True)
    )
    searches = queries(random_, areas, arguments.searches)
    # Their last run came before the offers below were published: only those are new.
    saved = timezone.now() - datetime.timedelta(days=1)
    cutoff = timezone.now()
    offers = list(
        Page.objects.live()
        .type(*LISTING_PAGE_MODELS)
        .filter(locale=Locale.get_default())
        .specific()
    )
    for offer in random_.sample(offers, min(arguments.changed, len(offers))):
        offer.save_revision().publish()
    # The popular searches are saved by many: the k-th by about 1/k as many as the first; in
    # French by six newcomers of ten, in English by three, in Dutch by one.
    weighted = {
        (query, language): LANGUAGES.count(language) / (rank + 1)
        for rank, query in enumerate(searches)
        for language in dict.fromkeys(LANGUAGES)
    }
    if arguments.every_alert_mailed:
        # Only the searches that find one of the offers published: each alert gets a mail.
        weighted = {
            (query, language): weight
            for (query, language), weight in weighted.items()
            if finds_news(query, language, cutoff)
        }
    chosen = random_.choices(list(weighted), list(weighted.values()), k=arguments.alerts)
    Alert.objects.bulk_create(
        [
            Alert(
                email=f"newcomer{number}@bench.example",
                language=language,
                query=query,
                source=random_.choice(["search", "listings"]),
                frequency=Frequency.DAILY,
                consent_version="bench",
                created_at=saved,
                confirmed_at=saved,
                checked_at=cutoff,
            )
            for number, (query, language) in enumerate(chosen)
        ],
        batch_size=2000,
    )
    groups = Alert.objects.values("query", "language").distinct().count()
    return len(searches), groups


def finds_news(query, language, since):
    from django.utils import translation

    from alerts.queries import AlertSearch

    with translation.override(language):
        return bool(AlertSearch(query, language=language, since=since).changed(1))


def wait4(process):
    """The process's exit status and its peak resident memory, in MB."""
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=10_000)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--changed", type=int, default=20)
    parser.add_argument(
        "--every-alert-mailed",
        action="store_true",
        help="save only searches that find one of the offers published: one mail per alert",
    )
    parser.add_argument(
        "--keep-database", action="store_true", help="leave the database, to run it again"
    )
    arguments = parser.parse_args()

    database = f"installez_vous_alerts_{os.getpid()}"
    smtp_port = free_port()
    env = environment(database, smtp_port)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    worker = smtp = None
    try:
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True, cwd=ROOT)
        subprocess.run(
            [*manage, "load_demo", "--allow-demo-accounts"],
            env={**env, "TASKS_BACKEND": "immediate"},
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        # This process writes the alerts and publishes the offers, in-process.
        os.environ.update({**env, "TASKS_BACKEND": "immediate"})
        import django

        django.setup()
        began = time.perf_counter()
        searches, groups = prepare(arguments)
        print(
            f"{arguments.alerts:,} confirmed daily alerts over {searches} searches "
            f"({groups} distinct searches and languages), {arguments.changed} offers published "
            f"since their cutoff; prepared in {time.perf_counter() - began:.0f} s"
        )

        from aiosmtpd.controller import Controller

        mailbox = CountingSMTP()
        smtp = Controller(mailbox, hostname="127.0.0.1", port=smtp_port)
        smtp.start()
        worker = subprocess.Popen(
            [*manage, "db_worker", "--interval", "1", "--no-startup-delay"],
            env=env,
            cwd=ROOT,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(3)  # the worker started, idle

        from django.db import connection

        from foundation.models import Notification, NotificationKind, NotificationStatus

        started = time.perf_counter()
        command = subprocess.Popen(
            [*manage, "send_alerts", "--frequency", "daily"], env=env, cwd=ROOT
        )
        status, composer_rss = wait4(command)
        composed = time.perf_counter() - started
        if status:
            raise SystemExit(f"send_alerts failed ({status})")
        mails = Notification.objects.filter(kind=NotificationKind.ALERT)
        written = mails.count()
        pending = mails.filter(status=NotificationStatus.PENDING)
        while pending.exists() and time.perf_counter() - started < DRAIN_LIMIT:
            time.sleep(0.5)
        delivered = time.perf_counter() - started
        left = pending.count()
        connection.close()
        os.killpg(worker.pid, signal.SIGTERM)
        _status, worker_rss = wait4(worker)
        worker = None
    finally:
        if worker is not None and worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
        if smtp is not None:
            smtp.stop()
        from django.conf import settings

        if settings.configured:
            from django.db import connections

            connections.close_all()
        if arguments.keep_database:
            print(f"database kept: {env['DATABASE_URL']}")
        else:
            subprocess.run(
                ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database],
                check=False,
            )

    print()
    rows = [
        ("alerts checked", f"{arguments.alerts:,}"),
        ("mails written by send_alerts", f"{written:,}"),
        ("mails received by the SMTP server", f"{mailbox.received:,}"),
        ("send_alerts: time", f"{composed:.1f} s"),
        ("send_alerts: peak memory (RSS)", f"{composer_rss:.0f} MB"),
        ("worker: all delivered after", f"{delivered:.1f} s"),
        ("mails per second, end to end", f"{written / delivered:.1f}"),
        ("worker: peak memory (RSS)", f"{worker_rss:.0f} MB"),
    ]
    width = max(len(label) for label, _value in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value:>10}")
    if left or mailbox.received != written:
        print(f"MISMATCH: {left} still pending")
        sys.exit(1)


if __name__ == "__main__":
    main()
