"""Public pages rendered once and served to every anonymous visitor, by every web server.

A page names what it shows as tags (``BasePage.cache_tags``): itself in every language
(``page:<translation key>``), the kinds of content it lists ("listings", "events"...) and
``SITE``, what every page shows (the settings, the menu, the footer, the languages). What it
reads through ``kept`` adds that part's tags by itself. Whatever
changes one of them calls ``purge`` with its tags, which moves their versions at once and
again when its transaction commits. A stored page keeps its tags' versions; a page one of
whose tags has moved since is rendered again for whoever asks first. What pages show, read
once and kept for the pages rendered after (``kept``: the site, the menu, the cards of the
newest offers...), is kept under the same tags.

Versions are random, never counted: a version evicted from the cache and written again cannot
bring back a page stored under the old one. A page whose rendering overlapped a purge is not
stored at all (``CLOCK``), since it may have read the data from before the change.

A stored page carries no visitor's token: the CSRF token and the public forms' start token
(``foundation.forms.start_token``, which works once) are written into it afresh for each
visitor it is served to.
"""

import contextvars
import functools
import hashlib
import logging
import os
import re
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

from wagtail.models import Locale, Site

from foundation.forms import start_token

logger = logging.getLogger(__name__)

SITE = "site"
CLOCK = "page-cache:clock"
TAG_KEY = "page-cache:tag:{}"
PAGE_KEY = "page-cache:page:{}"
FRAGMENT_KEY = "page-cache:fragment:{}"
# The request this process (or this task of it) is serving, for what ``kept`` is asked without.
_rendering = contextvars.ContextVar("page_cache_request", default=None)
HEADER = "X-Page-Cache"
# A fragment no change touched for a day is read again anyway: it costs one query.
FRAGMENT_SECONDS = 24 * 3600
# Each process also keeps the fragments it read last, for a minute at most: a crowd's requests
# read only the tags' versions from the shared cache, not the fragments again.
LOCAL_SECONDS = 60
LOCAL_FRAGMENTS = 500

CSRF_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
START_FIELD = re.compile(r'(name="(?:[\w-]+-)?started" value=")[^"]*(")')
CSRF_MARK = b"\x00csrf\x00"
START_MARK = b"\x00started\x00"
# Per-visitor or per-response headers, which a stored page does not keep.
NOT_STORED = {"set-cookie", "vary", "cache-control", "content-length", HEADER.lower()}


# The folders whose files are not the portal's code.
NOT_CODE = {".git", ".venv", ".tools", "node_modules", "media", "__pycache__"}
CODE_SUFFIXES = {".py", ".html", ".mo"}


def release():
    """The release of the running code. Pages and fragments another release stored are not
    served by this one, whose templates, static files' names and models may differ: while
    a new release starts, the servers of the old one store theirs apart.

    ``RELEASE`` where the deployment names it; otherwise a digest of the names, sizes and
    times of the project's code, templates and translations and of the static files'
    manifest, read once per process, as it starts (``PageCacheMiddleware``).
    """
    return settings.RELEASE or _code_digest()


@functools.cache
def _code_digest():
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    files = [Path(settings.STATIC_ROOT) / "staticfiles.json"]
    for folder, folders, names in os.walk(root):
        folders[:] = sorted(name for name in folders if name not in NOT_CODE)
        files += [Path(folder, name) for name in sorted(names)]
    for path in files:
        if (path.suffix in CODE_SUFFIXES or path == files[0]) and path.is_file():
            stat = path.stat()
            digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0 or settings.FRAGMENT_CACHE


def kept(request, name, compute, tags=(SITE,)):
    """``compute()``, read once and kept until one of ``tags`` changes: what every page shows
    (the site, its settings, the menu) costs no query on the pages rendered after the first.

    ``name`` says what is kept and for whom (a language, a page); the tags' versions and the
    values are read once per request, however many templates ask. Without ``request``, they
    are read once for the request this process is serving, if any, but the page it renders is
    not stored under ``tags``: it says otherwise what it shows.
    """
    if request is not None:
        # The page this request renders shows what it keeps: it is stored under these tags too.
        request.__dict__.setdefault("_page_cache_tags", set()).update(tags)
    serving = request or _rendering.get()
    memo = {} if serving is None else serving.__dict__.setdefault("_page_cache_kept", {})
    if name not in memo:
        if not settings.FRAGMENT_CACHE or getattr(request, "is_preview", False):
            memo[name] = compute()  # a preview shows a draft: what it lists follows the draft
        else:
            memo[name] = _kept(serving, name, compute, tags)
    return memo[name]


