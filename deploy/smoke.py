"""The production stack, started for real on this machine: `make smoke` (and `.ci/run`).

deploy/Procfile's processes (two web servers on two ports, the worker, the scheduler) run
with the production settings under honcho, on a throwaway PostgreSQL database, this
machine's Redis, an S3 server on loopback (moto's server mode) and an SMTP server on
loopback (aiosmtpd) reached through a switch that can make it silent. Then, as a proxy
would send them (X-Forwarded-Proto, X-Real-IP):

- every public page type in three languages, through both servers: no 5xx, and a page one
  server stored is served from the shared cache by the other;
- an editor uploads an image through one server and gets its rendition through the other;
- enquiries are posted across both servers until the rate limit answers 429, which must come
  at the same count whichever server is hit;
- the acknowledgement of each enquiry arrives through the worker; its newcomer opens their
  settling file from its link on both servers, writes into it, and the referents are told;
- with a mail server that accepts connections and never answers, an enquiry POST still
  answers in under a second, and its mail arrives once the server answers again.

Prints the figures and exits non-zero when one of them is wrong.
"""

import argparse
import contextlib
import email
import email.policy
import io
import logging
import os
import re
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3
import redis
import requests
from aiosmtpd.controller import Controller
from moto.server import ThreadedMotoServer
from observatory import score
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"
PASSWORD = "installez-vous"  # the demo accounts' published password (README)
EDITOR = "cci-thiers"
BUCKET = "installez-vous-smoke"
SENDER = "Installez-vous <portail@smoke.example>"
REDIS_URL = os.environ.get("SMOKE_REDIS_URL", "redis://127.0.0.1:6379/8")
LANGUAGES = ("fr", "en", "nl")
FORM_PATHS = {
    "fr": "/fr/presenter-mon-projet/",
    "en": "/en/present-my-project/",
    "nl": "/nl/mijn-project-voorstellen/",
}
MAP_PATH = "/fr/opportunites/?view=map"
SEARCH_PATHS = {"fr": "/fr/recherche/", "en": "/en/search/", "nl": "/nl/zoeken/"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, limit, what):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise RuntimeError(f"timed out after {limit} s waiting for {what}")


