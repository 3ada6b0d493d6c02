"""Privacy set on a French page reaches its translations, and lifting it lifts theirs."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from tests.builders import LANGUAGES, build_world, fresh, module_world, page_in

pytestmark = pytest.mark.django_db

built_world = module_world(build_world)


@pytest.fixture
def world(built_world):
    return fresh(built_world)


def privacy(client, page, **data):
    return client.post(f"/admin/pages/{page.pk}/privacy/", data)


def asks_for_a_password(client, page):
    html = client.get(page.url).content.decode()
    return 'name="password"' in html and page.title not in html


def test_a_password_set_in_french_protects_every_language(client, world):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "-")
    french = page_in(world, "standard", "fr")
    client.force_login(admin)
    response = privacy(client, french, restriction_type="password", password="réseau")
    assert response.status_code == 200
    client.logout()
    for language in LANGUAGES:
        assert asks_for_a_password(client, page_in(world, "standard", language)), language

    client.force_login(admin)
    privacy(client, french, restriction_type="none")
    client.logout()
    for language in LANGUAGES:
        page = page_in(world, "standard", language)
        assert not asks_for_a_password(client, page), language
        assert page.title in client.get(page.url).content.decode()


def test_groups_follow_and_a_translation_keeps_nothing_of_its_own(world):
    french = page_in(world, "standard", "fr")
    coordinators = Group.objects.create(name="Coordination")
    restriction = PageViewRestriction.objects.create(
        page=french, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(coordinators)
    for language in ("en", "nl"):
        mirrored = PageViewRestriction.objects.get(page=page_in(world, "standard", language))
        assert mirrored.restriction_type == PageViewRestriction.GROUPS
        assert list(mirrored.groups.all()) == [coordinators]


def test_deleting_a_private_french_page_keeps_its_translations_private(world):
    french = page_in(world, "standard", "fr")
    PageViewRestriction.objects.create(
        page=french, restriction_type=PageViewRestriction.PASSWORD, password="réseau"
    )
    french.delete()
    for language in ("en", "nl"):
        page = page_in(world, "standard", language)
        assert PageViewRestriction.objects.filter(page_id=page.pk).exists(), language
