"""A newcomer's shortlist compared side by side, from the address that holds it: in the
reader's language, without what is gone, and saying what in the address is not an offer."""

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from listings.factories import HousingListingPageFactory, PremisesListingPageFactory
from tests.builders import TITLES, build_world, fresh, module_world, publish
from tests.enquiries.enquiry_world import url_in

pytestmark = pytest.mark.django_db

built_world = module_world(build_world)


@pytest.fixture
def world(built_world):
    return fresh(built_world)


def compared(client, language, ids):
    response = client.get(url_in(language, "shortlist"), {"ids": ids})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def columns(soup):
    return [th.get_text(" ", strip=True) for th in soup.select(".compare thead th")]


def row(soup, heading):
    for tr in soup.select(".compare tbody tr"):
        if tr.th and tr.th.get_text(strip=True) == heading:
            return [td.get_text(" ", strip=True) for td in tr.select("td")]
    raise AssertionError(heading)


def ids(*pages):
    return ",".join(str(page.pk) for page in pages)


def test_the_offers_of_a_shared_address_show_side_by_side_in_the_readers_language(client, world):
    # Kept from a French page and from a Dutch one, opened by an English reader.
    kept = ids(world.housing, world.translations["nl"]["premises"])
    soup = compared(client, "en", kept)
    assert columns(soup) == [TITLES["housing"][0], TITLES["premises"][0]]
    assert row(soup, "Type") == ["Housing", "Premises"]
    assert len(row(soup, "Price")) == 2
    # The address to share opens the same offers, whoever opens it.
    shared = soup.select_one("#share-url")["value"]
    assert columns(compared(client, "fr", shared.split("?ids=")[1])) == [
        world.housing.title,
        world.premises.title,
    ]
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"


def test_a_confidential_offer_is_compared_by_its_area_only(client, world):
    soup = compared(client, "fr", ids(world.business, world.premises))
    assert row(soup, "Localisation")[0] == world.thiers_cc.name
    assert "Celles" not in soup.get_text()


def test_offers_taken_or_withdrawn_since_are_left_out_and_counted(client, world):
    world.premises.availability = "taken"
    world.premises.save_revision().publish()
    world.land.unpublish()
    soup = compared(client, "fr", ids(world.housing, world.premises, world.land))
    assert columns(soup) == [world.housing.title]
    assert "2 offres gardées ici ne sont plus proposées" in soup.select_one(".notice").get_text()


@pytest.mark.parametrize(
    "address",
    [
        "abc,{housing}",
        "{housing},99999999999999999999",
        "-3,{housing}",
        "{housing},1;DROP TABLE",
        "{housing},٣",  # an Arabic-Indic digit
    ],
)
def test_what_is_not_an_offers_number_is_left_out_and_said(client, world, address):
    soup = compared(client, "en", address.format(housing=world.housing.pk))
    assert columns(soup) == [TITLES["housing"][0]]
    assert "not an offer's number" in soup.select_one(".notice").get_text()


def test_a_service_an_unknown_page_and_an_empty_address_compare_nothing(client, world):
    soup = compared(client, "en", ids(world.childcare) + ",999999")
    assert columns(soup) == []
    assert "2 offers kept here are no longer offered" in soup.get_text()
    empty = compared(client, "nl", "")
    assert "Keep in my shortlist" not in empty.get_text()
    assert empty.select_one(".compare") is None
    assert "Uw selectie is leeg" in empty.get_text()


def test_the_comparison_costs_the_same_queries_for_four_offers_as_for_twelve(client, world):
    # One query more for each type of offer shown (its own table), four at most.
    four = [world.housing, world.premises, world.land, world.business]
    more = [
        publish(factory(parent=world.cci, commune=world.thiers))
        for factory in (HousingListingPageFactory, PremisesListingPageFactory) * 4
    ]
    counts = []
    for kept in (ids(*four), ids(*four, *more)):
        client.get(url_in("fr", "shortlist"), {"ids": kept})  # what every page shows, kept
        with CaptureQueriesContext(connection) as queries:
            client.get(url_in("fr", "shortlist"), {"ids": kept})
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
