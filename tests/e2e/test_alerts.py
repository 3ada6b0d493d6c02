"""A newcomer saves a search on a phone, confirms it from the mail, is told of a new offer that
matches it (and of that one only), and unsubscribes in one click from the mail program."""

import email
import http.client
import re
from email import policy
from urllib.parse import urlsplit

import pytest

from django.core.management import call_command

from alerts.models import Alert
from foundation.vocabularies import PriceKind
from listings.factories import LandListingPageFactory, PremisesListingPageFactory
from listings.models import LandKind
from tests.builders import publish
from tests.smtp import SMTPServer, free_port, smtp_mailers

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
ADDRESS = "anna.devries@example.nl"


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.ENQUIRY_MIN_FILL_SECONDS = 0
    settings.ENQUIRY_RATE_LIMIT = "1000/h"


@pytest.fixture
def smtp(settings):
    port = free_port()
    settings.MAILERS = smtp_mailers(port)
    with SMTPServer(port) as recorder:
        yield recorder


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="en-GB", viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def read(message):
    """The mail as its reader's program shows it: headers, and the body decoded."""
    parsed = email.message_from_string(message["content"], policy=policy.default)
    return parsed, parsed.get_content()


def violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [violation["id"] for violation in results.response["violations"]]


def test_a_newcomer_saves_a_search_confirms_it_is_told_of_a_new_offer_and_unsubscribes(
    world, live_server, phone, smtp
):
    phone.goto(live_server.url + "/en/search/?q=atelier&type=premises")
    form = phone.locator("form.alert-form")
    form.scroll_into_view_if_needed()
    assert violations(phone) == []
    form.get_by_label("Your email").fill(ADDRESS)
    form.get_by_label("Every day").check()
    form.locator('[name="alert-consent"]').check()
    form.get_by_role("button", name="Get new offers by email").click()
    phone.wait_for_url("**/en/alerts/sent/")
    assert "Check your mailbox" in phone.locator("h1").inner_text()

    # The confirmation, read from the SMTP server: the only mail sent so far.
    [confirmation] = smtp.messages
    assert confirmation["to"] == [ADDRESS]
    _headers, body = read(confirmation)
    confirm_url = re.search(r"http://\S+/confirm/", body)[0]
    assert Alert.objects.get().confirmed_at is None

    phone.goto(confirm_url.replace("http://localhost", live_server.url))
    phone.get_by_role("button", name="Confirm my alert").click()
    phone.get_by_role("status").filter(has_text="Your alert is confirmed").wait_for()
    assert violations(phone) == []
    assert Alert.objects.get().confirmed_at is not None

    # A new offer that matches, and one that does not (land, not premises).
    publish(
        PremisesListingPageFactory(
            parent=world.cci,
            title="Atelier-boutique en centre-ville",
            commune=world.thiers,
            price=900,
            price_kind=PriceKind.MONTHLY_RENT,
        )
    )
    publish(
        LandListingPageFactory(
            parent=world.cma,
            title="Atelier agricole et terres",
            commune=world.ambert,
            kind=LandKind.AGRICULTURAL,
        )
    )
    call_command("send_alerts", "--frequency", "daily")  # the worker delivers after commit

    assert len(smtp.messages) == 2
    alert_mail = smtp.messages[1]
    assert alert_mail["to"] == [ADDRESS]
    headers, body = read(alert_mail)
    assert "Atelier-boutique en centre-ville" in body
    assert "Atelier agricole" not in body
    assert body.count("\n* ") == 1
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = re.fullmatch(r"<(http://\S+/unsubscribe/)>", headers["List-Unsubscribe"])[1]

    # The mail program's one click: a POST without cookie nor CSRF token (RFC 8058).
    server = urlsplit(live_server.url)
    connection = http.client.HTTPConnection(server.hostname, server.port, timeout=10)
    connection.request(
        "POST",
        urlsplit(unsubscribe_url).path,
        body="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert connection.getresponse().status == 200
    connection.close()
    assert not Alert.objects.exists()

    publish(
        PremisesListingPageFactory(
            parent=world.cci, title="Autre atelier à louer", commune=world.thiers
        )
    )
    call_command("send_alerts", "--frequency", "daily")
    assert len(smtp.messages) == 2
