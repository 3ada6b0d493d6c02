"""``load_demo``: a territory a newcomer can browse in three languages, loaded once per run."""

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import translation

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from directory.models import StructurePage
from foundation.models import PortalSettings, StandardPage
from foundation.vocabularies import ServiceCategory
from home.models import AreaPage, HomePage
from listings.models import LISTING_PAGE_MODELS
from search.models import LISTING_KINDS, DocumentKind, SearchDocument
from services.models import ServicePage
from territory.models import Commune, CommunityOfCommunes
from tests.builders import text_of

pytestmark = pytest.mark.django_db


def live_in(model, language):
    return model.objects.live().filter(locale__language_code=language)


def listing_keys(language):
    keys = set()
    for model in LISTING_PAGE_MODELS:
        keys |= set(live_in(model, language).values_list("translation_key", flat=True))
    return keys


def test_demo_accounts_are_never_created_with_debug_off_unless_asked():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo", verbosity=0)
    assert not get_user_model().objects.filter(username="admin").exists()
    assert not HomePage.objects.exists()


def test_sixty_live_listings_of_the_four_types(demo):
    counts = {model.listing_type: live_in(model, "fr").count() for model in LISTING_PAGE_MODELS}
    assert sum(counts.values()) >= 60, counts
    assert all(counts.values()), counts


def test_sixty_live_services_in_every_category(demo):
    services = live_in(ServicePage, "fr")
    assert services.count() >= 60
    assert set(services.values_list("category", flat=True)) == set(ServiceCategory.values)


def test_a_family_finds_a_school_a_nursery_and_a_doctor_in_each_areas_main_towns(demo):
    for community in CommunityOfCommunes.objects.all():
        # Among the communes on the map (Mur-sur-Allier, the third town of Billom
        # Communauté, has no known centre yet: a service there would not show on a map).
        placed = community.communes.filter(latitude__isnull=False)
        main_towns = placed.order_by("-population")[:3]
        for category in ("school", "childcare", "health"):
            served = set(
                live_in(ServicePage, "fr")
                .filter(category=category, community=community)
                .values_list("commune__name", flat=True)
            )
            for town in main_towns:
                assert town.name in served, (community.name, category, town.name)


def test_most_offers_and_services_are_translated_through_wagtail_localize(demo):
    models = [*LISTING_PAGE_MODELS, ServicePage]
    french = [page for model in models for page in live_in(model, "fr")]
    for language in ("en", "nl"):
        locale = Locale.objects.get(language_code=language)
        translated = Translation.objects.filter(
            source__object_id__in=[page.translation_key for page in french],
            target_locale=locale,
            enabled=True,
        )
        assert translated.count() >= 0.8 * len(french), language
        # The others are there too, in French, under the language's menus.
        for page in french:
            version = Page.objects.get(translation_key=page.translation_key, locale=locale)
            assert version.live


def test_the_territory_and_its_areas(demo):
    assert Commune.objects.count() == 113
    assert CommunityOfCommunes.objects.count() == 3
    assert set(live_in(AreaPage, "fr").values_list("community__siren", flat=True)) == set(
        CommunityOfCommunes.objects.values_list("siren", flat=True)
    )


