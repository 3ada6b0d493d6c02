"""A newcomer on a phone presents a project, and an offer's "I am interested" form works."""

import re

import pytest

from enquiries.models import Enquiry
from tests.enquiries.enquiry_world import build_enquiry_world

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def world(chromium, live_server, shared_database):
    return build_enquiry_world()


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.ENQUIRY_MIN_FILL_SECONDS = 0
    settings.ENQUIRY_RATE_LIMIT = "1000/h"


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="fr-FR", viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']}: " + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
    ]


def test_a_newcomer_presents_a_project_from_a_phone(world, live_server, phone):
    # The site is in French only here: the French words are the ones a newcomer reads.
    phone.goto(live_server.url + "/fr/")
    phone.get_by_role("link", name="Présenter mon projet").first.click()
    phone.wait_for_url("**/fr/presenter-mon-projet/")
    assert violations(phone) == []

    # Sent nearly empty: the errors are listed, linked to their fields, nothing is lost.
    name = phone.get_by_label("Votre nom")
    name.fill("Anna de Vries")
    phone.get_by_role("button", name="Envoyer mon projet").click()
    problem = phone.locator("#form-problem")
    problem.wait_for()
    assert "Corrigez" in problem.inner_text()
    problem.get_by_role("link").first.click()
    assert phone.get_by_label("Votre nom").input_value() == "Anna de Vries"
    assert violations(phone) == []

    phone.get_by_label("Votre e-mail").fill("anna.devries@example.nl")
    phone.locator('[name="project_kind"][value="take_over"]').check()
    phone.locator('[name="sector"]').select_option("crafts")
    phone.locator('textarea[name="description"]').fill("Une boulangerie, avec mon compagnon.")
    phone.get_by_label(world.thiers_cc.name).check()
    phone.locator('[name="needs"][value="housing"]').check()
    phone.locator('[name="consent"]').check()
    phone.get_by_role("button", name="Envoyer mon projet").click()

    phone.wait_for_url("**/fr/presenter-mon-projet/merci/")
    enquiry = Enquiry.objects.get(email="anna.devries@example.nl")
    assert phone.locator(".reference").inner_text() == enquiry.reference
    assert re.search(r"sous 5 jours ouvrés", phone.locator("main").inner_text())
    assert enquiry.needs == ["housing"]
    assert violations(phone) == []


def test_i_am_interested_on_an_offer(world, live_server, phone):
    phone.goto(live_server.url + world.premises.url)
    form = phone.locator(".interest form")
    form.locator('[name="name"]').fill("Tom Baker")
    form.locator('[name="email"]').fill("tom.baker@example.co.uk")
    form.locator('[name="description"]').fill("Could we visit in March?")
    form.locator('[name="consent"]').check()
    form.locator('button[type="submit"]').click()
    phone.wait_for_url("**/presenter-mon-projet/merci/")
    enquiry = Enquiry.objects.get(email="tom.baker@example.co.uk")
    assert enquiry.listing_id == world.premises.pk
    assert phone.locator(".reference").inner_text() == enquiry.reference
