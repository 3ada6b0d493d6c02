"""Query strings as an attacker or a broken crawler sends them: never a server error.

Every public endpoint that reads its query string, the Wagtail API included, gets the same
list of hostile values on each parameter it knows and on unknown ones.
"""

import pytest

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.builders import build_world, module_world

HOSTILE = [
    '"',
    "'",
    '") OR 1=1--',
    "' OR '1'='1",
    "*",
    "NEAR(",
    "a AND",
    "OR",
    "-",
    "^",
    "\\",
    "%00",
    "%",
    "{}",
    "[]",
    "<script>alert(1)</script>",
    "1e20",
    "-1",
    "99999999999999999999",
    "0x10",
    "NaN",
    "inf",
    "xor",
    "__proto__",
    "../../etc/passwd",
    "é" * 300,
    " ".join(["mot"] * 600),
    "🙂",
    "\u202e",
    "\r\nSet-Cookie: x=1",
]
API_PARAMETERS = [
    "search", "search_operator", "offset", "limit", "order", "fields", "type", "locale",
    "child_of", "descendant_of", "ancestor_of", "translation_of", "slug", "html_path", "id",
    "show_in_menus", "site", "unknown",
]  # fmt: skip
# Each page gets the parameters it reads, and one it does not.
SEARCH_PARAMETERS = ["q", "page", "type", "area", "price_min", "sort", "view", "unknown"]


built_world = module_world(build_world)


def cases(world):
    """(address, parameter, value): the API's endpoints read their parameters alike, so each
    pair goes to one of them in turn; each page gets every value on what it reads."""
    api_urls = ["/api/v2/pages/", f"/api/v2/pages/{world.business.pk}/", "/api/v2/pages/find/"]
    index = 0
    for parameter in API_PARAMETERS:
        for value in HOSTILE:
            yield api_urls[index % len(api_urls)], parameter, value
            index += 1
    with translation.override("en"):
        pages = {
            reverse("search"): SEARCH_PARAMETERS,
            world.listing_index.url: SEARCH_PARAMETERS,
            reverse("search_suggestions"): ["q", "unknown"],
            world.business.url: ["campaign", "unknown"],
            reverse("shortlist"): ["ids", "unknown"],
            reverse("events_calendar"): ["unknown"],
        }
    for url, parameters in pages.items():
        for parameter in parameters:
            for value in HOSTILE:
                yield url, parameter, value


@pytest.mark.django_db
def test_no_hostile_query_string_makes_a_server_error(built_world):
    # The search page has its own, wider test (tests/search/test_bad_input.py), the open data
    # endpoints theirs (tests/listings/test_open_data.py).
    # A server error is answered as a visitor would see it, not raised into the test.
    client = Client(raise_request_exception=False)
    errors, sent = [], 0
    for url, parameter, value in cases(built_world):
        response = client.get(url, {parameter: value})
        sent += 1
        if response.status_code >= 500:
            errors.append((url, parameter, value[:40], response.status_code))
    assert sent >= 1000
    assert errors == [], f"{len(errors)} server errors of {sent} requests: {errors}"


@pytest.mark.django_db
def test_the_api_says_what_to_send_instead(client, built_world):
    for query, message in (
        ({"search": '") OR 1=1--'}, "search : lettres, chiffres"),
        ({"search": " ".join(["mot"] * 21)}, "search : au plus 20 mots"),
        ({"offset": "99999999999999999999"}, "offset : un nombre entier de 0 à 1000000"),
    ):
        response = client.get("/api/v2/pages/", query, headers={"accept-language": "fr"})
        assert response.status_code == 400
        assert message in response.json()["message"]
    response = client.get("/api/v2/pages/find/", {"id": "1e20"})
    assert response.status_code == 400
    # What people type still searches.
    response = client.get("/api/v2/pages/", {"search": "l'atelier de coutellerie", "type": "x"})
    assert response.status_code == 400  # an unknown type, said by Wagtail
    response = client.get("/api/v2/pages/", {"search": "coutellerie d'art"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_the_admins_searches_take_any_text(built_world):
    # The admin's page and image searches reach the database search as plain text.
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client = Client(raise_request_exception=False)
    client.force_login(admin)
    for text in ('"', '") OR 1=1--', 'l"atelier', " ".join(["mot"] * 600), "*", "NEAR("):
        for url in ("/admin/pages/search/", "/admin/images/", "/admin/documents/"):
            response = client.get(url, {"q": text})
            assert response.status_code == 200, (url, text[:20], response.status_code)
    # Words around a quote still find what they name.
    response = client.get("/admin/pages/search/", {"q": '"coutellerie'})
    assert built_world.business.title in response.content.decode()
