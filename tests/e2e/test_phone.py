"""On a phone: no page wider than the screen, and the results before the filters."""

import pytest

from django.urls import reverse
from django.utils import translation

from foundation.locale_trees import synchronise_languages
from promotion.factories import CampaignPageFactory, EventIndexPageFactory, EventPageFactory
from tests.builders import PAGE_TYPES, build_partly_translated_world, publish, version_in

pytestmark = pytest.mark.browser

NARROWEST = {"width": 320, "height": 640}
PHONE = {"width": 390, "height": 844}
LANGUAGES = ("fr", "en", "nl")
# The indexes whose results show as a map too.
MAP_VIEWS = ("listing_index", "service_index")


@pytest.fixture(scope="module")
def world(chromium, live_server, shared_database):
    """The partly translated world, with a campaign and an event: every public page type,
    translated or served in French under the other languages."""
    world = build_partly_translated_world()
    world.campaign = publish(
        CampaignPageFactory(parent=world.home, key="boutiques", rule_types=["premises"])
    )
    world.calendar = publish(EventIndexPageFactory(parent=world.home))
    world.event = publish(
        EventPageFactory(
            parent=world.calendar,
            title="Kennismakingsweekend en week-end d'immersion à Saint-Rémy-sur-Durolle",
            commune=world.thiers,
        )
    )
    synchronise_languages()
    return world


def addresses(world, language):
    names = [*PAGE_TYPES, "campaign", "calendar", "event"]
    with translation.override(language):
        forms = [reverse("search") + "?q=boutique", reverse("present_project")]
    maps = [version_in(world, name, language).url + "?view=map" for name in MAP_VIEWS]
    return [version_in(world, name, language).url for name in names] + forms + maps


def context(browser, viewport):
    context = browser.new_context(viewport=viewport, is_mobile=True, has_touch=True)
    context.set_default_timeout(15_000)
    return context


def test_no_page_is_wider_than_the_narrowest_phone(world, live_server, browser):
    phone = context(browser, NARROWEST)
    page = phone.new_page()
    wide = []
    for language in LANGUAGES:
        for address in addresses(world, language):
            page.goto(live_server.url + address)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > NARROWEST["width"]:
                wide.append((address, width))
    phone.close()
    assert wide == []


def test_the_results_come_before_the_filters_on_a_phone_not_on_a_wide_screen(
    world, live_server, browser, page
):
    phone = context(browser, PHONE)
    on_phone = phone.new_page()
    with translation.override("nl"):
        address = f"{live_server.url}{reverse('search')}?q=boutique&type=premises"
    on_phone.goto(address)
    # Folded, saying how many filters apply; the first result shows without scrolling.
    assert on_phone.locator("details.facets").get_attribute("open") is None
    assert on_phone.locator(".facets > summary").inner_text() == "Filters (1 toegepast)"
    assert on_phone.locator('input[name="type"]').first.is_hidden()
    first_result = on_phone.locator(".results__list .card").first.bounding_box()
    assert first_result["y"] < PHONE["height"]
    on_phone.locator(".facets > summary").click()
    assert on_phone.locator('input[name="type"]').first.is_visible()
    phone.close()
    # On a wide screen the same page shows its filters beside the results.
    page.goto(address)
    assert page.locator('input[name="type"]').first.is_visible()
