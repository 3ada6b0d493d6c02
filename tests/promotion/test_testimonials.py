"""Portraits of people who settled: on the home page, on their area's page, kept by the park."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.urls import reverse

from directory.permissions import give_coordinators, give_structure_editors
from promotion.factories import TestimonialFactory as PortraitFactory
from promotion.models import Testimonial
from tests.builders import build_world, fresh, module_world, without_pages

pytestmark = pytest.mark.django_db


def build_portraits_world():
    world = build_world(translated=False)
    world.bakers = PortraitFactory(name="Anna et Joost", commune=world.thiers)
    world.bakers.structures.set([world.cci])
    world.bakers.save()
    world.farmers = PortraitFactory(
        name="Claire et Malik", commune=world.ambert, project="ont créé un élevage de chèvres"
    )
    PortraitFactory(name="Pas encore d'accord", commune=world.thiers, agreed=False)
    return world


built_world = module_world(build_portraits_world)


@pytest.fixture
def world(built_world):
    return fresh(built_world)


def portraits(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [figure.find("strong").get_text() for figure in page.select(".testimonial")]


def test_the_home_page_shows_the_newest_portraits_people_agreed_to(client, world):
    assert portraits(client, world.home.url) == ["Claire et Malik", "Anna et Joost"]
    page = BeautifulSoup(client.get(world.home.url).content, "html.parser")
    bakers = page.select(".testimonial")[1].get_text(" ", strip=True)
    assert "venus de Utrecht, Pays-Bas" in bakers
    assert "Ont repris la boulangerie de la place · Thiers (2025)" in bakers
    assert f"Avec l'aide de {world.cci.title}" in bakers


def test_an_area_page_shows_the_portraits_of_its_communes_only(client, world):
    assert portraits(client, world.area.url) == ["Anna et Joost"]


def test_the_park_keeps_the_portraits_and_structures_do_not(client, world):
    users = get_user_model().objects
    editor = users.create_user("cci", "cci@example.org", "pw")
    editor.groups.add(give_structure_editors(world.cci))
    coordinator = users.create_user("coord", "coord@example.org", "pw")
    coordinator.groups.add(give_coordinators(world.home))
    add = reverse("wagtailsnippets_promotion_testimonial:add")
    data = {
        "name": "Sofie",
        "came_from": "Gand, Belgique",
        "commune": world.ambert.pk,
        "project": "a ouvert un atelier de céramique",
        "quote": "On m'a présenté le local, puis la banque.",
        "settled_in": "2026",
        "structures": [world.cma.pk],
        "agreed": "on",
    }
    client.force_login(editor)
    assert client.get(add).status_code in (302, 403)
    assert client.post(add, data).status_code in (302, 403)
    assert not Testimonial.objects.filter(name="Sofie").exists()

    client.force_login(coordinator)
    assert client.post(add, data).status_code == 302
    sofie = Testimonial.objects.get(name="Sofie")
    assert list(sofie.structures.all()) == [world.cma]
    assert portraits(client, world.home.url)[0] == "Sofie"


def test_a_portrait_withdrawn_in_french_leaves_every_language(client):
    # A world of its own, in place of the module's.
    without_pages()
    Testimonial.objects.all().delete()
    world = build_world()
    bakers = PortraitFactory(name="Anna et Joost", commune=world.thiers)
    english = bakers.copy_for_translation(world.locales["en"])
    english.save()
    url = world.translations["en"]["home"].url
    assert portraits(client, url) == ["Anna et Joost"]
    Testimonial.objects.filter(pk=bakers.pk).update(agreed=False)
    assert portraits(client, url) == []