def test_home_page_in_english_and_dutch(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale == Locale.get_default()
    for language in ("en", "nl"):
        home = live_in(HomePage, language).get()
        assert home.translation_key == site.root_page.translation_key
        soup = _soup(client, f"/{language}/")
        assert soup.html["lang"] == language
        assert len(soup.select(".listing-card")) >= 4


def test_the_key_figures_of_last_year_count_the_premises_offered(demo, client):
    # The offers were published over the last twenty months, as a network publishes them.
    figures = {
        text_of(item.select_one(".key-figures__label")): int(
            text_of(item.select_one(".key-figures__value")).replace(" ", "")
        )
        for item in _soup(client, "/en/").select(".key-figures__item")
    }
    assert figures["Premises offered"] > 0, figures
    dates = set(live_in(LISTING_PAGE_MODELS[0], "fr").values_list("first_published_at", flat=True))
    assert len(dates) > 1


def test_the_three_standard_pages_are_linked_from_every_page(demo, client):
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    pages = [settings.legal_notice_page, settings.privacy_page, settings.accessibility_page]
    assert all(pages), "legal notice, privacy and accessibility pages must all be set"
    assert len({page.pk for page in pages}) == 3
    for page in pages:
        assert page.live
        assert page.specific_class is StandardPage
    footer_links = {a["href"] for a in _soup(client, "/fr/").select("footer a")}
    assert {page.url for page in pages} <= footer_links
    # In English and Dutch, their translations: the same three, under the reader's language.
    for language in ("en", "nl"):
        with translation.override(language):
            translated = {page.localized.url for page in pages}
        links = {a["href"] for a in _soup(client, f"/{language}/").select("footer nav a")}
        assert links == translated
        assert all(link.startswith(f"/{language}/") for link in links)
    for page in pages:
        assert _soup(client, page.url).h1


def test_confidential_listings_show_only_their_area(demo, client):
    confidential = [
        listing
        for model in LISTING_PAGE_MODELS
        for listing in live_in(model, "fr").filter(confidential=True).select_related("commune")
    ]
    assert confidential, "the demo should show how a confidential offer looks"
    for listing in confidential:
        soup = _soup(client, listing.url)
        facts = text_of(soup.select_one(".facts"))
        assert listing.community.name in facts
        # The community's own name may contain the town's ("CC Thiers Dore et Montagne").
        assert listing.commune.name not in facts.replace(listing.community.name, "")
        assert listing.commune.insee_code not in str(soup)
        api = client.get(f"/api/v2/pages/{listing.pk}/").json()
        assert api["place"] == {"community": listing.community.name}


def test_every_public_offer_and_every_service_is_on_the_map(demo):
    """In every language, and in the search documents the maps are drawn from."""
    for language in ("fr", "en", "nl"):
        for model in [*LISTING_PAGE_MODELS, ServicePage]:
            pages = live_in(model, language)
            if model is not ServicePage:
                assert not pages.filter(confidential=True, latitude__isnull=False).exists()
                pages = pages.filter(confidential=False)
            assert pages.exists()
            assert not pages.filter(latitude__isnull=True).exists(), (model, language)
    documents = SearchDocument.objects.filter(kind__in=[*LISTING_KINDS, DocumentKind.SERVICE])
    unplaced = documents.filter(latitude__isnull=True)
    assert unplaced.exists(), "confidential offers are in the search, without a point"
    for document in unplaced.select_related("page"):
        assert document.page.specific.confidential, document.heading


def test_demo_accounts_exist(demo):
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.filter(username="coordination", is_superuser=False).exists()
    for structure in live_in(StructurePage, "fr"):
        editor = users.get(username=structure.slug)
        assert not editor.is_superuser
        assert editor.groups.exists()


def test_second_run_adds_nothing_and_keeps_admin_edits(demo):
    def census():
        return {
            "pages": Page.objects.count(),
            "live": Page.objects.live().count(),
            "users": get_user_model().objects.count(),
            "communes": Commune.objects.count(),
            "images": _image_count(),
        }

    listing = live_in(LISTING_PAGE_MODELS[0], "fr").first()
    listing.title = "Titre corrigé par la CCI"
    listing.save_revision().publish()
    before = census()
    call_command("load_demo", verbosity=0, allow_demo_accounts=True)
    assert census() == before
    listing.refresh_from_db()
    assert listing.title == "Titre corrigé par la CCI"


def _image_count():
    from wagtail.images import get_image_model

    return get_image_model().objects.count()


def _soup(client, url):
    from wagtail.test.utils import WagtailTestUtils

    response = client.get(url)
    assert response.status_code == 200, url
    return WagtailTestUtils.get_soup(response.content)


def test_every_listing_has_a_review_date_and_a_few_are_due(demo, client):
    import datetime

    from django.utils import timezone
    from django.utils.html import escape

    soon = timezone.now() + datetime.timedelta(days=14)
    listings = [page for model in LISTING_PAGE_MODELS for page in live_in(model, "fr").specific()]
    assert all(page.expire_at for page in listings)
    due = [page for page in listings if page.expire_at <= soon]
    assert 3 <= len(due) < len(listings) / 5
    client.login(username="coordination", password="installez-vous")
    response = client.get("/admin/reports/listings-to-review/")
    for page in due:
        assert escape(page.title) in response.content.decode()


def test_the_park_promotes_a_campaign_events_and_portraits_in_three_languages(demo, client):
    from promotion.models import CampaignPage, EventPage, Testimonial

    for language in ("fr", "en", "nl"):
        campaign = live_in(CampaignPage, language).get()
        soup = _soup(client, campaign.url)
        assert soup.select_one(".campaign-over") is None
        assert len(soup.select(".listing-card")) >= 3
        assert len(soup.select(".testimonial")) == 3
        events = live_in(EventPage, language)
        assert events.count() == 3
        home = _soup(client, f"/{language}/")
        # Two events to come, one past; three portraits.
        assert len(home.select(".event-card")) == 2
        assert len(home.select(".testimonial")) == 3
        assert Testimonial.objects.filter(locale__language_code=language).count() == 3
    response = client.get("/c/commerces-de-bourg/", headers={"accept-language": "nl"})
    assert response["Location"] == live_in(CampaignPage, "nl").get().url
