"""The private links in a real browser, with their mail read from a real SMTP server: a
newcomer writes into their settling file from a phone, and a partner without an account
answers a hand-over."""

import email
import re

import pytest

from django.contrib.auth import get_user_model

from directory.permissions import give_structure_editors
from enquiries.models import EnquiryEvent, EntryKind, PartnerLink
from tests.e2e.test_enquiry import violations
from tests.enquiries.enquiry_world import build_enquiry_world
from tests.enquiries.link_world import link_to, path_of, receive
from tests.smtp import SMTPServer, free_port, smtp_mailers

pytestmark = pytest.mark.browser

PASSWORD = "un mot de passe pour les tests"
PHONE = {"width": 390, "height": 844}
URL = re.compile(r"https?://\S+")


@pytest.fixture(scope="module")
def world(chromium, live_server, shared_database):
    """The module's committed world: each test receives an enquiry of its own."""
    world = build_enquiry_world()
    world.cci_editor = get_user_model().objects.create_user("cci", "cci@example.org", PASSWORD)
    world.cci_editor.groups.add(give_structure_editors(world.cci))
    return world


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.ENQUIRY_RATE_LIMIT = "1000/h"


@pytest.fixture
def smtp(settings):
    port = free_port()
    settings.MAILERS = smtp_mailers(port)
    with SMTPServer(port) as recorder:
        yield recorder


def mail_to(recorder, address):
    """The text of the last message the SMTP server accepted for ``address``."""
    messages = [m for m in recorder.messages if address in m["to"]]
    assert messages, f"no mail for {address}: {recorder.recipients()}"
    message = email.message_from_bytes(messages[-1]["content"].encode())
    return message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")


def link_in(text, view_name, live_server):
    path = link_to(text, view_name)
    assert path, text
    return live_server.url + path


def log_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def test_a_newcomer_adds_a_message_to_their_file_that_the_referent_reads(
    world, live_server, smtp, browser
):
    enquiry = receive(world, listing=world.business, language="en")
    acknowledgement = mail_to(smtp, enquiry.email)
    file_url = link_in(acknowledgement, "settling_file", live_server)
    assert "/en/" in file_url

    phone = browser.new_context(locale="en-GB", viewport=PHONE, is_mobile=True).new_page()
    phone.set_default_timeout(15_000)
    phone.goto(file_url)
    assert phone.locator(".reference").first.inner_text() == enquiry.reference
    assert "Claire Dumas" in phone.locator("main").inner_text()
    # Readable on a phone: nothing wider than the screen.
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert violations(phone) == []

    phone.locator('textarea[name="message"]').fill("We can visit the workshop on 12 March.")
    phone.get_by_role("button", name="Add to my file").click()
    phone.wait_for_url("**?sent=message")
    timeline = phone.locator(".settling-file__timeline").inner_text()
    assert "We can visit the workshop on 12 March." in timeline
    assert violations(phone) == []
    phone.context.close()

    # The referent is told by mail, and reads the message in the enquiry's file in the admin.
    told = mail_to(smtp, world.referent.email)
    assert "We can visit the workshop on 12 March." in told
    admin = browser.new_context(locale="fr-FR").new_page()
    admin.set_default_timeout(15_000)
    log_in(admin, live_server, "cci")
    [address] = [url for url in URL.findall(told) if "/admin/network/enquiries/" in url]
    admin.goto(live_server.url + path_of(address))
    assert "We can visit the workshop on 12 March." in admin.locator(".timeline").inner_text()
    admin.context.close()


def test_a_partner_without_an_account_answers_a_hand_over(world, live_server, smtp, browser):
    enquiry = receive(world, listing=world.business, language="en")
    editor = browser.new_context(locale="fr-FR").new_page()
    editor.set_default_timeout(15_000)
    log_in(editor, live_server, "cci")
    editor.goto(f"{live_server.url}/admin/network/enquiries/inspect/{enquiry.pk}/")
    form = editor.locator("form.partner-handover")
    form.locator('[name="email"]').fill("jeanne.martin@banque.example.fr")
    form.locator('[name="name"]').fill("Jeanne Martin, Banque du Livradois")
    form.locator('[name="note"]').fill("Loan of 120 000 euros for the workshop's takeover.")
    form.locator('[name="language"]').select_option("fr")
    form.locator('button[type="submit"]').click()
    editor.wait_for_url(f"**/admin/network/enquiries/inspect/{enquiry.pk}/")
    assert PartnerLink.objects.filter(enquiry=enquiry).count() == 1

    handover = mail_to(smtp, "jeanne.martin@banque.example.fr")
    partner = browser.new_context(locale="fr-FR", viewport=PHONE, is_mobile=True).new_page()
    partner.set_default_timeout(15_000)
    partner.goto(link_in(handover, "partner_link", live_server))
    assert "Loan of 120 000 euros" in partner.locator(".partner-link__note").inner_text()
    assert enquiry.email not in partner.locator("main").inner_text()
    assert violations(partner) == []
    partner.locator('[name="answer"][value="accepted"]').check()
    partner.locator('textarea[name="note"]').fill("Appointment with the newcomer on 3 May.")
    partner.locator("form.partner-link__form button[type=submit]").click()
    partner.wait_for_url("**?sent=answer")
    assert partner.locator(".partner-link__answer").is_visible()
    partner.context.close()

    answer = EnquiryEvent.objects.get(enquiry=enquiry, kind=EntryKind.PARTNER_ANSWER)
    assert answer.author_name == "Jeanne Martin, Banque du Livradois"
    editor.reload()
    timeline = editor.locator(".timeline").inner_text()
    assert "Appointment with the newcomer on 3 May." in timeline
    assert "Jeanne Martin, Banque du Livradois" in timeline
    editor.context.close()
