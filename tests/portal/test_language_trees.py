"""A Dutch or English reader never falls into French menus: the synchronised trees.

The world's skeleton (home, indexes, network, the CCI) is translated; its offers, services,
area, standard page and the CMA are not. Once the languages follow the French tree, every
page exists under ``/en/`` and ``/nl/``.
"""

import datetime
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.core import mail

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from enquiries.models import Enquiry
from foundation.vocabularies import Availability
from listings.factories import PremisesListingPageFactory
from listings.lifecycle import set_availability
from listings.models import PremisesListingPage
from search.models import SearchDocument
from tests.builders import (
    PAGE_TYPES,
    TRANSLATED_SKELETON,
    build_partly_translated_world,
    form_ready,
    module_world,
    publish,
    text_of,
    version_in,
)
from tests.enquiries.enquiry_world import interest_data

pytestmark = pytest.mark.django_db

TRANSLATED = TRANSLATED_SKELETON
SUGGESTIONS = {"en": "suggestions/", "nl": "suggesties/"}
# What the header's main menu and button say in each language.
MENU_WORDS = {"en": "Present your project", "nl": "Mijn project voorstellen"}


built_world = module_world(build_partly_translated_world)


@pytest.fixture
def world(built_world, settings):
    return form_ready(built_world, settings)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_every_french_page_gets_a_version_in_each_language(world):
    translated = [getattr(world, name).translation_key for name in TRANSLATED]
    french = Page.objects.filter(locale=world.locales["fr"], depth__gt=1)
    assert world.aliases_created == 2 * french.exclude(translation_key__in=translated).count()
    for name in PAGE_TYPES:
        for language in ("en", "nl"):
            page = version_in(world, name, language)
            assert page.live
            assert bool(page.alias_of_id) == (name not in TRANSLATED), name
            assert page.url.startswith(f"/{language}/"), page.url


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_page_is_read_inside_the_readers_menus(client, world, language):
    for name in PAGE_TYPES:
        page = version_in(world, name, language)
        soup = soup_of(client, page.url)
        assert soup.html["lang"] == language, name
        menu = [a["href"] for a in soup.select(".main-nav a")]
        assert menu and all(href.startswith(f"/{language}/") for href in menu), (name, menu)
        assert MENU_WORDS[language] in text_of(soup.select_one(".main-nav")), name
        switcher = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
        assert switcher[language] == page.url
        assert switcher["fr"] == getattr(world, name).url
        notice = soup.select_one(".notice--language")
        if name in TRANSLATED:
            assert notice is None
            assert soup.h1.get("lang") is None
        else:
            # French text, said and marked as such, in a page that speaks the reader's language.
            assert notice is not None, name
            assert notice.get("lang") is None
            assert soup.h1["lang"] == "fr", name
            assert text_of(soup.h1) == getattr(world, name).title or name == "home"
            canonical = soup.select_one('link[rel="canonical"]')["href"]
            assert urlsplit(canonical).path == getattr(world, name).url
            # No hreflang names an alias: search engines see one page, in French.
            alternates = [link["href"] for link in soup.select('link[rel="alternate"]')]
            assert not any(f"/{language}/" in href for href in alternates), alternates


def test_the_switcher_of_a_page_not_translated_leads_to_it_in_each_language(client, world):
    soup = soup_of(client, world.premises.url)
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
    assert switcher == {
        "fr": world.premises.url,
        "en": version_in(world, "premises", "en").url,
        "nl": version_in(world, "premises", "nl").url,
    }
    assert switcher["nl"].startswith("/nl/") and switcher["nl"].endswith("/boutique-place/")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_results_and_indexes_link_in_the_readers_language(client, world, language):
    search_url = {"en": "/en/search/", "nl": "/nl/zoeken/"}[language]
    results = soup_of(client, f"{search_url}?q=boutique")
    links = [a["href"] for a in results.select(".result-card .card__title a")]
    assert links == [version_in(world, "premises", language).url]
    index = soup_of(client, version_in(world, "listing_index", language).url)
    links = [a["href"] for a in index.select(".card__title a")]
    assert len(links) == 4  # the workshop, the shop, the farmland and the house
    assert all(link.startswith(f"/{language}/") for link in links), links
    titles = index.select(".card__title[lang]")
    assert {title["lang"] for title in titles} == {"fr"}
    suggestions = client.get(f"{search_url}{SUGGESTIONS[language]}", {"q": "bouti"}).json()[
        "suggestions"
    ]
    assert [s["url"] for s in suggestions] == [version_in(world, "premises", language).url]