def _kept(request, name, compute, tags):
    known = {} if request is None else request.__dict__.setdefault("_page_cache_versions", {})
    try:
        known.update(_versions([tag for tag in tags if tag not in known]))
        stamp = "|".join(f"{tag}={known[tag]}" for tag in sorted(tags))
        digest = hashlib.sha256(f"{release()}|{name}|{stamp}".encode()).hexdigest()
        key = FRAGMENT_KEY.format(digest)
        if (value := local_fragments.get(key)) is not None:
            return value
        value = cache.get(key)
    except Exception:  # the cache is down: the database answers
        logger.exception("The fragment %s could not be read from the cache", name)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, timeout=FRAGMENT_SECONDS)
        except Exception:
            logger.exception("The fragment %s could not be kept", name)
            return value
    local_fragments.set(key, value)
    return value


class LocalFragments:
    """The fragments this process read last, under the same keys as in the shared cache.

    A key names the versions of the fragment's tags, which every request reads from the shared
    cache: a change made through any server moves them, and the fragment kept here is never
    asked for again. What is kept here is shared by the requests this process serves, as a
    template's parsed nodes are: nothing that renders a fragment changes it.
    """

    def __init__(self, seconds, size):
        self.seconds = seconds
        self.size = size
        self.entries = {}

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def set(self, key, value):
        if len(self.entries) >= self.size:
            self.entries = {}  # the oldest and the newest alike: they are read again once
        self.entries[key] = (time.monotonic() + self.seconds, value)

    def clear(self):
        self.entries = {}


local_fragments = LocalFragments(LOCAL_SECONDS, LOCAL_FRAGMENTS)


def page_tag(page):
    """The tag of a page in every language: its translations share the key."""
    return f"page:{page.translation_key}"


def purge(*tags):
    """Mark stale every stored page and fragment showing one of ``tags``."""
    tags = {tag for tag in tags if tag}
    if tags and enabled():
        # At once, for the rest of this transaction, and again after it commits, for a page
        # another server read from the database meanwhile.
        _bump(tags)
        transaction.on_commit(lambda: _bump(tags))


def purge_on_change(*models, tags):
    """Purge ``tags`` whenever a record of one of ``models`` is saved or deleted (not while
    fixtures are loaded): what each room registers for the records its pages show."""

    def changed(sender, raw=False, **kwargs):
        if not raw:
            purge(*tags)

    for model in models:
        uid = f"page-cache:{model._meta.label}"
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=uid)
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=uid)


def _bump(tags):
    try:
        # The clock first: a rendering that read the old tags reads the new clock after them.
        cache.set(CLOCK, secrets.token_hex(8), timeout=None)
        cache.set_many({TAG_KEY.format(tag): secrets.token_hex(8) for tag in tags}, timeout=None)
    except Exception:  # the cache is down: no page can be served from it either
        logger.exception("The page cache could not be purged of %s", sorted(tags))


def _versions(tags, clock=False):
    """The versions of ``tags`` (a tag never purged gets its first), and with ``clock`` the
    clock's, read in the same round trip."""
    if not tags and not clock:
        return {}
    keys = {TAG_KEY.format(tag): tag for tag in tags}
    found = cache.get_many([*keys, *([CLOCK] if clock else [])])
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache.add(key, secrets.token_hex(8), timeout=None)
    if missing:
        found.update(cache.get_many(missing))
    if any(key not in found for key in keys):
        # A read that timed out answers nothing (IGNORE_EXCEPTIONS): a page or fragment
        # stored without a tag's version would never be purged by it.
        raise CacheUnanswered(f"no version of {sorted(keys[k] for k in keys if k not in found)}")
    return {keys.get(key, key): value for key, value in found.items()}


class CacheUnanswered(Exception):
    """The shared cache did not answer: what depends on it is read from the database."""


def not_stored(request):
    """Render this request's page for this visitor alone: it does something of its own (a
    search's words counted for the park's report)."""
    request.page_cache_skip = True


