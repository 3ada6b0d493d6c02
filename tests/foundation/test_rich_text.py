"""Rich text an editor sends is refused at save when it would not render, never a 500."""

import json
from html import unescape

import pytest

from django.contrib.auth import get_user_model

from foundation.factories import PortalImageFactory
from tests.builders import build_world, edit_form_data, fresh, logged_in, module_world, page_in

pytestmark = pytest.mark.django_db

built_world = module_world(lambda: build_world(translated=False))


@pytest.fixture
def world(built_world):
    return fresh(built_world)


@pytest.fixture
def admin(world):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "-")


def with_image(image, image_format):
    """The editor's JSON for a paragraph holding ``image`` in ``image_format``."""
    data = {"id": image.pk, "src": "/x.png", "alt": "La vitrine", "format": image_format}
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a",
                    "type": "unstyled",
                    "text": "Vitrine",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [],
                },
                {
                    "key": "b",
                    "type": "atomic",
                    "text": " ",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 1, "key": 0}],
                },
            ],
            "entityMap": {"0": {"type": "IMAGE", "mutability": "IMMUTABLE", "data": data}},
        }
    )


def publish_form(client, page, data):
    return client.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "publish"})


@pytest.mark.parametrize("sent", ["{not json", '{"blocks": 3}', '["a"]'])
def test_text_that_does_not_parse_is_refused_and_shown_back(client, world, admin, sent):
    offer = page_in(world, "business", "fr")
    before = offer.description
    data = edit_form_data(logged_in(client, admin), offer)
    response = publish_form(client, offer, {**data, "description": sent})
    assert response.status_code == 200
    assert "n'a pas pu être lu" in unescape(response.content.decode())
    assert type(offer).objects.get(pk=offer.pk).description == before


def test_an_image_in_an_unknown_format_is_refused(client, world, admin):
    page = page_in(world, "standard", "fr")
    data = edit_form_data(logged_in(client, admin), page)
    image = PortalImageFactory(title="Vitrine")
    response = publish_form(client, page, {**data, "body": with_image(image, "giant")})
    assert response.status_code == 200
    assert "ne peut pas être affiché" in response.content.decode()
    assert client.get(page.url).status_code == 200
    # The same image in a known format is published and shown.
    response = publish_form(client, page, {**data, "body": with_image(image, "fullwidth")})
    assert response.status_code == 302
    assert 'alt="La vitrine"' in unescape(client.get(page.url).content.decode())


def test_an_offer_description_keeps_no_image(client, world, admin):
    offer = page_in(world, "business", "fr")
    data = edit_form_data(logged_in(client, admin), offer)
    image = PortalImageFactory(title="Vitrine")
    response = publish_form(client, offer, {**data, "description": with_image(image, "giant")})
    assert response.status_code == 302
    description = type(offer).objects.get(pk=offer.pk).description
    assert "Vitrine" in description
    assert "<embed" not in description
