"""Open data: the public offers and services in JSON, GeoJSON and CSV, read as a reuser reads
them (validated against the schemas the portal publishes, the CSV with the csv module), and
the Atom feed of new offers as a feed reader reads it. The confidential workshop's commune is
in none of them."""

import csv
import datetime
import io
import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from foundation.factories import PortalImageFactory
from listings.confidentiality import PlaceNames
from listings.factories import (
    BusinessListingPageFactory,
    HousingListingPageFactory,
    LandListingPageFactory,
    PremisesListingPageFactory,
)
from listings.models import LISTING_PAGE_MODELS
from listings.open_data import EXAMPLE
from tests.builders import LANGUAGES, TITLES, build_world, fresh, module_world, publish
from tests.enquiries.enquiry_world import url_in

pytestmark = pytest.mark.django_db

API = "/api/open/v1"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OFFER_NAMES = ("business", "premises", "land", "housing")
# The workshop's point and its commune's centre, as JSON writes them.
CELLES_POINTS = re.compile(r"45\.857|45\.858|3\.634|3\.635")

built_world = module_world(build_world)


@pytest.fixture
def world(built_world):
    return fresh(built_world)


def read(client, path, headers=None, **parameters):
    response = client.get(path, parameters, headers=headers)
    assert response.status_code == 200, (path, response.content[:300])
    return response


def records(client, dataset="offers", **parameters):
    return read(client, f"{API}/{dataset}.json", **parameters).json()["results"]


def by_title(results):
    return {record["title"]: record for record in results}


