"""A Dutch or English reader clicks through the whole site and never lands in French menus."""

from urllib.parse import urlsplit

import pytest

from foundation.models import PortalSettings
from tests.builders import PAGE_TYPES, build_partly_translated_world, version_in

pytestmark = pytest.mark.browser

# Links a reader follows: the menus, the page, the footer; not the language switcher.
FOLLOWED = ".main-nav a[href^='/'], main a[href^='/'], footer a[href^='/']"
OTHER_LANGUAGES = {"en": ("/fr/", "/nl/"), "nl": ("/fr/", "/en/")}


@pytest.fixture(scope="module")
def world(chromium, live_server, shared_database):
    world = build_partly_translated_world()
    # The legal notice is linked from every page's footer.
    portal = PortalSettings.for_site(world.site)
    portal.legal_notice_page = world.standard
    portal.save()
    return world


def hrefs(page, selector, visible=False):
    """The links of ``selector``; with ``visible``, those a reader sees (the shortlist's link
    stays hidden while the shortlist is empty)."""
    script = (
        "links => links.filter(l => !SEEN || l.checkVisibility()).map(l => l.getAttribute('href'))"
    )
    return page.eval_on_selector_all(selector, script.replace("SEEN", str(visible).lower()))


def assert_in_readers_language(page, language, url):
    assert page.locator("html").get_attribute("lang") == language, url
    menu = hrefs(page, ".main-nav a")
    assert menu and all(href.startswith(f"/{language}/") for href in menu), (url, menu)
    links = hrefs(page, FOLLOWED)
    strays = [href for href in links if href.startswith(OTHER_LANGUAGES[language])]
    assert not strays, (url, strays)


def test_clicking_from_the_home_page_reaches_every_kind_of_page_in_its_language(
    world, live_server, page
):
    for language in ("nl", "en"):
        reached = crawl(page, live_server.url, language)
        for name in PAGE_TYPES:
            assert version_in(world, name, language).url in reached, (language, name)


def crawl(page, base, language):
    """Every page a reader reaches by clicking from the home page of ``language``."""
    start = f"/{language}/"
    page.goto(base + start)
    seen, queue, reached = {start}, [start], {start}
    while queue:
        url = queue.pop(0)
        if urlsplit(page.url).path != url:
            page.goto(base + url)
        for href in hrefs(page, FOLLOWED, visible=True):
            path = urlsplit(href).path
            if path in seen or not path.startswith(f"/{language}/"):
                continue
            seen.add(path)
            # Clicked, as a reader would, from the page that shows the link.
            page.locator(f'a[href="{href}"]').first.click()
            page.wait_for_url(f"**{path}*")
            assert_in_readers_language(page, language, path)
            reached.add(path)
            queue.append(path)
            page.go_back()
            page.wait_for_url(f"**{url}*")
    return reached