def cacheable_request(request):
    """A visitor who is nobody yet: no session (no login, no message waiting), a plain read."""
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def request_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(f"{release()}|{get_language()}|{address}".encode()).hexdigest()
    return PAGE_KEY.format(digest)


def storable(request, response):
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and getattr(response, "cache_tags", None)
        and not response.streaming
        and not response.cookies
        and not (session is not None and session.modified)
        and not response.has_header("Cache-Control")
        and not getattr(request, "page_cache_skip", False)
    )


def stored_form(response):
    content = CSRF_FIELD.sub(lambda m: m[1] + CSRF_MARK.decode() + m[2], response.text)
    content = START_FIELD.sub(lambda m: m[1] + START_MARK.decode() + m[2], content)
    headers = [(name, value) for name, value in response.items() if name.lower() not in NOT_STORED]
    return {"content": content.encode(), "headers": headers, "charset": response.charset}


def served_form(request, entry):
    content = entry["content"]
    if CSRF_MARK in content:
        content = content.replace(CSRF_MARK, get_token(request).encode())
    while START_MARK in content:  # each form its own token: one works once
        content = content.replace(START_MARK, start_token().encode(), 1)
    response = HttpResponse(content, charset=entry["charset"])
    for name, value in entry["headers"]:
        response[name] = value
    return response


def shared_headers(response):
    """A page anyone may keep, if they ask again before using it; a visitor with a session
    (an editor, a message waiting) is sent a page of their own (``own_headers``)."""
    patch_cache_control(response, no_cache=True, public=True)
    patch_vary_headers(response, ("Cookie",))


def site_with_root(request):
    """The request's site, with its home page in each language, read once with it: Wagtail
    routes each request from the home page in the visitor's language (``localized``)."""
    site = Site.find_for_request(request)
    if site is not None:
        root = site.root_page.specific
        root.localized_roots = {
            locale.language_code: root.get_translation_or_none(locale) or root
            for locale in Locale.objects.all()
        }
        for language, home in root.localized_roots.items():
            root.localized_roots[language] = home.specific if home.live else root
        site.root_page = root
    return site


def own_headers(response):
    """A page rendered for this visitor alone is kept by nobody else."""
    if getattr(response, "cache_tags", None) and not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_cache=True)
    return response


class PageCacheMiddleware:
    """Serves the stored page to an anonymous visitor, or renders it and stores it.

    After the authentication, session and messages middleware, so that the CSRF middleware
    sets the cookie of the token written into a stored page.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        release()  # as the process starts, before anything it runs writes a file

    def __call__(self, request):
        serving = _rendering.set(request)
        try:
            return self.serve(request)
        finally:
            _rendering.reset(serving)

    def serve(self, request):
        if not cacheable_request(request):
            return own_headers(self.render(request))
        key = request_key(request)
        try:
            # The clock before rendering: a change meanwhile moves it.
            found = cache.get_many([key, CLOCK])
            entry, clock = found.get(key), found.get(CLOCK)
            if entry is not None and _versions(entry["tags"]) == entry["tags"]:
                response = served_form(request, entry)
                response[HEADER] = "hit"
                shared_headers(response)
                return response
        except Exception:
            logger.exception("The page cache could not be read")
            return self.render(request)
        response = self.render(request)
        if not storable(request, response):
            return own_headers(response)
        self.store(key, clock, request, response)
        shared_headers(response)
        return response

    def render(self, request):
        if settings.FRAGMENT_CACHE:
            # Wagtail finds the site of each request, and its root page, with a query each;
            # they are the same each time.
            host = request._get_raw_host()
            site = kept(request, f"site:{host}", lambda: site_with_root(request))
            if site is not None:
                request._wagtail_site = site
        return self.get_response(request)

    def store(self, key, clock, request, response):
        response[HEADER] = "miss"
        tags = {*response.cache_tags, *getattr(request, "_page_cache_tags", ())}
        try:
            # The versions read while rendering, and those of the page's own tags now: a
            # change since moved the clock.
            known = request.__dict__.get("_page_cache_versions", {})
            versions = _versions([tag for tag in tags if tag not in known], clock=True)
            if versions.pop(CLOCK, None) != clock:
                return  # a change committed while this page was rendered: it may be stale
            versions.update((tag, known[tag]) for tag in tags if tag in known)
            entry = {**stored_form(response), "tags": versions}
            cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.exception("The page cache could not store %s", key)
