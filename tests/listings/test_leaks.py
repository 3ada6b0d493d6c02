"""Plant a confidential offer's commune wherever an editor can type or upload, then read every
public channel: the form refuses the value with a clear error, or no channel shows it.

For each listing type, in French, English and Dutch, an editor writes the commune (its name
in several spellings, its postcode, its INSEE code) into every text of the edit form, its
tags and its photos' descriptions, and uploads a photo named after the commune with its GPS
position in the file. Then a visitor reads the offer's page in three languages (with its meta
tags and image addresses), the photo files, the listing index, the area and structure pages,
the home page, the search and its suggestions, the sitemap, the API, and the mails of an
enquiry about the offer.
"""

import io
import json
import re
from html import unescape

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify

from wagtail.models import Collection
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from foundation.models import PortalImage
from listings.confidentiality import PlaceNames
from listings.models import LISTING_PAGE_MODELS
from services.models import ServicePage
from territory.factories import CommuneFactory
from tests.builders import (
    LANGUAGES,
    build_world,
    edit_form_data,
    form_ready,
    logged_in,
    module_world,
    page_in,
    publish,
)
from tests.enquiries.enquiry_world import interest_data

pytestmark = pytest.mark.django_db

# Each type's offer is moved to a commune of its own, with the spellings an editor may use.
PLACES = {
    "business": (
        {"insee_code": "63066", "name": "Celles-sur-Durolle", "postcodes": ["63250"]},
        ["Celles-sur-Durolle", "CELLES SUR DUROLLE", "Cellès s/ Durolle", "63250", "63066"],
    ),
    "premises": (
        {"insee_code": "63393", "name": "Saint-Rémy-sur-Durolle", "postcodes": ["63550"]},
        ["St-Rémy-sur-Durolle", "ST REMY SUR DUROLLE", "saint-remy-sur-durolle", "63550"],
    ),
    "land": (
        {"insee_code": "63310", "name": "Sainte-Agathe", "postcodes": ["63120"]},
        ["Ste-Agathe", "Ste Agathe", "SAINTE-AGATHE", "sainte agathe", "63120", "63310"],
    ),
    "housing": (
        {"insee_code": "63066", "name": "Celles-sur-Durolle", "postcodes": ["63250"]},
        ["celles-sur-durolle", "Celles sur Durolle", "CELLES-S/-DUROLLE", "63066"],
    ),
}
# The texts of every type's form, and those of one type only.
TEXTS = ["title", "slug", "seo_title", "search_description", "summary", "reference"]
OWN_TEXTS = {"business": ["activity", "included"], "land": ["zoning"]}
GPS_IFD = 0x8825
# The form field that refuses a planting.
FORM_FIELD = {"link": "description", "alt_text": "gallery", "caption": "gallery"}


def build_leak_world():
    world = build_world()
    world.editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "-")
    return world


built_world = module_world(build_leak_world)


@pytest.fixture
def world(built_world, settings):
    return form_ready(built_world, settings)


def make_confidential(world, name):
    """The offer of type ``name``, moved to its commune, confidential, in three languages."""
    fields, spellings = PLACES[name]
    commune = CommuneFactory(**fields, community=world.thiers_cc)
    offer = page_in(world, name, "fr")
    offer.commune = commune
    offer.confidential = True
    offer.latitude, offer.longitude = 45.86, 3.63
    publish(offer)
    return commune, spellings


def plantings(name, spellings, language_index):
    """Each field with a spelling of the commune: every spelling goes into every field over
    the three languages."""
    fields = [*TEXTS, *OWN_TEXTS.get(name, []), "description", "link", "alt_text", "caption"]
    fields.append("tags")
    for index, field in enumerate(fields):
        yield field, spellings[(index + language_index) % len(spellings)]


def planted(data, field, spelling):
    """``data`` of the edit form with ``spelling`` written into ``field``."""
    data = data.copy()
    if field == "slug":
        data["slug"] = slugify(f"atelier {spelling}")
    elif field == "description":
        data.update(
            nested_form_data({"description": rich_text(f"<p>Au bourg de {spelling}.</p>")})
        )
    elif field == "link":
        site = f"https://www.{slugify(spelling)}.fr/"
        html = f'<p>Voir <a href="{site}">le site de la mairie</a>.</p>'
        data.update(nested_form_data({"description": rich_text(html)}))
    elif field in ("alt_text", "caption"):
        data[f"gallery-0-value-{field}"] = f"La vitrine, {spelling}"
    elif field == "tags":
        data["tags"] = f"artisanat, {spelling}"
    else:
        data[field] = f"Atelier {spelling}"
    return data