def validator(client, document):
    """A validator of ``document``'s published schema, which finds the schemas it refers to
    at their addresses on the portal, as any validator given the schema's address would."""

    def retrieve(uri):
        return Resource.from_contents(read(client, urlsplit(uri).path).json())

    schema = client.get(urlsplit(document["schema"]).path).json()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(
        schema,
        registry=Registry(retrieve=retrieve),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def assert_valid(client, document):
    errors = [error.message for error in validator(client, document).iter_errors(document)]
    assert not errors, errors[:3]


def assert_rfc_7946(collection):
    """The structure RFC 7946 gives a FeatureCollection of points, checked by hand."""
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert {"geometry", "properties"} <= set(feature)
        geometry = feature["geometry"]
        if geometry is not None:
            assert geometry["type"] == "Point"
            longitude, latitude = geometry["coordinates"]
            assert -180 <= longitude <= 180 and -90 <= latitude <= 90


def test_offers_in_json_follow_their_schema_with_the_french_administrative_codes(client, world):
    response = read(client, f"{API}/offers.json")
    assert response["Content-Type"] == "application/json"
    document = response.json()
    assert_valid(client, document)
    assert document["count"] == 4
    assert document["licence"]["name"] == "Licence Ouverte / Open Licence 2.0"
    shop = by_title(document["results"])[world.premises.title]
    assert shop["type"] == "premises"
    assert shop["id"] == str(world.premises.translation_key)
    assert shop["url"] == world.premises.full_url
    assert (shop["commune"], shop["commune_insee"], shop["postcodes"]) == (
        "Thiers",
        "63430",
        ["63300"],
    )
    assert (shop["community_siren"], shop["department_code"]) == ("200070712", "63")
    assert (shop["latitude"], shop["longitude"], shop["located_at"]) == (
        45.8561,
        3.5477,
        "offer",
    )
    assert (shop["price"], shop["price_kind"], shop["surface"]) == (1250, "monthly_rent", 85)
    # The house has no point of its own: its commune's centre, and it says so.
    house = by_title(document["results"])[world.housing.title]
    assert (house["latitude"], house["located_at"]) == (world.thiers.latitude, "commune")
    assert house["energy_class"] == "F"


def test_offers_in_geojson_are_an_rfc_7946_feature_collection(client, world):
    response = read(client, f"{API}/offers.geojson")
    assert response["Content-Type"] == "application/geo+json"
    collection = response.json()
    assert_valid(client, collection)
    assert_rfc_7946(collection)
    features = {feature["properties"]["title"]: feature for feature in collection["features"]}
    assert len(features) == 4
    # Longitude first, as RFC 7946 says.
    assert features[world.premises.title]["geometry"] == {
        "type": "Point",
        "coordinates": [3.5477, 45.8561],
    }
    assert features[world.business.title]["geometry"] is None
    assert features[world.land.title]["properties"]["community_siren"] == "200070761"


def test_services_follow_their_schemas_in_json_and_geojson(client, world):
    document = read(client, f"{API}/services.json").json()
    assert_valid(client, document)
    services = by_title(document["results"])
    assert set(services) == {world.childcare.title, world.broadband.title}
    nursery = services[world.childcare.title]
    assert (nursery["category"], nursery["commune_insee"]) == ("childcare", "63430")
    # Broadband covers the whole community: no commune, no point.
    fibre = services[world.broadband.title]
    assert (fibre["commune"], fibre["latitude"], fibre["community_siren"]) == (
        None,
        None,
        "200070712",
    )
    collection = read(client, f"{API}/services.geojson").json()
    assert_valid(client, collection)
    assert_rfc_7946(collection)


@pytest.mark.parametrize("dataset", ["offers", "services"])
def test_the_csv_reads_back_with_the_csv_module_as_the_json_says(client, world, dataset):
    response = read(client, f"{API}/{dataset}.csv")
    assert response["Content-Type"].startswith("text/csv; charset=utf-8")
    assert response["Content-Disposition"] == f'attachment; filename="{dataset}.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    results = records(client, dataset)
    assert [row["id"] for row in rows] == [record["id"] for record in results]
    for row, record in zip(rows, results, strict=True):
        assert list(row) == list(record)
        for column, value in record.items():
            expected = " ".join(value) if isinstance(value, list) else value
            assert row[column] == ("" if expected is None else str(expected)), column


def test_a_confidential_offer_gives_its_area_only_in_every_format_and_language(client, world):
    # Its French photo uploaded under the commune's name: its address names nothing.
    photo = PortalImageFactory(file__filename="celles-sur-durolle.jpg")
    world.business.gallery = [("photo", {"image": photo, "alt_text": "L'établi"})]
    publish(world.business)
    for language in LANGUAGES:
        record = by_title(records(client, language=language))[
            world.business.title
            if language == "fr"
            else world.translations[language]["business"].title
        ]
        assert record["community"] == "CC Thiers Dore et Montagne"
        assert record["community_siren"] == "200070712"
        for field in ("commune", "commune_insee", "department_code", "latitude", "longitude"):
            assert record[field] is None, field
        assert record["postcodes"] == []
        # Its photo is shown, under a name that says nothing.
        assert record["photo"].startswith("http://testserver/media/images/")
    rendition = photo.get_rendition("fill-960x640|format-jpeg")
    assert by_title(records(client))[world.business.title]["photo"].endswith(rendition.url)
    names = PlaceNames(world.celles)
    for dataset in ("offers", "services"):
        for extension in ("json", "geojson", "csv"):
            for language in LANGUAGES:
                text = read(client, f"{API}/{dataset}.{extension}", language=language).content
                text = text.decode()
                assert not names.found_in(text), (dataset, extension, language)
                assert not CELLES_POINTS.search(text), (dataset, extension, language)
                assert "durolle" not in text.casefold()
    # Nor in the Atom feed, nor on the page that documents the data.
    for language in LANGUAGES:
        for name in ("offers_feed", "open_data"):
            text = read(client, url_in(language, name)).content.decode()
            assert not names.found_in(text), (name, language)
            assert not CELLES_POINTS.search(text), (name, language)


@pytest.mark.parametrize(
    ("path", "query", "said"),
    [
        ("offers.json", "type=castle", "type: one or more of business, premises, land, housing"),
        ("offers.geojson", "type=", "type: one or more of"),
        ("offers.csv", "type=land&type=housing", "type: give it once"),
        ("services.json", "category=business", "category: one or more of childcare"),
        ("offers.json", "area=2000707", "area: the SIREN code"),
        ("services.csv", "area=CC-Thiers", "area: the SIREN code"),
        ("offers.json", "changed_since=yesterday", "changed_since: a date"),
        ("offers.json", "changed_since=2026-13-01", "changed_since: a date"),
        ("offers.json", "changed_since=9999-12-31T23:59:59-14:00", "changed_since: a date"),
        ("offers.json", "page=0", "page: a whole number from 1 to 100000"),
        ("offers.json", "page=99999999999999999999", "page: a whole number"),
        ("offers.csv", f"page={'9' * 5000}", "page: a whole number"),
        ("offers.geojson", "per_page=501", "per_page: a whole number from 1 to 500"),
        ("offers.json", "per_page=%EF%BC%91", "per_page: a whole number"),
        ("services.json", "language=de", "language: one of fr, en, nl"),
        ("offers.json", "colour=red", "colour is not a parameter of this list"),
    ],
)
def test_a_wrong_value_is_answered_400_with_what_to_send(client, world, path, query, said):
    response = client.get(f"{API}/{path}?{query}", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert said in response.json()["message"]
    assert response["Access-Control-Allow-Origin"] == "*"


def test_an_unknown_list_or_format_is_not_found(client, world):
    for path in (
        "listings.json",
        "offers.xml",
        "offers.json.gz",
        "schema/settings.py",
        "schema/..%2Fpages.py",
    ):
        assert client.get(f"{API}/{path}").status_code == 404, path
    assert client.post(f"{API}/offers.json").status_code == 405


def test_filters_by_type_area_date_of_change_and_language(client, world):
    def titles(dataset="offers", **parameters):
        return set(by_title(records(client, dataset, **parameters)))

    assert titles(type="land") == {world.land.title}
    assert titles(type="business,premises") == {world.business.title, world.premises.title}
    assert titles(area="200070761") == {world.land.title}
    assert titles(area="200070712", type="land") == set()
    assert titles("services", category="broadband") == {world.broadband.title}
    assert titles("services", area="200070761") == set()

    later = timezone.now() + datetime.timedelta(days=30)
    land = publish(world.land)
    type(land).objects.filter(pk=land.pk).update(last_published_at=later)
    assert titles(changed_since=(later - datetime.timedelta(days=1)).date().isoformat()) == {
        world.land.title
    }
    assert titles(changed_since=later.isoformat()) == {world.land.title}
    # The "+" of an offset left unencoded, as a space, is still the offset.
    offset = later.astimezone(datetime.timezone(datetime.timedelta(hours=2)))
    assert titles(changed_since=offset.isoformat().replace("+", " ")) == {world.land.title}
    assert titles(changed_since=(later + datetime.timedelta(minutes=1)).isoformat()) == set()

    # In English; the house, whose translation is withdrawn, in French meanwhile.
    world.translations["en"]["housing"].unpublish()
    response = read(client, f"{API}/offers.json", language="en", headers={"accept-language": "nl"})
    assert response["Content-Language"] == "en"
    english = by_title(response.json()["results"])
    assert set(english) == {*(TITLES[name][0] for name in OFFER_NAMES[:3]), world.housing.title}
    assert english[world.housing.title]["language"] == "fr"
    assert english[TITLES["land"][0]]["language"] == "en"
    assert english[TITLES["land"][0]]["id"] == str(world.land.translation_key)
    # An offer not translated yet stands in English as an alias of its French page: French.
    new = publish(HousingListingPageFactory(parent=world.cci, title="Gîte à reprendre"))
    new.copy_for_translation(world.locales["en"], alias=True)  # as foundation.locale_trees
    housing = records(client, language="en", type="housing")
    alias = by_title(housing)[new.title]
    assert (alias["language"], alias["url"]) == ("fr", f"http://localhost/en{new.url[3:]}")
    assert len(housing) == 2


def test_pages_of_results_link_to_each_other(client, world):
    first = read(client, f"{API}/offers.json", per_page=3, type="business,premises,land,housing")
    document = first.json()
    assert (document["count"], len(document["results"]), document["previous"]) == (4, 3, None)
    assert f'<{document["next"]}>; rel="next"' in first["Link"]
    second = read(client, urlsplit(document["next"]).path + "?" + urlsplit(document["next"]).query)
    rest = second.json()
    assert (rest["page"], len(rest["results"]), rest["next"]) == (2, 1, None)
    assert 'rel="prev"' in second["Link"] and 'rel="next"' not in second["Link"]
    seen = [record["id"] for record in document["results"] + rest["results"]]
    assert len(set(seen)) == 4
    # Past the last page: nothing, and the way back to the last one.
    beyond = read(client, f"{API}/offers.geojson", per_page=3, page=7).json()
    assert beyond["features"] == []
    assert "page=2" in beyond["previous"]


def test_answers_may_be_kept_by_anyone_and_say_their_licence(client, world):
    response = read(client, f"{API}/offers.csv")
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["Access-Control-Allow-Origin"] == "*"
    licence = '<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel="license"'
    assert licence in response["Link"]
    assert response["ETag"]
    unchanged = client.get(f"{API}/offers.csv", HTTP_IF_NONE_MATCH=response["ETag"])
    assert unchanged.status_code == 304
    assert unchanged.content == b""
    assert unchanged["Access-Control-Allow-Origin"] == "*"
    # A change makes another answer, with another ETag.
    world.land.availability = "taken"
    publish(world.land)
    changed = client.get(f"{API}/offers.csv", HTTP_IF_NONE_MATCH=response["ETag"])
    assert changed.status_code == 200
    assert world.land.title not in changed.content.decode()
    json_answer = read(client, f"{API}/offers.json")
    schema = json_answer.json()["schema"]
    assert f'<{schema}>; rel="describedby"' in json_answer["Link"]
    assert schema == "http://testserver/api/open/v1/schema/offers.json"


def test_the_published_schemas_name_themselves_and_the_example_follows_them(client, world):
    for name in ("common", "offers", "offers.geojson", "services", "services.geojson"):
        response = read(client, f"{API}/schema/{name}.json")
        assert response["Content-Type"] == "application/schema+json"
        assert response["Access-Control-Allow-Origin"] == "*"
        schema = response.json()
        assert schema["$id"] == f"http://testserver{API}/schema/{name}.json"
        Draft202012Validator.check_schema(schema)
    example = {**EXAMPLE, "schema": f"http://testserver{API}/schema/offers.json"}
    assert_valid(client, example)
    # A record without its place, or with a field of its own, is refused.
    broken = {**example, "results": [{**example["results"][0], "colour": "red"}]}
    assert list(validator(client, broken).iter_errors(broken))
    del broken["results"][0]["colour"]
    del broken["results"][0]["commune_insee"]
    assert list(validator(client, broken).iter_errors(broken))


def test_a_page_of_results_costs_the_same_queries_whatever_its_size(client, world):
    photo = PortalImageFactory()
    factories = [
        BusinessListingPageFactory,
        PremisesListingPageFactory,
        LandListingPageFactory,
        HousingListingPageFactory,
    ]
    for index in range(8):
        publish(
            factories[index % 4](
                parent=world.cci,
                title=f"Offre {index}",
                commune=world.thiers,
                gallery__0__photo__image=photo,
                gallery__0__photo__alt_text="La vitrine",
            )
        )
    counts = {}
    for per_page in (4, 12):
        url = f"{API}/offers.geojson?per_page={per_page}&language=en"
        read(client, url)  # the photos' renditions are made once, by the first answer
        with CaptureQueriesContext(connection) as queries:
            collection = read(client, url).json()
        assert len(collection["features"]) == per_page
        assert {f["properties"]["type"] for f in collection["features"]} == {
            model.listing_type for model in LISTING_PAGE_MODELS
        }
        counts[per_page] = len(queries)
    assert counts[4] == counts[12]
    # The language, the view restrictions, the count, the page's rows and each type's, their
    # communes and communities, photos and renditions, and their languages.
    assert counts == {4: 12, 12: 12}
    # Services: the language, the view restrictions, the count, the page with its places.
    for per_page in (1, 2):
        url = f"{API}/services.csv?per_page={per_page}"
        with CaptureQueriesContext(connection) as queries:
            assert len(read(client, url).content.decode().splitlines()) == 1 + per_page
        assert len(queries) == 4, per_page


def test_the_documentation_page_is_in_the_footer_and_its_addresses_answer(client, world):
    home = BeautifulSoup(read(client, world.translations["en"]["home"].url).content, "html.parser")
    link = home.select_one(".site-footer a[href$='/open-data/']")
    assert link.get_text(strip=True) == "Open data"
    page = BeautifulSoup(read(client, link["href"]).content, "html.parser")
    assert page.select_one("h1").get_text() == "Open data"
    assert page.select_one("a[rel=license]")["href"].startswith("https://www.etalab.gouv.fr/")
    addresses = {a["href"] for a in page.select("a[href*='/api/open/v1/']")}
    assert len(addresses) == 10  # two lists in three formats, and four schemas
    for address in addresses:
        read(client, urlsplit(address).path)
    examples = page.select("pre code")[0].get_text()
    assert "curl 'http://testserver/api/open/v1/offers.json?type=business,premises&" in examples
    assert re.search(r"offers.geojson\?area=2000707(12|61)'", examples)


def test_the_atom_feed_gives_new_offers_in_the_readers_language(client, world):
    index = world.translations["en"]["listing_index"]
    head = BeautifulSoup(read(client, index.url).content, "html.parser")
    feed_url = head.select_one('head link[type="application/atom+xml"]')["href"]
    assert feed_url == url_in("en", "offers_feed")
    world.translations["en"]["housing"].unpublish()
    response = read(client, feed_url)
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)  # noqa: S314 (the portal's own feed)
    assert feed.get(XML_LANG) == "en"
    assert feed.findtext(f"{ATOM}title") == "Installez-vous: new offers"
    entries = {entry.findtext(f"{ATOM}title"): entry for entry in feed.iter(f"{ATOM}entry")}
    # Translated, in English; the house, whose translation is withdrawn, in French.
    assert set(entries) == {*(TITLES[name][0] for name in OFFER_NAMES[:3]), world.housing.title}
    assert entries[world.housing.title].get(XML_LANG) == "fr"
    workshop = entries[TITLES["business"][0]]
    assert workshop.get(XML_LANG) == "en"
    assert "Business to take over · CC Thiers Dore et Montagne" in workshop.findtext(
        f"{ATOM}summary"
    )
    link = workshop.find(f"{ATOM}link").get("href")
    assert link == f"http://testserver{world.translations['en']['business'].url}"
    assert workshop.findtext(f"{ATOM}published") and workshop.findtext(f"{ATOM}updated")
    # A taken offer leaves the feed.
    world.land.availability = "taken"
    publish(world.land)
    feed = ElementTree.fromstring(read(client, feed_url).content)  # noqa: S314
    titles = {entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")}
    assert TITLES["land"][0] not in titles
