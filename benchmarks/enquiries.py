"""Nothing lost: 1,000 enquiries posted while the mail server is down, then delivered.

    make benchmark-enquiries          # needs the local PostgreSQL server

Against the site served by gunicorn on a throwaway PostgreSQL database, with the database
task queue and its worker running: 20 clients post 1,000 "Present your project" forms while
no SMTP server listens, then a real one (aiosmtpd) starts on that port and the worker's
retries deliver. Prints posted, answered, stored, acknowledged and notified, which must be
equal, and exits non-zero when they are not. Traffic stays on 127.0.0.1.
"""

import argparse
import http.client
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DRAIN_LIMIT = 300


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class CountingSMTP:
    """The handler of an SMTP server (aiosmtpd) that takes every mail and counts its
    recipients."""

    def __init__(self):
        self.received = 0

    async def handle_DATA(self, server, session, envelope):
        self.received += len(envelope.rcpt_tos)
        return "250 OK"


def wait_for_port(port, limit=60):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing answers on port {port}")


def environment(database, smtp_port):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "TASKS_BACKEND": "database",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
        "EMAIL_TIMEOUT": "2",
        "ENQUIRY_RATE_LIMIT": "1000000/h",
        "ENQUIRY_MIN_FILL_SECONDS": "0",
        "NOTIFICATION_RETRY_SECONDS": "1",
        "LOG_LEVEL": "ERROR",
    }


class Client:
    """One newcomer's browser: a connection and a CSRF cookie of its own."""

    def __init__(self, port):
        self.port = port
        self.cookie = ""

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": "127.0.0.1"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie" and value.startswith("csrftoken="):
                self.cookie = value.split(";", 1)[0]
        connection.close()
        return response.status, response.getheader("Location", ""), content

    def post_enquiry(self, number):
        path = "/en/present-my-project/"
        status, _location, page = self.request("GET", path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        started = re.search(r'name="started" value="([^"]+)"', page).group(1)
        area = re.search(r'name="wished_communities" value="(\d+)"', page).group(1)
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "started": started,
                "website": "",
                "name": f"Bench Newcomer {number}",
                "email": f"newcomer{number}{BENCH_DOMAIN}",
                "project_kind": "take_over",
                "sector": ("crafts", "commerce", "agriculture", "health")[number % 4],
                "description": "A bakery to take over, with my partner and our two children.",
                "wished_communities": area,
                "consent": "on",
            }
        )
        began = time.perf_counter()
        status, location, _page = self.request("POST", path, body)
        return status, location, time.perf_counter() - began


def post_all(port, count, clients):
    local = threading.local()

    def one(number):
        if not hasattr(local, "client"):
            local.client = Client(port)
        return local.client.post_enquiry(number)

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(one, range(count)))
    return results, time.perf_counter() - began


BENCH_DOMAIN = "@bench.example"


def counts():
    """What the database holds of this benchmark's own enquiries, read in this process.

    The demo holds enquiries and mail of its own: only those this run posted (their address
    ends in ``@bench.example``) and the mail about them are counted.
    """
    from django.db.models import Count, F, Q

    from enquiries.models import Enquiry
    from foundation.models import Notification, NotificationKind, NotificationStatus

    sent = NotificationStatus.SENT
    ours = Enquiry.objects.filter(email__endswith=BENCH_DOMAIN)
    mail = Notification.objects.filter(enquiry__in=ours)
    enquiries = ours.annotate(
        referrals=Count("notifications", filter=Q(notifications__kind=NotificationKind.REFERRAL)),
        referrals_sent=Count(
            "notifications",
            filter=Q(notifications__kind=NotificationKind.REFERRAL, notifications__status=sent),
        ),
    )
    return {
        "stored": ours.count(),
        "acknowledged": mail.filter(
            kind=NotificationKind.ACKNOWLEDGEMENT, recipient__endswith=BENCH_DOMAIN, status=sent
        ).count(),
        "notified": enquiries.filter(referrals__gt=0, referrals=F("referrals_sent")).count(),
        "pending": mail.exclude(status=sent).count(),
        "failed_attempts": sum(
            max(attempts - 1, 0) if status == sent else attempts
            for attempts, status in mail.values_list("attempts", "status")
        ),
    }


def stop(process):
    if process and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=20)
    arguments = parser.parse_args()

    database = f"installez_vous_bench_{os.getpid()}"
    web_port, smtp_port = free_port(), free_port()
    env = environment(database, smtp_port)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    server = worker = smtp = None
    try:
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True, cwd=ROOT)
        subprocess.run(
            [*manage, "load_demo"],
            # The demo's own indexing runs in-process, not through the queue being measured.
            env={**env, "TASKS_BACKEND": "immediate"},
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        served = {**env, "DEBUG": "false"}
        server = subprocess.Popen(
            [GUNICORN, "portal.wsgi", "-w", "4", "-b", f"127.0.0.1:{web_port}"]
            + ["--log-level", "warning"],
            env=served,
            cwd=ROOT,
            start_new_session=True,
        )
        worker = subprocess.Popen(
            [*manage, "db_worker", "--interval", "0.2", "--no-startup-delay"],
            env=served,
            cwd=ROOT,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(web_port)

        print(f"Posting {arguments.count} enquiries with {arguments.clients} clients,")
        print(f"no mail server on port {smtp_port}...")
        results, elapsed = post_all(web_port, arguments.count, arguments.clients)
        answered = sum(
            1
            for status, location, _ in results
            if status == 302 and location.endswith("/en/present-my-project/thanks/")
        )
        latencies = sorted(seconds * 1000 for _, _, seconds in results)

        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        time.sleep(3)  # let the worker meet the closed port
        down = counts()

        from aiosmtpd.controller import Controller

        mailbox = CountingSMTP()
        smtp = Controller(mailbox, hostname="127.0.0.1", port=smtp_port)
        smtp.start()
        began = time.perf_counter()
        while counts()["pending"] and time.perf_counter() - began < DRAIN_LIMIT:
            time.sleep(1)
        drained = time.perf_counter() - began
        final = counts()
    finally:
        stop(worker)
        stop(server)
        if smtp is not None:
            smtp.stop()
        from django.conf import settings

        if settings.configured:
            from django.db import connections

            connections.close_all()
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database],
            check=False,
        )

    figures = {
        "posted": arguments.count,
        "answered 2xx (302 to the confirmation)": answered,
        "stored": final["stored"],
        "acknowledged": final["acknowledged"],
        "notified": final["notified"],
    }
    width = max(map(len, figures))
    print()
    for label, value in figures.items():
        print(f"{label:<{width}}  {value:>6,}")
    print()
    print(f"posting: {elapsed:.1f} s, {arguments.count / elapsed:.0f} requests per second")
    print(
        f"POST latency: p50 {statistics.median(latencies):.0f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95) - 1]:.0f} ms"
    )
    print(f"delivery attempts refused while the server was down: {down['failed_attempts']:,}")
    print(f"mail received by the SMTP server: {mailbox.received:,}")
    print(f"drained {drained:.1f} s after the server came up; still pending: {final['pending']}")
    if len(set(figures.values())) != 1:
        print("MISMATCH: something was lost")
        sys.exit(1)


if __name__ == "__main__":
    main()