def publish_form(client, page, data):
    return client.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "publish"})


def gps_picture():
    picture = Image.new("RGB", (64, 48), "#8a5a2b")
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (45.0, 51.0, 36.0), 3: "E", 4: (3.0, 38.0, 2.0)}
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def upload_photo(client, commune):
    """An editor's upload: the file named after the commune, its position in the file, and
    the commune in the title only editors see."""
    name = slugify(commune.name)
    response = client.post(
        "/admin/images/add/",
        {
            "title": f"Vitrine {commune.name}",
            "file": SimpleUploadedFile(f"{name}-vitrine.jpg", gps_picture()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    return PortalImage.objects.get(title=f"Vitrine {commune.name}")


def url_in(language, name):
    with translation.override(language):
        return reverse(name)


def public_channels(client, world, name, spellings, capture):
    """Every public output that could carry the offer's place, as (channel, text)."""
    offers = [page_in(world, name, language) for language in LANGUAGES]
    for offer in offers:
        html = client.get(offer.url).content.decode()
        yield f"the {offer.locale.language_code} page", html
        for address in set(re.findall(r'(?:src|content)="([^"]+/media/[^"]+)"', html)):
            photo = client.get(address)
            content = b"".join(photo.streaming_content) if photo.streaming else photo.content
            yield f"the photo {address}", content.decode("latin-1")
            with Image.open(io.BytesIO(content)) as picture:
                assert not picture.getexif().get_ifd(GPS_IFD), f"GPS kept in {address}"
        yield "the API detail", client.get(f"/api/v2/pages/{offer.pk}/").content.decode()
    api = client.get("/api/v2/pages/", {"type": type(offers[0])._meta.label, "fields": "*"})
    yield "the API list", api.content.decode()
    for language in LANGUAGES:
        for page_name in ("home", "listing_index", "area", "cci"):
            yield (
                f"the {language} {page_name}",
                client.get(page_in(world, page_name, language).url).content.decode(),
            )
        # Each spelling in one language, the languages in turn.
        for spelling in spellings[LANGUAGES.index(language) :: len(LANGUAGES)]:
            # The visitor's own words are shown back: the offer must not be among the results.
            search = client.get(url_in(language, "search"), {"q": spelling}).content.decode()
            suggestions = client.get(url_in(language, "search_suggestions"), {"q": spelling})
            for offer in offers:
                assert offer.title not in search, f"found by {spelling!r} in {language}"
                assert offer.title not in suggestions.content.decode(), spelling
        words = client.get(url_in(language, "search"), {"q": offers[0].title.split()[0]})
        yield f"the {language} search by the offer's first word", words.content.decode()
    yield "the sitemap", client.get("/sitemap.xml").content.decode()
    mail.outbox.clear()
    for language, offer in zip(LANGUAGES, offers, strict=True):
        with translation.override(language), capture(execute=True):
            address = reverse("listing_enquiry", args=[offer.pk])
            response = client.post(address, interest_data(email=f"tom.{language}@example.co.uk"))
        assert response.status_code == 302, f"the {language} enquiry was not taken"
    assert mail.outbox, "no mail was sent"
    for message in mail.outbox:
        yield f"the mail to {message.to[0]}", f"{message.subject}\n{message.body}"


def assert_no_leak(channels, commune, spellings):
    names = PlaceNames(commune)
    read = []
    for channel, text in channels:
        read.append(channel)
        if names.found_in(text):
            said = " ".join(text.split())
            where = [
                m.start() for m in re.finditer("|".join(map(re.escape, spellings)), said, re.I)
            ]
            print(channel, [said[max(0, i - 200) : i + 100] for i in where][:3])
        assert not names.found_in(text), f"{commune.name} named in {channel}"
        for spelling in spellings:
            assert spelling.casefold() not in text.casefold(), f"{spelling!r} in {channel}"
    return read


@pytest.mark.parametrize("name", list(PLACES))
def test_a_planted_commune_never_reaches_the_public(
    client, world, name, django_capture_on_commit_callbacks
):
    commune, spellings = make_confidential(world, name)
    client.force_login(world.editor)
    photo = upload_photo(client, commune)
    refused = []
    for language_index, language in enumerate(LANGUAGES):
        offer = page_in(world, name, language)
        data = edit_form_data(logged_in(client, world.editor), offer)
        data.update(
            nested_form_data(
                {
                    "gallery": streamfield(
                        [("photo", {"image": photo.pk, "alt_text": "La vitrine", "caption": ""})]
                    )
                }
            )
        )
        # The form as it is, with the photo, publishes: what follows is refused for the place.
        response = publish_form(client, offer, data)
        assert response.status_code == 302, f"the {language} form does not publish as it is"
        if language != "fr":
            # A translation's form can be stale (made before the offer became confidential):
            # its texts are checked as the French offer's all the same.
            data.pop("confidential", None)
        # Two posts, each planting every field at once (the description's text in one, its
        # link in the other): the form must refuse each field with its own message.
        for round_index, left_out in enumerate(("link", "description")):
            chosen = [
                (field, spelling)
                for field, spelling in plantings(name, spellings, language_index + round_index)
                if field != left_out
            ]
            sent = data
            for field, spelling in chosen:
                sent = planted(sent, field, spelling)
            response = publish_form(client, offer, sent)
            assert response.status_code == 200, f"{language}: {chosen} published"
            fields = {FORM_FIELD.get(field, field) for field, _spelling in chosen}
            # Photos' errors travel to the editor's script as JSON, accents escaped.
            html = unescape(response.content.decode())
            named = f"({commune.name})"
            escaped = json.dumps(named)[1:-1]
            messages = html.count(named) + (html.count(escaped) if escaped != named else 0)
            assert messages >= len(fields), (language, chosen, messages)
            refused.extend((language, field) for field in fields)
    client.logout()
    read = assert_no_leak(
        public_channels(client, world, name, spellings, django_capture_on_commit_callbacks),
        commune,
        spellings,
    )
    # Every field was refused in every language, twice.
    assert len(refused) >= 2 * 3 * (len(TEXTS) + 3)
    # The photo was read as a file from each page, and each enquiry sent its mails.
    assert sum(channel.startswith("the photo") for channel in read) >= 3, read
    assert sum(channel.startswith("the mail") for channel in read) >= 6, read


def test_a_tag_that_names_the_place_can_be_removed(client, world):
    """A tag saved before the offer became confidential: the editor takes it away."""
    commune, _spellings = make_confidential(world, "business")
    offer = page_in(world, "business", "fr")
    offer.tags.add(commune.name)
    offer.save_revision(clean=False)
    client.force_login(world.editor)
    data = edit_form_data(logged_in(client, world.editor), offer)
    assert commune.name in data["tags"]
    response = publish_form(client, offer, {**data, "tags": "artisanat"})
    assert response.status_code == 302
    assert [tag.name for tag in type(offer).objects.get(pk=offer.pk).tags.all()] == ["artisanat"]


def test_the_same_plantings_show_on_a_public_offer(client, world):
    """The channels are read for real: a public offer's commune is found in them."""
    commune, spellings = make_confidential(world, "business")
    offer = page_in(world, "business", "fr")
    offer.confidential = False
    publish(offer)
    client.force_login(world.editor)
    data = edit_form_data(logged_in(client, world.editor), offer)
    response = publish_form(client, offer, planted(data, "summary", spellings[0]))
    assert response.status_code == 302
    client.logout()
    html = client.get(offer.url).content.decode()
    assert PlaceNames(commune).found_in(html)
    api = client.get(f"/api/v2/pages/{offer.pk}/").content.decode()
    assert PlaceNames(commune).found_in(api)
    search = client.get(url_in("fr", "search"), {"q": "Celles"}).content.decode()
    assert offer.title in search


def test_no_confidential_offer_of_the_demo_names_its_commune(client, demo):
    """The demo's confidential offers, in every language: no service of their commune around
    them, and their commune named nowhere on their page. (The privacy notice gives the park's
    own address, whose postcode 63880 Olliergues shares: it says where the park is.)"""
    offers = [
        offer
        for model in LISTING_PAGE_MODELS
        for offer in model.objects.live().filter(confidential=True).select_related("commune")
    ]
    assert len(offers) >= 7
    for offer in offers:
        page = BeautifulSoup(client.get(offer.url).content, "html.parser")
        page.select_one(".privacy-notice").decompose()
        html = str(page)
        assert not PlaceNames(offer.commune).found_in(html), offer.url
        for service in ServicePage.objects.filter(commune=offer.commune):
            assert service.title not in html, (offer.url, service.title)
