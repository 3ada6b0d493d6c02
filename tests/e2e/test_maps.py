"""Maps in a real browser: a newcomer on a phone finds an offer on the map and opens it; the
markers answer the keyboard; nothing in the way of anyone; without JavaScript, the list."""

import pytest

from tests.builders import page_in

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# The view switch's link to the map, in each language.
MAP_LINK = {"fr": "carte", "en": "a map", "nl": "kaart"}


def patient(context):
    """The contexts' own timeout, as the shared page fixture sets it (the map tiles are
    refused by every context: tests/e2e/conftest.py)."""
    context.set_default_timeout(15_000)
    return context


def test_a_newcomer_on_a_phone_finds_an_offer_on_the_map_and_opens_it(world, live_server, browser):
    phone = patient(browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True))
    page = phone.new_page()
    for language in ("fr", "en", "nl"):
        shop = page_in(world, "premises", language)
        page.goto(live_server.url + page_in(world, "listing_index", language).url)
        page.get_by_role("link", name=MAP_LINK[language], exact=True).tap()
        page.wait_for_url("**view=map")
        marker = page.locator(f'#results-map .leaflet-marker-icon[title="{shop.title}"]')
        marker.tap()
        page.locator(".leaflet-popup").get_by_role("link", name=shop.title).tap()
        page.wait_for_url(f"**{shop.url}")
        assert page.get_by_role("heading", level=1).inner_text() == shop.title
        # The offer's own map, drawn when the reader scrolls to it: the offer, and the nursery
        # of its town around it.
        page.locator("#offer-map").scroll_into_view_if_needed()
        page.locator("#offer-map .leaflet-marker-icon.marker--highlighted").wait_for()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.close()

    # Without JavaScript, the map view is the list, and nothing offers a map.
    scriptless = patient(browser.new_context(viewport=PHONE, java_script_enabled=False))
    page = scriptless.new_page()
    page.goto(live_server.url + page_in(world, "listing_index", "en").url + "?view=map")
    assert page.locator(".results__list .result-card").count() == 4
    assert page.locator("#results-map").is_hidden()
    assert page.locator(".view-switch").is_hidden()
    scriptless.close()


def test_markers_answer_the_keyboard_and_the_maps_stand_in_no_ones_way(
    world, live_server, browser
):
    from axe_playwright_python.sync_playwright import Axe

    desktop = patient(browser.new_context(viewport={"width": 1280, "height": 900}))
    page = desktop.new_page()
    shop = page_in(world, "premises", "nl")
    page.goto(live_server.url + page_in(world, "listing_index", "nl").url + "?view=map")
    marker = page.locator(f'#results-map .leaflet-marker-icon[title="{shop.title}"]')
    # A marker is in the tab order, and named by its text alternative.
    assert marker.get_attribute("tabindex") == "0"
    assert marker.get_attribute("alt") == shop.title
    marker.focus()
    page.keyboard.press("Enter")
    popup_link = page.locator(".leaflet-popup").get_by_role("link", name=shop.title)
    popup_link.wait_for()
    assert page.evaluate("document.activeElement.textContent") == shop.title
    # Leaflet's controls speak the reader's language; the map credits its sources.
    assert page.locator(".leaflet-popup-close-button").get_attribute("aria-label") == "Sluiten"
    assert page.locator(".leaflet-control-zoom-in").get_attribute("title") == "Inzoomen"
    credits = page.locator(".leaflet-control-attribution")
    assert credits.get_by_role("link", name="OpenStreetMap-bijdragers").count() == 1
    assert "GeoNames (CC BY 4.0)" in credits.inner_text()
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.title") == shop.title
    marker.focus()
    page.keyboard.press("Enter")
    popup_link.wait_for()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{shop.url}")

    addresses = [
        page_in(world, "listing_index", "fr").url + "?view=map",
        page_in(world, "service_index", "en").url + "?view=map",
        page_in(world, "premises", "nl").url,
        page_in(world, "area", "fr").url,
    ]
    violations = []
    for address in addresses:
        page.goto(live_server.url + address)
        page.locator(".map").first.scroll_into_view_if_needed()
        page.locator(".map .leaflet-marker-icon").first.wait_for()
        for violation in Axe().run(page).response["violations"]:
            targets = "; ".join(node["target"][0] for node in violation["nodes"][:3])
            violations.append(f"{address}: {violation['id']} ({targets})")
    desktop.close()
    assert violations == []
