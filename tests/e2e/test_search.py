"""Searching in a real browser: words, facets, sort, pages, a result and back; suggestions
while typing; and nothing in the way of anyone, with or without results."""

import re
from unittest import mock

import pytest

from search.engine import Search
from tests.builders import page_in

pytestmark = pytest.mark.browser


def result_titles(page):
    return page.locator(".results__list .card__title a").all_inner_texts()


def test_search_filter_sort_page_open_and_back(world, live_server, page):
    page.goto(live_server.url + world.home.url)
    page.locator("#header-search").fill("boutique")
    page.locator("#header-search").press("Enter")
    page.wait_for_url("**/fr/recherche/?q=boutique")
    assert result_titles(page) == ["Boutique sur la place"]

    # Every offer and service, then only premises and housing, then the largest first.
    page.locator('input[name="q"]').last.fill("")
    page.locator(".search__box button").click()
    page.wait_for_url(lambda url: "boutique" not in url)
    assert len(result_titles(page)) == 9
    page.get_by_role("checkbox", name=re.compile(r"^Local d'activité")).check()
    page.wait_for_url("**type=premises**")
    page.get_by_role("checkbox", name=re.compile(r"^Logement")).check()
    page.wait_for_url("**type=housing**")
    assert sorted(result_titles(page)) == ["Boutique sur la place", "Maison de bourg avec jardin"]
    # The order applies with its button: arrow keys in the list must not reload the page.
    page.get_by_label("Trier par").select_option("-surface")
    page.get_by_role("button", name="Trier", exact=True).click()
    page.wait_for_url("**sort=-surface**")
    largest_first = sorted([world.premises, world.housing], key=lambda offer: -offer.surface)
    assert result_titles(page) == [offer.title for offer in largest_first]

    # Removing a filter from the list of those applied.
    page.get_by_role("link", name="Retirer Type : Logement").click()
    page.wait_for_url(lambda url: "type=housing" not in url)
    assert result_titles(page) == ["Boutique sur la place"]

    # Pages of two: the second page, a result, and back to that same page.
    with mock.patch.object(Search, "page_size", 2):
        page.goto(live_server.url + "/fr/recherche/?sort=newest")
        page.get_by_role("link", name="Suivant").click()
        page.wait_for_url("**page=2**")
        second = result_titles(page)
        assert len(second) == 2
        page.get_by_role("link", name=second[0], exact=True).click()
        assert page.get_by_role("heading", level=1).inner_text() == second[0]
        page.go_back()
        page.wait_for_url("**page=2**")
        assert result_titles(page) == second


def test_suggestions_while_typing_lead_to_the_page(world, live_server, page):
    premises = page_in(world, "premises", "en")
    page.goto(live_server.url + page_in(world, "home", "en").url)
    page.locator("#header-search").press_sequentially("shop", delay=50)
    suggestion = page.locator(".suggestions a", has_text=premises.title)
    suggestion.wait_for()
    assert page.get_by_role("status").filter(has_text="suggestion").count() == 1
    page.locator("#header-search").press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{premises.url}")


def test_the_map_shows_places_but_never_a_confidential_offer(world, live_server, page):
    page.goto(live_server.url + "/fr/recherche/?type=premises&type=business&type=housing&view=map")
    page.locator("#results-map .leaflet-marker-icon").first.wait_for()
    markers = page.locator("#results-map .leaflet-marker-icon")
    titles = sorted(markers.evaluate_all("icons => icons.map(icon => icon.title)"))
    # The house has no point of its own: it stands at its commune's centre, when known.
    assert "Atelier de coutellerie à reprendre" not in titles
    assert "Boutique sur la place" in titles


def test_no_accessibility_violation_on_results(world, live_server, page):
    from axe_playwright_python.sync_playwright import Axe

    violations = []
    for query in [
        "q=boutique",
        "q=xylophone",
        "type=premises&type=housing&sort=price",
        "page=x&type=zz",
    ]:
        page.goto(f"{live_server.url}/fr/recherche/?{query}")
        results = Axe().run(page)
        violations += [
            f"{query}: {violation['id']}: {violation['help']} — "
            + "; ".join(node["target"][0] for node in violation["nodes"][:3])
            for violation in results.response["violations"]
        ]
    assert violations == []
