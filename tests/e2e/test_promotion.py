"""The park's promotion in a real browser: a campaign, an event and its form, the figures view."""

import datetime

import pytest

from django.utils import timezone

from directory.permissions import give_coordinators
from enquiries.models import Enquiry
from promotion.factories import CampaignPageFactory, EventIndexPageFactory, EventPageFactory
from promotion.factories import TestimonialFactory as PortraitFactory
from promotion.models import EventRegistration
from tests.builders import publish
from tests.directory.test_permission_matrix import PASSWORD, make_user

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.ENQUIRY_MIN_FILL_SECONDS = 0


@pytest.fixture(scope="module")
def promotion(world):
    portrait = PortraitFactory(name="Anna et Joost", commune=world.thiers)
    portrait.structures.set([world.cci])
    portrait.save()
    campaign = CampaignPageFactory(parent=world.home, key="boutiques", rule_types=["premises"])
    campaign.testimonials.set([portrait])
    world.campaign = publish(campaign)
    calendar = publish(EventIndexPageFactory(parent=world.home))
    world.calendar = calendar
    world.event = publish(
        EventPageFactory(
            parent=calendar,
            title="Week-end d'immersion à Thiers",
            capacity=1,
            commune=world.thiers,
            programme=[("step", {"starts_at": datetime.time(9, 30), "title": "Accueil"})],
        )
    )
    publish(
        EventPageFactory(
            parent=calendar,
            title="Forum passé",
            starts_at=timezone.now() - datetime.timedelta(days=20),
            ends_at=timezone.now() - datetime.timedelta(days=19),
        )
    )
    home = world.home
    home.key_figures = ["received", "premises", "settled"]
    world.home = publish(home)
    return world


def violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} — "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
    ]


def test_no_accessibility_violation_on_the_campaign_event_and_calendar(
    promotion, live_server, page
):
    report = {}
    for url in (
        promotion.campaign.url,
        promotion.event.url,
        promotion.calendar.url,
        promotion.home.url,
    ):
        page.goto(live_server.url + url)
        found = violations(page)
        if found:
            report[url] = found
    # The form's errors too, as a newcomer sees them.
    page.goto(live_server.url + promotion.event.url)
    page.locator("#register button[type=submit]").click()
    page.wait_for_selector(".form-error")
    found = violations(page)
    if found:
        report["event form with errors"] = found
    assert report == {}


def test_no_accessibility_violation_on_the_figures_view(promotion, live_server, page):
    for kind, language, campaign in [
        ("take_over", "nl", "boutiques"),
        ("create", "en", ""),
        ("take_over", "fr", "boutiques"),
    ]:
        enquiry = Enquiry.objects.create(
            source="project",
            language=language,
            name="Personne fictive",
            email="personne@example.org",
            project_kind=kind,
            campaign=campaign,
            consent_version="test",
            consent_at=timezone.now(),
            technical_structure=promotion.cci,
        )
        enquiry.structures.add(promotion.cci)
        enquiry.wished_communities.add(promotion.thiers_cc)
    make_user("coordination", give_coordinators(promotion.home))
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "coordination")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    page.goto(live_server.url + "/admin/reports/network-figures/")
    assert page.locator(".figures-headline li").count() == 4
    assert page.locator("svg.figures-chart").count() >= 6
    assert violations(page) == []


def test_a_newcomer_registers_then_the_next_one_waits(promotion, live_server, page):
    page.goto(live_server.url + promotion.event.url)
    assert "1 place restante" in page.locator(".facts").inner_text()
    page.fill("#id_name", "Anna de Vries")
    page.fill("#id_email", "anna@example.nl")
    page.locator("#id_consent").check()
    page.locator("#register button[type=submit]").click()
    page.wait_for_url("**/inscriptions/merci/")
    assert "est confirmée" in page.locator("main").inner_text()

    page.goto(live_server.url + promotion.event.url)
    assert page.locator("#register-title").inner_text() == "Rejoindre la liste d'attente"
    page.fill("#id_name", "Tom Baker")
    page.fill("#id_email", "tom@example.co.uk")
    page.fill("#id_people", "2")
    page.locator("#id_consent").check()
    page.locator("#register button[type=submit]").click()
    page.wait_for_url("**/inscriptions/merci/")
    assert "liste d'attente" in page.locator("main").inner_text()
    assert dict(EventRegistration.objects.values_list("email", "status")) == {
        "anna@example.nl": "confirmed",
        "tom@example.co.uk": "waiting",
    }
