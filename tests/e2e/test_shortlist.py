"""A newcomer on a phone keeps two offers, compares them, removes one, and shares the
shortlist with someone who reads Dutch and keeps it in their own browser."""

import pytest

from tests.builders import TITLES, page_in

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def test_a_newcomer_keeps_compares_removes_and_shares_a_shortlist(world, live_server, browser):
    from axe_playwright_python.sync_playwright import Axe

    phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="fr-FR")
    phone.set_default_timeout(15_000)
    page = phone.new_page()
    header_link = page.locator("[data-shortlist-link] a")
    for name in ("housing", "premises", "land"):
        page.goto(live_server.url + page_in(world, name, "fr").url)
        keep = page.get_by_role("button", name="Garder dans ma sélection")
        assert keep.get_attribute("aria-pressed") == "false"
        keep.tap()
        assert keep.get_attribute("aria-pressed") == "true"
        assert page.get_by_role("status").filter(has_text="Gardée").count() == 1
    assert header_link.inner_text() == "Ma sélection (3)"

    header_link.tap()
    page.wait_for_url("**/ma-selection/?ids=*")
    titles = [page_in(world, name, "fr").title for name in ("housing", "premises", "land")]
    assert page.locator(".compare thead th").all_inner_texts() == titles
    # The table scrolls sideways inside its box; the page stays as wide as the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert Axe().run(page).response["violations"] == []

    page.get_by_role("button", name=f"Retirer « {titles[1]} » de ma sélection").tap()
    page.wait_for_function("document.querySelectorAll('.compare thead th').length === 2")
    assert page.locator(".compare thead th").all_inner_texts() == [titles[0], titles[2]]
    assert header_link.inner_text() == "Ma sélection (2)"
    shared = page.locator("#share-url").input_value()
    phone.close()

    # Someone else, in Dutch, opens the address they were sent: the same two offers.
    friend = browser.new_context(viewport=PHONE, locale="nl-NL")
    friend.set_default_timeout(15_000)
    other = friend.new_page()
    assert shared.startswith(live_server.url)
    other.goto(shared.replace("/fr/ma-selection/", "/nl/mijn-selectie/"))
    assert other.locator(".compare thead th").all_inner_texts() == [
        TITLES["housing"][1],
        TITLES["land"][1],
    ]
    assert other.locator("[data-shortlist-link]").is_hidden()  # nothing kept here yet
    other.get_by_role("button", name="Deze aanbiedingen in mijn selectie bewaren").click()
    assert other.locator("[data-shortlist-link] a").inner_text() == "Mijn selectie (2)"
    friend.close()
