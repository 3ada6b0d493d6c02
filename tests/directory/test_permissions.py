"""Who may edit what, proved through the admin's own views with the demo accounts.

A structure's editors work on their structure's pages, in every language, and nothing else.
"""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale
from wagtail.test.utils.form_data import streamfield

from directory.models import StructurePage
from home.models import HomePage
from listings.models import LISTING_PAGE_MODELS, BusinessListingPage
from tests.builders import assert_denied, edit_form_data, page_form

pytestmark = pytest.mark.django_db

PASSWORD = "installez-vous"
EDITOR = "cci-thiers"
LANGUAGES = ("fr", "en", "nl")


def log_in(client, username):
    response = client.post(
        "/admin/login/", {"username": username, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302, f"{username} could not log in"
    assert response["Location"] == "/admin/"
    return client


def structure(slug, language="fr"):
    return StructurePage.objects.get(slug=slug, locale__language_code=language)


def listings_of(structure_page):
    listings = []
    for child in structure_page.get_children().specific():
        if isinstance(child, tuple(LISTING_PAGE_MODELS)):
            listings.append(child)
    return listings


def other_structure():
    """A structure other than the editor's, which publishes listings in every language."""
    for candidate in StructurePage.objects.filter(locale=Locale.get_default()).exclude(
        slug=EDITOR
    ):
        if all(_translated_listing(candidate, language) for language in LANGUAGES):
            return candidate
    pytest.fail("the demo has no other structure with listings in three languages")


def _translated_listing(structure_page, language):
    translation = (
        structure_page.get_translations(inclusive=True)
        .filter(locale__language_code=language)
        .first()
    )
    if translation is None:
        return None
    found = listings_of(translation)
    return found[0] if found else None


@pytest.fixture
def editor(demo, client):
    return log_in(client, EDITOR)


def test_editor_logs_into_the_admin(demo, client):
    response = client.post("/admin/login/", {"username": EDITOR, "password": "wrong"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    log_in(client, EDITOR)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.context["request"].user.username == EDITOR


def test_editor_opens_the_edit_view_of_its_own_listings_in_every_language(editor):
    own = structure(EDITOR)
    for language in LANGUAGES:
        listing = _translated_listing(own, language)
        assert listing is not None, f"no {language} listing for {EDITOR}"
        response = editor.get(f"/admin/pages/{listing.pk}/edit/")
        assert response.status_code == 200, language
        assert listing.title in response.content.decode()


def test_editor_opens_its_structure_page_in_every_language(editor):
    for language in LANGUAGES:
        page = structure(EDITOR, language)
        assert editor.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, language


def test_editor_publishes_a_change_to_its_own_listing(editor):
    listing = listings_of(structure(EDITOR))[0]
    url = f"/admin/pages/{listing.pk}/edit/"
    data = edit_form_data(editor, listing)
    data["title"] = "Offre mise à jour par la CCI"
    data["action-publish"] = "action-publish"
    response = editor.post(url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    listing.refresh_from_db()
    assert listing.title == "Offre mise à jour par la CCI"
    assert listing.live
    assert listing.get_latest_revision().user.username == EDITOR


def test_editor_withdraws_and_deletes_its_own_listings(editor):
    first, second = listings_of(structure(EDITOR))[:2]
    response = editor.post(f"/admin/pages/{first.pk}/unpublish/")
    assert response.status_code == 302
    first.refresh_from_db()
    assert not first.live
    response = editor.post(f"/admin/pages/{second.pk}/delete/")
    assert response.status_code == 302
    assert not type(second).objects.filter(pk=second.pk).exists()


def test_editor_adds_a_listing_under_its_structure(editor):
    own = structure(EDITOR)
    for model in LISTING_PAGE_MODELS:
        url = f"/admin/pages/add/listings/{model._meta.model_name}/{own.pk}/"
        assert editor.get(url).status_code == 200, model.__name__
    for language in ("en", "nl"):
        translated = structure(EDITOR, language)
        url = f"/admin/pages/add/listings/businesslistingpage/{translated.pk}/"
        assert editor.get(url).status_code == 200, language

    commune = listings_of(own)[0].commune
    response = editor.post(
        f"/admin/pages/add/listings/businesslistingpage/{own.pk}/",
        page_form(
            title="Quincaillerie à reprendre",
            slug="quincaillerie-a-reprendre",
            reference="CCI-TEST-1",
            commune=str(commune.pk),
            price="60000",
            price_kind="sale",
            availability="available",
            sector="commerce",
            activity="Quincaillerie",
            transfer_kind="goodwill",
            gallery=streamfield([]),
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302
    created = BusinessListingPage.objects.get(
        slug="quincaillerie-a-reprendre", locale=Locale.get_default()
    )
    # English and Dutch follow: the page is there once in each, in French for now.
    aliases = BusinessListingPage.objects.filter(alias_of=created)
    assert sorted(aliases.values_list("locale__language_code", flat=True)) == ["en", "nl"]
    assert created.get_parent().pk == own.pk
    assert created.live


def test_editor_is_refused_another_structures_listings_in_every_language(editor):
    other = other_structure()
    for language in LANGUAGES:
        listing = _translated_listing(other, language)
        url = f"/admin/pages/{listing.pk}/edit/"
        assert_denied(editor.get(url))
        data = {"title": "Détournée", "slug": listing.slug, "action-publish": "action-publish"}
        assert_denied(editor.post(url, data))
        listing.refresh_from_db()
        assert listing.title != "Détournée"


def test_editor_cannot_add_or_delete_under_another_structure(editor):
    other = other_structure()
    for language in LANGUAGES:
        translated = other.get_translations(inclusive=True).get(locale__language_code=language)
        assert_denied(
            editor.get(f"/admin/pages/add/listings/businesslistingpage/{translated.pk}/")
        )
        listing = _translated_listing(other, language)
        assert_denied(editor.post(f"/admin/pages/{listing.pk}/delete/"))
        assert type(listing).objects.filter(pk=listing.pk).exists()


def test_editor_is_refused_the_home_page_in_every_language(editor):
    homes = HomePage.objects.all()
    assert {home.locale.language_code for home in homes} >= set(LANGUAGES)
    for home in homes:
        assert_denied(editor.get(f"/admin/pages/{home.pk}/edit/"))


def test_superuser_edits_everything(demo, client):
    log_in(client, "admin")
    pages = list(HomePage.objects.all())
    # One listing of every structure, in each language in turn: a sample of the whole tree.
    slugs = StructurePage.objects.filter(locale=Locale.get_default()).values_list(
        "slug", flat=True
    )
    for number, slug in enumerate(slugs):
        language = LANGUAGES[number % len(LANGUAGES)]
        pages.append(structure(slug, language))
        listing = _translated_listing(structure(slug), language)
        if listing is not None:
            pages.append(listing)
    assert len(pages) > 10
    for page in pages:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.url


def test_coordinator_edits_the_home_page_and_every_structure(demo, client):
    coordinator = get_user_model().objects.get(username="coordination")
    assert not coordinator.is_superuser
    log_in(client, "coordination")
    for home in HomePage.objects.all():
        assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
    listing = listings_of(other_structure())[0]
    assert client.get(f"/admin/pages/{listing.pk}/edit/").status_code == 200


def test_editor_translates_its_own_listings_and_no_other_page(editor):
    """wagtail-localize checks one global permission; the portal adds the page's own rights."""
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=Locale.get_default())
    untranslated = next(
        listing
        for listing in listings_of(structure(EDITOR))
        if not listing.get_translations().filter(locale=english, alias_of__isnull=True).exists()
    )
    response = editor.post(f"/admin/localize/submit/page/{home.pk}/", {"locales": [english.pk]})
    assert_denied(response)
    url = f"/admin/localize/submit/page/{untranslated.pk}/"
    response = editor.post(url, {"locales": [english.pk]})
    assert response.status_code == 302
    translation = untranslated.get_translations().get(locale=english)
    assert response["Location"] == f"/admin/pages/{translation.pk}/edit/"


def test_a_new_structure_and_its_translations_get_their_editors_group():
    from directory.factories import StructurePageFactory
    from tests.builders import build_skeleton, locales, translate

    _fr, english, _nl = locales()
    world = build_skeleton()
    structure_page = StructurePageFactory(parent=world.network, title="Initiative Livradois")
    translate(world.home, english)
    translate(world.network, english)
    structure_en = translate(structure_page, english)
    group = Group.objects.get(name="Initiative Livradois")
    allowed = set(
        group.page_permissions.filter(permission__codename="change_page").values_list(
            "page_id", flat=True
        )
    )
    assert allowed == {structure_page.pk, structure_en.pk}
    assert group.collection_permissions.filter(
        collection=structure_page.collection, permission__codename="add_image"
    ).exists()
