"""An offer on paper: the sheet a newcomer prints for a meeting holds its facts, the people to
talk to and the life around it, on two pages at most, in the reader's language."""

import re

import pytest

from tests.builders import page_in

pytestmark = pytest.mark.browser

PRINT = {"fr": "Imprimer cette fiche", "en": "Print this sheet", "nl": "Deze fiche afdrukken"}
ONLINE = {"fr": "Cette offre en ligne", "en": "This offer online", "nl": "Dit aanbod online"}


def pages_of(pdf):
    """The pages of a PDF as Chromium writes it: its page objects, as many as its page tree
    says it holds. A PDF whose pages this cannot read fails here rather than counting 0."""
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    counts = [int(count) for count in re.findall(rb"/Count\s+(\d+)", pdf)]
    assert counts and pages == max(counts) > 0, (pages, counts)
    return pages


def test_an_offer_prints_on_two_pages_at_most_with_what_a_newcomer_needs(world, live_server, page):
    for language in ("fr", "en", "nl"):
        offer = page_in(world, "business", language)
        page.goto(live_server.url + offer.url)
        button = page.get_by_role("button", name=PRINT[language])
        assert button.is_visible()

        page.emulate_media(media="print")
        for screen_only in (button, *map(page.locator, (".main-nav", ".interest form"))):
            assert screen_only.is_hidden()
        for kept in (".facts", ".contact", ".nearby", "h1"):
            assert page.locator(kept).is_visible(), kept
        address = page.locator(".sheet-address")
        assert ONLINE[language] in address.inner_text()
        assert offer.url in address.inner_text()
        # The workshop is announced without its town: the sheet does not name it either.
        assert "Celles" not in page.locator("body").inner_text()
        assert 1 <= pages_of(page.pdf(format="A4")) <= 2
        page.emulate_media(media="screen")
        assert address.is_hidden()
        # The same page printed as the screen shows it runs longer: the sheet is the stylesheet's.
        assert pages_of(page.pdf(format="A4")) > 2

    # Without a script, no button that does nothing.
    scriptless = page.context.browser.new_context(java_script_enabled=False)
    other = scriptless.new_page()
    other.goto(live_server.url + page_in(world, "business", "fr").url)
    assert other.get_by_role("button", name=PRINT["fr"]).count() == 0
    scriptless.close()
