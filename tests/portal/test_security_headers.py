"""Every public page carries the security headers, and scores A+ by the HTTP Observatory's rules.

The strict policy holds because the pages carry no inline script, style or event handler: that
is asserted too. The admin gets the same policy with what Wagtail's editor needs.
"""

import pytest

from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from deploy.observatory import score
from foundation.security import admin_policy
from tests.builders import LANGUAGES, PAGE_TYPES, WorldTestCase

EXPECTED = {
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
}
STRICT_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data: https://tile.openstreetmap.org; font-src 'self'; "
    "connect-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'self'; "
    "base-uri 'none'"
)


@override_settings(
    SECURE_HSTS_SECONDS=60 * 60 * 24 * 365, CSRF_COOKIE_SECURE=True, SESSION_COOKIE_SECURE=True
)
class SecurityHeadersTests(WorldTestCase, WagtailPageTestCase):
    def public_addresses(self):
        for language in LANGUAGES:
            for name in PAGE_TYPES:
                yield self.page(name, language).url
            with translation.override(language):
                yield reverse("search") + "?q=atelier"
                yield reverse("present_project")
                yield reverse("listing_enquiry", args=[self.page("premises", language).pk])
        yield "/fr/no-such-page/"

    def get(self, address):
        # Through the TLS proxy, as in production: HSTS is sent on secure answers only.
        return self.client.get(address, secure=True)

    def answers(self):
        """Each public address and its answer, fetched once for the class's tests."""
        cls = type(self)
        if "_answers" not in cls.__dict__:
            cls._answers = [(address, self.get(address)) for address in self.public_addresses()]
        return cls._answers

    def test_every_public_page_type_carries_the_headers(self):
        self.assertGreater(len(self.answers()), 45)
        for address, response in self.answers():
            with self.subTest(address=address):
                self.assertIn(response.status_code, (200, 404))
                self.assertEqual(response["Content-Security-Policy"], STRICT_POLICY)
                for header, value in EXPECTED.items():
                    self.assertEqual(response[header], value, header)
                self.assertIn("camera=()", response["Permissions-Policy"])
                self.assertIn("geolocation=()", response["Permissions-Policy"])

    def test_every_public_page_scores_a_plus(self):
        for address, response in self.answers():
            with self.subTest(address=address):
                cookies = [morsel.OutputString() for morsel in response.cookies.values()]
                total, grade, tests = score(response.headers, cookies)
                self.assertEqual(grade, "A+", tests)
                # 100, +10 for the policy, +5 for the referrer, +5 for frame-ancestors, and
                # +5 where a form sets its secure cookie.
                self.assertEqual(total, 125 if cookies else 120, tests)

    def test_pages_carry_no_inline_script_style_or_handler(self):
        """What lets the policy forbid them: the page would break otherwise."""
        for address, response in self.answers():
            with self.subTest(address=address):
                soup = self.get_soup(response.content)
                for script in soup.find_all("script"):
                    self.assertTrue(
                        script.get("src") or script.get("type", "").endswith("json"), script
                    )
                self.assertEqual(soup.find_all("style"), [])
                for element in soup.find_all(True):
                    self.assertNotIn("style", element.attrs, element.name)
                    handlers = [name for name in element.attrs if name.startswith("on")]
                    self.assertEqual(handlers, [], element.name)

    def test_the_api_sitemap_and_robots_carry_them_too(self):
        for address in ("/api/v2/pages/", "/sitemap.xml", "/robots.txt"):
            with self.subTest(address=address):
                response = self.get(address)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Security-Policy"], STRICT_POLICY)
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")

    def test_the_admin_gets_only_what_wagtail_needs_more(self):
        response = self.get("/admin/login/")
        policy = response["Content-Security-Policy"]
        self.assertIn("style-src 'self' 'unsafe-inline'", policy)
        self.assertIn("script-src 'self' 'unsafe-inline';", policy)
        self.assertIn("frame-src 'self'", policy)
        self.assertEqual(admin_policy()["default-src"], ["'none'"])
        # Wagtail's inline scripts cost the admin 20 points, and its bonuses: B+.
        self.assertEqual(score(response.headers)[:2], (80, "B+"))


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, (30, "D")),
        (
            {
                "Strict-Transport-Security": "max-age=31536000",
                "X-Content-Type-Options": "nosniff",
                "X-Frame-Options": "SAMEORIGIN",
                "Referrer-Policy": "same-origin",
            },
            (75, "B"),
        ),
    ],
)
def test_the_score_follows_the_observatory_rules(headers, expected):
    """No header at all: 100 - 25 (no CSP) - 20 (no HSTS) - 5 (sniffing) - 20 (framing) = 30.
    The portal's headers before the policy: 100 - 25 = 75, B, as the issue measured; its
    referrer bonus does not count below 90."""
    assert score(headers)[:2] == expected


@pytest.mark.django_db
def test_every_page_type_of_the_demo_scores_a_plus(client, demo, settings):
    """One live page of each type in each language of the demo: campaigns, events and the
    calendar included."""
    settings.SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    settings.CSRF_COOKIE_SECURE = settings.SESSION_COOKIE_SECURE = True
    chosen = {}
    for page in Page.objects.live().public().exclude(depth=1).select_related("locale"):
        chosen.setdefault((page.content_type_id, page.locale_id), page.url)
    assert len(chosen) >= 40
    for url in chosen.values():
        response = client.get(url, secure=True)
        assert response.status_code == 200, url
        assert response["Content-Security-Policy"] == STRICT_POLICY, url
        for header, value in EXPECTED.items():
            assert response[header] == value, (url, header)
        cookies = [morsel.OutputString() for morsel in response.cookies.values()]
        assert score(response.headers, cookies)[1] == "A+", url
