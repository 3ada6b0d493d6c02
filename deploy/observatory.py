"""The score Mozilla's HTTP Observatory would give a page, from its published rules.

https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring: a page starts at 100;
each test adds a modifier; bonuses count only when the page has 90 or more without them.
The tests that need the network the Observatory sees (the HSTS preload list, the redirection
from http) are given as arguments: the portal's proxy redirects (deploy/nginx.conf), and the
domain is not on the preload list until the park submits it.
"""

PRIVATE_REFERRERS = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
UNSAFE_REFERRERS = {
    "origin",
    "origin-when-cross-origin",
    "unsafe-url",
    "no-referrer-when-downgrade",
}
SIX_MONTHS = 15_768_000
GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"),
          (50, "C"), (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F")]  # fmt: skip


def policy(header):
    directives = {}
    for part in (header or "").split(";"):
        if words := part.split():
            directives[words[0].lower()] = words[1:]
    return directives


def csp_modifier(header):
    if not header:
        return "csp-not-implemented", -25
    directives = policy(header)
    default = directives.get("default-src", [])
    scripts = directives.get("script-src", default)
    styles = directives.get("style-src", default)
    everything = [value for values in directives.values() for value in values]
    if "'unsafe-inline'" in scripts and not any(
        value.startswith(("'nonce-", "'sha", "'strict-dynamic'")) for value in scripts
    ):
        return "csp-implemented-with-unsafe-inline", -20
    if any(value.startswith("http:") for value in scripts):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in scripts:
        return "csp-implemented-with-unsafe-eval", -10
    if any(value.startswith("http:") for value in everything):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if "'unsafe-inline'" in styles:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if default == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def cookies_modifier(set_cookies, hsts):
    if not set_cookies:
        return "cookies-not-found", 0
    attributes = [[part.strip().lower() for part in cookie.split(";")] for cookie in set_cookies]
    if not all("secure" in parts for parts in attributes):
        if hsts:
            return "cookies-without-secure-flag-but-protected-by-hsts", -5
        return "cookies-without-secure-flag", -20
    sessions = [parts for parts in attributes if "session" in parts[0].split("=")[0]]
    if not all("httponly" in parts for parts in sessions):
        return "cookies-session-without-httponly-flag", -30
    if all(any(part.startswith("samesite=") for part in parts) for parts in attributes):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def referrer_modifier(header):
    values = {value.strip().lower() for value in (header or "").split(",") if value.strip()}
    if not values:
        return "referrer-policy-not-implemented", 0
    if values & UNSAFE_REFERRERS:
        return "referrer-policy-unsafe", -5
    if values <= PRIVATE_REFERRERS:
        return "referrer-policy-private", 5
    return "referrer-policy-header-invalid", -5


def hsts_modifier(header, preloaded):
    if not header:
        return "hsts-not-implemented", -20
    max_age = dict(
        part.strip().lower().split("=", 1) for part in header.split(";") if "=" in part
    ).get("max-age", "0")
    if int(max_age) < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    if preloaded:
        return "hsts-preloaded", 5
    return "hsts-implemented-max-age-at-least-six-months", 0


def frame_modifier(headers):
    if "frame-ancestors" in policy(headers.get("Content-Security-Policy")):
        return "x-frame-options-implemented-via-csp", 5
    if (headers.get("X-Frame-Options") or "").upper() in ("DENY", "SAMEORIGIN"):
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-not-implemented", -20


def score(headers, set_cookies=(), redirects_to_https=True, hsts_preloaded=False):
    """(score, grade, {test: (result, modifier)}) of a page's answer headers."""
    hsts = headers.get("Strict-Transport-Security")
    nosniff = (headers.get("X-Content-Type-Options") or "").lower() == "nosniff"
    corp = headers.get("Cross-Origin-Resource-Policy")
    tests = {
        "content-security-policy": csp_modifier(headers.get("Content-Security-Policy")),
        "cookies": cookies_modifier(list(set_cookies), hsts),
        "cross-origin-resource-sharing": (
            ("cross-origin-resource-sharing-implemented-with-universal-access", -50)
            if headers.get("Access-Control-Allow-Origin") == "*"
            and headers.get("Access-Control-Allow-Credentials") == "true"
            else ("cross-origin-resource-sharing-not-implemented", 0)
        ),
        "cross-origin-resource-policy": (
            ("corp-implemented-with-same-origin", 0)
            if corp in ("same-origin", "same-site")
            else ("corp-not-implemented", 0)
        ),
        "redirection": (
            ("redirection-to-https", 0) if redirects_to_https else ("redirection-missing", -20)
        ),
        "referrer-policy": referrer_modifier(headers.get("Referrer-Policy")),
        "strict-transport-security": hsts_modifier(hsts, hsts_preloaded),
        "subresource-integrity": (
            "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
            0,
        ),
        "x-content-type-options": (
            ("x-content-type-options-nosniff", 0)
            if nosniff
            else ("x-content-type-options-not-implemented", -5)
        ),
        "x-frame-options": frame_modifier(headers),
    }
    penalties = sum(modifier for _, modifier in tests.values() if modifier < 0)
    bonuses = sum(modifier for _, modifier in tests.values() if modifier > 0)
    total = 100 + penalties
    if total >= 90:
        total += bonuses
    total = max(total, 0)
    grade = next(letter for floor, letter in GRADES if total >= floor)
    return total, grade, tests
