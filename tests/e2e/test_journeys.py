"""A newcomer in a real browser: from the home page to an offer, and nothing blocks anyone."""

import pytest

from tests.builders import LANGUAGES, PAGE_TYPES, page_in

pytestmark = pytest.mark.browser


def test_newcomer_goes_from_home_to_a_listing_by_clicking(world, live_server, page):
    # In each language, on one world: building one costs more than the journey.
    for language in LANGUAGES:
        home = page_in(world, "home", language)
        index = page_in(world, "listing_index", language)
        housing = page_in(world, "housing", language)

        page.goto(live_server.url + home.url)
        assert page.locator("html").get_attribute("lang") == language
        page.locator(f'main a[href="{index.url}"]').first.click()
        page.wait_for_url(f"**{index.url}")
        assert page.get_by_role("heading", level=1).inner_text() == index.title

        page.get_by_role("link", name=housing.title, exact=True).click()
        page.wait_for_url(f"**{housing.url}")
        assert page.get_by_role("heading", level=1).inner_text() == housing.title
        assert page.locator("html").get_attribute("lang") == language
        assert page.title().startswith(housing.title)


def test_newcomer_switches_language_on_a_listing(world, live_server, page):
    page.goto(live_server.url + world.premises.url)
    for language in ("nl", "en", "fr"):
        page.locator(f'.language-switcher a[hreflang="{language}"]').click()
        translated = page_in(world, "premises", language)
        page.wait_for_url(f"**{translated.url}")
        assert page.get_by_role("heading", level=1).inner_text() == translated.title
        assert page.locator("html").get_attribute("lang") == language


def test_filtering_the_index_by_type_in_the_browser(world, live_server, page):
    index = page_in(world, "listing_index", "en")
    page.goto(live_server.url + index.url)
    # Ticking a facet applies it at once.
    page.get_by_role("checkbox", name="Land").check()
    page.wait_for_url("**type=land**")
    titles = page.locator(".results__list .card__title a").all_inner_texts()
    assert titles == [page_in(world, "land", "en").title]


def test_no_accessibility_violation_on_any_page_type(world, live_server, page):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    pages = [(name, "fr") for name in PAGE_TYPES]
    pages += [(name, language) for language in ("en", "nl") for name in ("home", "business")]
    report = {}
    for name, language in pages:
        url = page_in(world, name, language).url
        page.goto(live_server.url + url)
        results = axe.run(page)
        if results.violations_count:
            report[f"{name} ({url})"] = [
                f"{violation['id']}: {violation['help']} — "
                + "; ".join(node["target"][0] for node in violation["nodes"][:3])
                for violation in results.response["violations"]
            ]
    assert report == {}