def test_an_offer_published_later_follows_in_every_language(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        warehouse = publish(
            PremisesListingPageFactory(
                parent=world.cma, title="Entrepôt à louer", slug="entrepot", commune=world.ambert
            )
        )
    aliases = Page.objects.filter(alias_of=warehouse)
    assert sorted(aliases.values_list("locale__language_code", flat=True)) == ["en", "nl"]
    assert all(alias.live for alias in aliases)
    for alias in aliases:
        language = alias.locale.language_code
        assert alias.url == f"{version_in(world, 'cma', language).url}entrepot/"
    warehouse.unpublish()
    assert not Page.objects.filter(alias_of=warehouse, live=True).exists()


def test_a_translation_replaces_the_alias_at_its_address(
    world, django_capture_on_commit_callbacks
):
    alias = version_in(world, "housing", "nl")
    source, _created = TranslationSource.get_or_create_from_instance(world.housing)
    translation = Translation.objects.create(source=source, target_locale=world.locales["nl"])
    with django_capture_on_commit_callbacks(execute=True):
        # wagtail-localize publishes once the transaction commits.
        translation.save_target(publish=True)
    page = Page.objects.get(pk=alias.pk)
    assert page.alias_of_id is None
    assert page.live
    document = SearchDocument.objects.get(page=page)
    assert document.language == "nl" and document.shown_nl
    assert not SearchDocument.objects.get(page=world.housing).shown_nl


def test_an_enquiry_from_an_offer_not_translated_is_about_the_offer_and_in_dutch(
    client, world, django_capture_on_commit_callbacks
):
    alias = version_in(world, "premises", "nl")
    soup = soup_of(client, alias.url)
    form = soup.select_one("form.enquiry-form")
    assert form is not None
    assert "Uw e-mailadres" in text_of(form)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form["action"], interest_data(email="anna.devries@example.nl"))
    assert response.status_code in (200, 302)
    enquiry = Enquiry.objects.get(email="anna.devries@example.nl")
    assert enquiry.language == "nl"
    assert enquiry.listing_id == world.premises.pk
    acknowledgement = next(m for m in mail.outbox if m.to == ["anna.devries@example.nl"])
    assert acknowledgement.subject.startswith("Uw aanvraag")


@pytest.mark.parametrize("waiting_draft", [False, True], ids=["published", "draft waiting"])
def test_an_availability_change_shows_at_once_in_every_language(
    client, world, waiting_draft, django_capture_on_commit_callbacks
):
    premises = PremisesListingPage.objects.get(pk=world.premises.pk)
    editor = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    if waiting_draft:
        # A draft waits for review: the change is not published with it, the live page and
        # its aliases take it directly (listings.lifecycle.apply_change).
        draft = premises.get_latest_revision_as_object()
        draft.title = "Brouillon en cours"
        draft.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        set_availability(premises, Availability.UNDER_OFFER, datetime.date(2026, 11, 20), editor)
    for language, badge in (("nl", "Onder bod"), ("en", "Under offer")):
        alias = version_in(world, "premises", language)
        assert alias.alias_of_id == premises.pk
        assert alias.availability == Availability.UNDER_OFFER
        assert alias.title == "Boutique sur la place"
        assert badge in text_of(soup_of(client, alias.url).select_one("main"))
    with django_capture_on_commit_callbacks(execute=True):
        set_availability(premises, Availability.TAKEN, datetime.date(2026, 11, 28), editor)
    for language, search_url in (("nl", "/nl/zoeken/"), ("en", "/en/search/")):
        alias = version_in(world, "premises", language)
        assert alias.availability == Availability.TAKEN
        index = soup_of(client, version_in(world, "listing_index", language).url)
        assert "Boutique sur la place" not in text_of(index.select_one("main"))
        results = soup_of(client, f"{search_url}?q=boutique+place")
        assert "Boutique sur la place" not in text_of(results.select_one("main"))


def test_deleting_a_page_deletes_its_aliases_and_keeps_its_translations(
    client, world, django_capture_on_commit_callbacks
):
    aliases = list(Page.objects.filter(alias_of=world.land).values_list("pk", flat=True))
    assert len(aliases) == 2
    with django_capture_on_commit_callbacks(execute=True):
        world.land.delete()
    assert not Page.objects.filter(pk__in=aliases).exists()
    # In the admin, the confirmation counts them and they go at once.
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    aliases = list(Page.objects.filter(alias_of=world.housing).values_list("pk", flat=True))
    response = client.post(f"/admin/pages/{world.housing.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[world.housing.pk, *aliases]).exists()
    # The translated pages of the skeleton are the translators' work: they stay.
    assert version_in(world, "cci", "nl").alias_of_id is None