def answers(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


class MailSwitch:
    """A TCP relay in front of the SMTP server; ``silent`` makes it accept and never answer."""

    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.silent = False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.held = []
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.silent:
                self.held.append(client)  # open, read by no one, answered never
                continue
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self.pipe, args=(source, target), daemon=True).start()

    @staticmethod
    def pipe(source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def close(self):
        self.listener.close()
        for client in self.held:
            client.close()


class Mailbox:
    def __init__(self):
        self.recipients = []
        self.senders = set()
        # The text of the last mail to each address.
        self.texts = {}

    async def handle_DATA(self, server, session, envelope):
        self.recipients.extend(envelope.rcpt_tos)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.senders.add(str(message["From"]))
        text = message.get_body(preferencelist=("plain",)).get_content()
        self.texts.update(dict.fromkeys(envelope.rcpt_tos, text))
        return "250 Message accepted for delivery"


class Visitor:
    """A browser behind the proxy: HTTPS as the proxy tells it, an address of its own."""

    def __init__(self, address):
        self.address = address
        self.session = requests.Session()

    def request(self, method, port, path, **kwargs):
        origin = f"https://127.0.0.1:{port}"
        headers = {
            "X-Forwarded-Proto": "https",
            "X-Real-IP": self.address,
            "Origin": origin,
            "Referer": origin + path,
            **kwargs.pop("headers", {}),
        }
        response = self.session.request(
            method,
            f"http://127.0.0.1:{port}{path}",
            headers=headers,
            allow_redirects=False,
            timeout=30,
            **kwargs,
        )
        # The cookies are Secure: the proxy would carry them over HTTPS; here they go as is.
        for cookie in self.session.cookies:
            cookie.secure = False
        return response

    def get(self, port, path, **kwargs):
        return self.request("GET", port, path, **kwargs)

    def post(self, port, path, **kwargs):
        return self.request("POST", port, path, **kwargs)


def check(condition, message):
    if not condition:
        raise RuntimeError(message)


def hidden(page, name):
    return re.search(rf'name="{name}" value="([^"]*)"', page).group(1)


def project_form(visitor, port, language, number):
    """The project form as a newcomer fills it in, read from the page the server sent."""
    page = visitor.get(port, FORM_PATHS[language]).text
    return {
        "csrfmiddlewaretoken": hidden(page, "csrfmiddlewaretoken"),
        "started": hidden(page, "started"),
        "website": "",
        "name": f"Smoke Newcomer {number}",
        "email": f"newcomer{number}@smoke.example",
        "project_kind": "take_over",
        "sector": "crafts",
        "description": "A bakery to take over, with my partner and our two children.",
        "wished_communities": re.search(r'name="wished_communities" value="(\d+)"', page).group(1),
        "consent": "on",
    }


class Stack:
    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.database = f"installez_vous_smoke_{os.getpid()}"
        self.prefix = f"smoke-{os.getpid()}"
        self.s3_port, self.smtp_port, self.web_port = free_port(), free_port(), free_port()
        self.ports = (self.web_port, self.web_port + 1)
        self.mailbox = Mailbox()
        self.smtp = Controller(self.mailbox, hostname="127.0.0.1", port=self.smtp_port)
        self.switch = None
        self.s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=self.s3_port, verbose=False)
        self.processes = None
        self.log = self.workdir / "processes.log"

    def environment(self):
        s3 = f"http://127.0.0.1:{self.s3_port}"
        return {
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": f"https://127.0.0.1:{self.web_port}",
            "DEFAULT_FROM_EMAIL": SENDER,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{self.database}",
            "REDIS_URL": REDIS_URL,
            "CACHE_KEY_PREFIX": self.prefix,
            "TASKS_BACKEND": "database",
            "EMAIL_URL": f"smtp://127.0.0.1:{self.switch.port}",
            "EMAIL_TIMEOUT": "2",
            "NOTIFICATION_RETRY_SECONDS": "1",
            "RATELIMIT_IP_META_KEY": "HTTP_X_REAL_IP",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": s3,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "smoke-access-key",
            "AWS_SECRET_ACCESS_KEY": "smoke-secret-key",
            "STATIC_ROOT": str(self.workdir / "static"),
            "WEB_CONCURRENCY": "2",
            "GUNICORN_ACCESS_LOG": str(self.workdir / "access.log"),
            "LOG_LEVEL": "WARNING",
        }

    def start(self):
        self.smtp.start()
        self.switch = MailSwitch(self.smtp_port)
        self.s3.start()
        self.variables = variables = self.environment()
        bucket = boto3.client(
            "s3",
            endpoint_url=variables["AWS_S3_ENDPOINT_URL"],
            region_name="us-east-1",
            aws_access_key_id=variables["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=variables["AWS_SECRET_ACCESS_KEY"],
        )
        bucket.create_bucket(Bucket=BUCKET)
        policy = (ROOT / "deploy" / "bucket-policy.json").read_text()
        bucket.put_bucket_policy(
            Bucket=BUCKET, Policy=policy.replace("installez-vous-media", BUCKET)
        )
        # The production environment, in a file as a deployment keeps it (deploy/env.example).
        env_file = self.workdir / "production.env"
        env_file.write_text(
            "".join(f"{name}={shlex.quote(value)}\n" for name, value in variables.items())
        )
        createdb = ["createdb", "-h", "127.0.0.1", "-U", "postgres", self.database]
        subprocess.run(createdb, check=True)
        honcho = [str(VENV / "honcho"), "--env", str(env_file), "--app-root", str(ROOT)]
        base = {name: value for name, value in os.environ.items() if name != "DATABASE_URL"}

        began = time.monotonic()
        subprocess.run([*honcho, "run", "deploy/release"], cwd=ROOT, env=base, check=True)
        print(f"release (check, migrate, collectstatic): {time.monotonic() - began:.0f} s")
        began = time.monotonic()
        # The demo territory, loaded with the development settings into the same database and
        # bucket; its own mail goes to the console, its indexing runs in-process.
        subprocess.run(
            [str(VENV / "python"), "manage.py", "load_demo", "-v", "0"],
            cwd=ROOT,
            env={
                **base,
                **variables,
                "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
                "TASKS_BACKEND": "immediate",
                "EMAIL_URL": "consolemail://",
            },
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"demo loaded: {time.monotonic() - began:.0f} s")

        self.processes = subprocess.Popen(
            [
                *honcho[:1],
                "--procfile",
                "deploy/Procfile",
                *honcho[1:],
                "start",
                "--concurrency",
                "web=2,worker=1,scheduler=1",
                "--port",
                str(self.web_port),
            ],
            cwd=ROOT,
            env=base,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(lambda: all(answers(port) for port in self.ports), 60, "both web servers")
        wait_for(lambda: "Scheduler started" in self.log.read_text(), 60, "the scheduler")

    def running(self):
        """Names of the Procfile's processes that are still up."""
        text = self.log.read_text()
        started = set(re.findall(r"\| (\w+\.\d+) started \(pid=", text))
        stopped = set(re.findall(r"\| (\w+\.\d+) stopped", text))
        return sorted(started - stopped)

    def serve_alone(self, name, extra_environment=""):
        """Stop the stack's servers, worker and scheduler, and serve the site from one more
        gunicorn with two workers, in the production environment (plus
        ``extra_environment``, lines of a .env file): what the benchmarks measure.
        Returns the server's process and its port."""
        os.killpg(self.processes.pid, signal.SIGTERM)
        self.processes.wait(30)
        env_file = self.workdir / f"{name}.env"
        production = (self.workdir / "production.env").read_text()
        env_file.write_text(production + extra_environment)
        port = free_port()
        server = subprocess.Popen(
            shlex.split(
                f"{VENV / 'honcho'} --env {env_file} --app-root {ROOT} run "
                f"{VENV / 'gunicorn'} --config deploy/gunicorn.conf.py"
            ),
            cwd=ROOT,
            env={
                **{k: v for k, v in os.environ.items() if k not in self.variables},
                "PORT": str(port),
                "WEB_CONCURRENCY": "2",
                "GUNICORN_ACCESS_LOG": os.devnull,
                "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            },
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for(lambda: answers(port), 60, f"the {name} gunicorn")
        return server, port

    def stop(self):
        if self.processes and self.processes.poll() is None:
            os.killpg(self.processes.pid, signal.SIGTERM)
            try:
                self.processes.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.processes.pid, signal.SIGKILL)
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", self.database],
            check=False,
        )
        cache = redis.Redis.from_url(REDIS_URL)
        for key in cache.scan_iter(f"{self.prefix}:*"):
            cache.delete(key)
        if self.switch:
            self.switch.close()
        self.smtp.stop()
        self.s3.stop()


def page_of_each_type(stack):
    """A live public page of each type in each language, read from the stack's database."""
    os.environ.update({**stack.variables, "DJANGO_SETTINGS_MODULE": "portal.settings.production"})
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from wagtail.models import Page

    chosen = {}
    for page in Page.objects.live().public().exclude(depth=1).select_related("locale"):
        key = (page.content_type_id, page.locale.language_code)
        if key not in chosen:
            url = page.get_url()
            if url:
                chosen[key] = re.sub(r"^https?://[^/]+", "", url)
    from django.db import connections

    connections.close_all()
    return sorted(set(chosen.values()))


def crawl(stack, paths):
    """Each path from both servers: ``((port, path), status, response)``."""
    visitor = Visitor("192.0.2.10")

    def both(path):
        return [
            ((port, path), (response := visitor.get(port, path)).status_code, response)
            for port in stack.ports
        ]

    with ThreadPoolExecutor(max_workers=3) as pool:
        return [answer for answers in pool.map(both, paths) for answer in answers]


def observatory_scores(answers):
    """The HTTP Observatory's score of each HTML page answered, by its published rules."""
    return {
        path: score(response.headers, response.raw.headers.getlist("Set-Cookie"))[:2]
        for (_port, path), status, response in answers
        if status == 200 and response.headers.get("Content-Type", "").startswith("text/html")
    }


def upload_and_render(stack):
    """An editor uploads through the first server; the second draws the rendition."""
    first, second = stack.ports
    editor = Visitor("192.0.2.20")
    login = editor.get(first, "/admin/login/").text
    response = editor.post(
        first,
        "/admin/login/",
        data={
            "csrfmiddlewaretoken": hidden(login, "csrfmiddlewaretoken"),
            "username": EDITOR,
            "password": PASSWORD,
        },
    )
    check(response.status_code == 302, f"login answered {response.status_code}")
    form = editor.get(first, "/admin/images/add/").text
    picture = io.BytesIO()
    Image.new("RGB", (640, 480), "#2f6b3a").save(picture, "PNG")
    response = editor.post(
        first,
        "/admin/images/multiple/add/",
        data={"csrfmiddlewaretoken": hidden(form, "csrfmiddlewaretoken")},
        files={"files[]": ("vitrine-smoke.png", picture.getvalue(), "image/png")},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    check(response.status_code == 200 and response.json()["success"], response.text[:300])
    image_id = response.json()["image_id"]
    # The second server, with the session the first one opened, draws the edit page's preview.
    page = editor.get(second, f"/admin/images/{image_id}/")
    check(page.status_code == 200, f"edit page answered {page.status_code} on {second}")
    source = re.search(r'<img[^>]+src="(http://127\.0\.0\.1:\d+/[^"]+/images/[^"]+)"', page.text)
    check(source, "no rendition on the edit page")
    check("?" not in source.group(1), f"the rendition's address is signed: {source.group(1)}")
    rendition = requests.get(source.group(1), timeout=10)
    return image_id, rendition.status_code, rendition.headers.get("Content-Type")


def settling_file(stack, newcomer):
    """The newcomer opens their settling file from their acknowledgement's link, on each
    server, and writes into it; the referents are told by mail. Returns what was seen."""
    text = stack.mailbox.texts.get(newcomer, "")
    links = [url for url in re.findall(r"https?://\S+", text) if "/settling-file/" in url]
    check(links, f"no settling file link in the acknowledgement to {newcomer}")
    path = "/" + links[0].split("://", 1)[1].split("/", 1)[1]
    visitor = Visitor("198.51.100.20")
    for port in stack.ports:
        response = visitor.get(port, path)
        check(response.status_code == 200, f"settling file: {response.status_code} on {port}")
        check(
            "no-store" in response.headers.get("Cache-Control", ""),
            f"settling file kept by caches: {response.headers.get('Cache-Control')}",
        )
    told = len(stack.mailbox.recipients)
    message = "We can visit the bakery on 12 March."
    response = visitor.post(
        stack.ports[-1],
        path,
        data={
            "csrfmiddlewaretoken": hidden(response.text, "csrfmiddlewaretoken"),
            "action": "add",
            "message": message,
        },
    )
    check(response.status_code == 302, f"settling file message: {response.status_code}")
    check(message in visitor.get(stack.ports[0], path).text, "the message is not in the file")
    wait_for(lambda: len(stack.mailbox.recipients) > told, 60, "the referents' mail")
    return "200 and private on both servers; a message written, the referents told"


def until_limited(visitor, data, tokens, order, numbers):
    """Post enquiries, servers taken in turn from ``order``, until one answers 429. Each form
    is sent once: each post has a ``started`` token of its own, as a fresh page gives."""
    for accepted in range(50):
        port = order[accepted % len(order)]
        response = visitor.post(port, FORM_PATHS["en"], data={**data, "started": tokens.pop()})
        if response.status_code == 429:
            return accepted, port
        check(response.status_code == 302, f"enquiry answered {response.status_code}")
        number = next(numbers)
        data.update(name=f"Smoke Newcomer {number}", email=f"newcomer{number}@smoke.example")
    raise RuntimeError("the rate limit never answered")


def start_tokens(visitor, port, count):
    """The ``started`` tokens of ``count`` fresh project forms."""
    return [hidden(visitor.get(port, FORM_PATHS["en"]).text, "started") for _ in range(count)]


def main():
    # moto's server logs each request it answers, and the tracebacks of its in-memory store
    # racing on two PUTs of one key (both servers drawing the same rendition): boto3 retries
    # them, and what matters is checked below.
    logging.getLogger("werkzeug").setLevel(logging.CRITICAL)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--hold",
        type=int,
        default=0,
        metavar="SECONDS",
        help="Keep the stack up this long after the checks, to look at it in a browser.",
    )
    arguments = parser.parse_args()
    figures, failures = {}, []
    numbers = iter(range(1, 10_000))
    with tempfile.TemporaryDirectory(prefix="installez-vous-smoke-") as workdir:
        stack = Stack(workdir)
        try:
            began = time.monotonic()
            stack.start()
            print(f"stack up: {time.monotonic() - began:.0f} s; web on {stack.ports}")

            paths = page_of_each_type(stack)
            figures["pages: one of each type in each language"] = len(paths)
            paths += [f"{SEARCH_PATHS[lang]}?q=boulangerie" for lang in LANGUAGES]
            paths += [FORM_PATHS[lang] for lang in LANGUAGES]
            paths += ["/sitemap.xml", "/robots.txt", "/api/v2/pages/?limit=5"]
            home = Visitor("192.0.2.11").get(stack.ports[0], "/fr/").text
            # The map view of the offers, with the script and marker images it asks for.
            mapped = Visitor("192.0.2.11").get(stack.ports[0], MAP_PATH).text
            check('id="results-map-data"' in mapped, f"{MAP_PATH} shows no map")
            paths.append(MAP_PATH)
            for served in (home, mapped):
                paths += re.findall(r'(?:href|src|data-[a-z-]+)="(/static/[^"]+)"', served)
            paths = list(dict.fromkeys(paths))
            answers = crawl(stack, paths)
            statuses = [(job, status) for job, status, _response in answers]
            counted = Counter(status for _, status in statuses)
            figures["requests crawled (both servers)"] = len(statuses)
            figures["distinct paths"] = len(paths)
            figures["answers 5xx"] = sum(n for status, n in counted.items() if status >= 500)
            wrong = [(job, status) for job, status in statuses if status != 200]
            if wrong:
                failures.append(f"pages not answering 200: {wrong[:10]}")
            # As a proxy sends them, with the site's name whichever server answers: a page
            # one server stored is served from the shared cache by the other.
            proxied = Visitor("192.0.2.12")
            first, second = stack.ports
            states = [
                proxied.get(port, "/fr/", headers={"Host": "localhost"}).headers.get(
                    "X-Page-Cache", "not stored"
                )
                for port in (first, second, first)
            ]
            figures["the home page from server 1, 2, 1 (page cache)"] = ", ".join(states)
            if states[1:] != ["hit", "hit"]:
                failures.append(f"the home page is not shared by the servers: {states}")
            scores = observatory_scores(answers)
            lowest = min(scores.values())
            figures["HTTP Observatory score, lowest of the pages"] = f"{lowest[0]} ({lowest[1]})"
            below = {path: found for path, found in scores.items() if found[1] != "A+"}
            figures["HTTP Observatory scores (pages)"] = dict(
                Counter(found for found in scores.values())
            )
            if below:
                failures.append(f"pages scoring below A+: {below}")

            shared = re.search(r'<meta property="og:image" content="([^"]+)"', home)
            check(shared, "the home page shares no image")
            preview = requests.get(shared.group(1), timeout=10)
            figures["the home page's shared image"] = f"{preview.status_code} from the bucket"
            if not shared.group(1).startswith(f"http://127.0.0.1:{stack.s3_port}/{BUCKET}/"):
                failures.append(f"og:image is not the bucket's address: {shared.group(1)}")
            if preview.status_code != 200:
                failures.append(f"og:image answered {preview.status_code}")

            image_id, status, content_type = upload_and_render(stack)
            figures["rendition drawn by the other server"] = f"{status} {content_type}"
            if status != 200 or content_type != "image/png":
                failures.append(f"rendition of image {image_id}: {status} {content_type}")

            first, second = stack.ports
            orders = {
                "198.51.100.1": (first, second),
                "198.51.100.2": (second, first),
                "198.51.100.3": (first,),
                "198.51.100.4": (second,),
            }
            forms = {}
            for address, order in orders.items():
                visitor = Visitor(address)
                data = project_form(visitor, order[0], "en", next(numbers))
                forms[address] = (visitor, data, start_tokens(visitor, order[0], 15))
            silent_visitor = Visitor("198.51.100.9")
            silent_number = next(numbers)
            silent_form = project_form(silent_visitor, first, "fr", silent_number)
            time.sleep(3.2)  # ENQUIRY_MIN_FILL_SECONDS: faster than a person reads is a robot
            limits = {}
            for address, order in orders.items():
                accepted, port = until_limited(*forms[address], order, numbers)
                limits[address] = (accepted, port)
                label = "both servers" if len(order) == 2 else f"port {order[0]} only"
                figures[f"accepted before 429, {label}, 429 from port {port}"] = accepted
            if len({accepted for accepted, _ in limits.values()}) != 1:
                failures.append(f"the rate limit differs between servers: {limits}")
            if {port for _, port in limits.values()} != set(stack.ports):
                failures.append("each server should have answered a 429")

            sent = sum(accepted for accepted, _ in limits.values())

            def acknowledged():
                return {r for r in stack.mailbox.recipients if r.endswith("@smoke.example")}

            try:
                wait_for(lambda: len(acknowledged()) >= sent, 60, "the acknowledgements")
            except RuntimeError as error:
                failures.append(str(error))
            figures["enquiries accepted"] = sent
            figures["mail sent from"] = ", ".join(sorted(stack.mailbox.senders))
            if stack.mailbox.senders != {SENDER}:
                failures.append(f"mail sent from {stack.mailbox.senders}, not {SENDER}")
            figures["acknowledgements delivered by the worker"] = len(acknowledged())
            try:
                figures["settling file"] = settling_file(stack, sorted(acknowledged())[0])
            except (RuntimeError, IndexError) as error:
                failures.append(f"settling file: {error}")

            # A mail server that accepts the connection and never answers.
            stack.switch.silent = True
            began = time.perf_counter()
            response = silent_visitor.post(first, FORM_PATHS["fr"], data=silent_form)
            elapsed = time.perf_counter() - began
            figures["enquiry POST with a silent mail server (s)"] = f"{elapsed:.2f}"
            if response.status_code != 302 or elapsed >= 1:
                failures.append(f"silent mail server: {response.status_code} in {elapsed:.2f} s")
            time.sleep(4)  # the worker meets the silent server and times out
            address = f"newcomer{silent_number}@smoke.example"
            held = address in stack.mailbox.recipients
            stack.switch.silent = False
            try:
                wait_for(lambda: address in stack.mailbox.recipients, 60, "the delayed mail")
                figures["its mail, once the server answers"] = "delivered"
            except RuntimeError as error:
                failures.append(str(error))
            if held:
                failures.append("the mail went through a server that never answered")

            figures["processes still running"] = ", ".join(stack.running())
            if len(stack.running()) != 4:
                failures.append(f"a process stopped: {stack.running()}")
            if arguments.hold:
                print(f"Holding the stack for {arguments.hold} s on ports {stack.ports}.")
                time.sleep(arguments.hold)
        except Exception as error:
            failures.append(f"{type(error).__name__}: {error}")
        finally:
            stack.stop()
            if failures:
                print(stack.log.read_text()[-5000:] if stack.log.exists() else "(no log)")

    width = max(map(len, figures), default=0)
    print()
    for label, value in figures.items():
        print(f"{label:<{width}}  {value}")
    if failures:
        print("\nFAILED:\n- " + "\n- ".join(failures))
        sys.exit(1)
    print("\nThe production stack works.")


if __name__ == "__main__":
    main()
