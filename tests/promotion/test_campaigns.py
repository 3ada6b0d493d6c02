"""The park's campaigns: the offers they feature, their dates, and the enquiries they bring."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from enquiries.models import Enquiry
from figures.network import Figures
from foundation.factories import SuperuserFactory
from foundation.figures import Period
from foundation.vocabularies import Availability
from listings.factories import PremisesListingPageFactory
from listings.lifecycle import set_availability
from promotion.factories import CampaignPageFactory
from promotion.factories import TestimonialFactory as PortraitFactory
from promotion.models import CampaignListing, CampaignPage
from search.documents import rebuild as rebuild_search_documents
from tests.builders import (
    build_world,
    form_ready,
    module_world,
    publish,
    translate,
    without_pages,
)
from tests.enquiries.enquiry_world import build_enquiry_world, interest_data, project_data, url_in

pytestmark = pytest.mark.django_db


built_world = module_world(build_enquiry_world)


@pytest.fixture
def world(built_world, settings):
    return form_ready(built_world, settings)


@pytest.fixture
def translated_world(db):
    # Few tests need it: built for each of them in place of the module's world, rolled back.
    without_pages()
    return build_world()


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def card_titles(page):
    return [link.get_text(strip=True) for link in page.select(".listing-card .card__title a")]


def mark_taken(listing):
    set_availability(listing, Availability.TAKEN, timezone.localdate(), SuperuserFactory())


def campaign_in(world, **fields):
    campaign = CampaignPageFactory(parent=world.home, **fields)
    return publish(campaign)


def test_the_rule_follows_the_listings_as_they_change(client, world):
    campaign = CampaignPageFactory(parent=world.home, key="boutiques", rule_types=["premises"])
    campaign.rule_areas.set([world.thiers_cc])
    campaign = publish(campaign)
    assert card_titles(soup(client.get(campaign.url))) == [world.premises.title]

    # A new shop in Thiers joins the campaign; one in Ambert does not.
    newer = publish(
        PremisesListingPageFactory(
            parent=world.cma, title="Local d'angle rue de la Coutellerie", commune=world.thiers
        )
    )
    publish(
        PremisesListingPageFactory(
            parent=world.cma, title="Boutique à Ambert", commune=world.ambert
        )
    )
    assert card_titles(soup(client.get(campaign.url))) == [newer.title, world.premises.title]

    # Taken, or withdrawn: it leaves the campaign without anyone editing it.
    mark_taken(world.premises)
    newer.unpublish()
    assert card_titles(soup(client.get(campaign.url))) == []


def test_the_rule_reads_sectors_and_tags(client, world):
    by_sector = CampaignPageFactory(parent=world.home, key="commerces", rule_sectors=["commerce"])
    by_sector = publish(by_sector)
    assert card_titles(soup(client.get(by_sector.url))) == [world.business.title]
    by_sector.rule_sectors = ["crafts"]
    by_sector = publish(by_sector)
    assert card_titles(soup(client.get(by_sector.url))) == []

    world.housing.tags.add("maison de bourg")
    world.housing = publish(world.housing)
    by_tag = CampaignPageFactory(parent=world.home, key="maisons")
    by_tag.rule_tags.add("maison de bourg")
    by_tag = publish(by_tag)
    assert card_titles(soup(client.get(by_tag.url))) == [world.housing.title]


def test_offers_chosen_by_hand_come_first_in_their_order(client, world):
    campaign = CampaignPageFactory(
        parent=world.home, key="terres", rule_types=["premises"], rule_limit=1
    )
    CampaignListing.objects.create(campaign=campaign, listing=world.land, sort_order=0)
    CampaignListing.objects.create(campaign=campaign, listing=world.housing, sort_order=1)
    campaign = publish(CampaignPage.objects.get(pk=campaign.pk))
    assert card_titles(soup(client.get(campaign.url))) == [
        world.land.title,
        world.housing.title,
        world.premises.title,
    ]
    mark_taken(world.land)
    assert card_titles(soup(client.get(campaign.url))) == [
        world.housing.title,
        world.premises.title,
    ]


def test_an_empty_rule_adds_nothing(client, world):
    campaign = campaign_in(world, key="vide")
    assert card_titles(soup(client.get(campaign.url))) == []


def test_outside_its_dates_the_page_says_so_and_points_to_the_current_offers(client, world):
    today = timezone.localdate()
    over = campaign_in(
        world,
        key="salon-2025",
        rule_types=["premises"],
        starts_on=today - datetime.timedelta(days=40),
        ends_on=today - datetime.timedelta(days=1),
    )
    page = soup(client.get(over.url))
    notice = page.select_one(".campaign-over")
    assert "Cette campagne est terminée" in notice.get_text()
    assert notice.find("a", href=world.listing_index.url)
    assert card_titles(page) == []
    upcoming = campaign_in(
        world,
        key="salon-2027",
        starts_on=today + datetime.timedelta(days=3),
        ends_on=today + datetime.timedelta(days=5),
    )
    notice = soup(client.get(upcoming.url)).select_one(".campaign-over")
    assert "Cette campagne commence le" in notice.get_text()


def test_the_last_day_is_still_part_of_the_campaign(client, world):
    campaign = campaign_in(
        world, key="dernier-jour", rule_types=["premises"], ends_on=timezone.localdate()
    )
    page = soup(client.get(campaign.url))
    assert page.select_one(".campaign-over") is None
    assert card_titles(page) == [world.premises.title]


def test_a_project_presented_from_a_campaign_is_attributed_to_it(
    client, world, django_capture_on_commit_callbacks
):
    campaign = campaign_in(world, key="salon-lyon-2027")
    page = soup(client.get(campaign.url))
    links = {a["href"] for a in page.select("a") if "campaign=" in a.get("href", "")}
    assert links == {f"{url_in('fr', 'present_project')}?campaign=salon-lyon-2027"}

    form = soup(client.get(links.pop()))
    assert form.find("input", attrs={"name": "campaign"})["value"] == "salon-lyon-2027"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url_in("fr", "present_project"), project_data(world, campaign="salon-lyon-2027")
        )
    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert enquiry.campaign == "salon-lyon-2027"
    # No cookie carries it: the link and the form do.
    assert not [name for name in client.cookies if "campaign" in name]
    # The network's figures count it for the campaign, by the campaign's title.
    figures = Figures(Period(timezone.localtime(enquiry.created_at).year))
    [table] = [table for table in figures.tables() if table.key == "by_campaign"]
    assert [[str(label), count] for label, count in table.rows] == [
        [campaign.title, 1],
        ["Sans campagne", 0],
    ]


def test_an_offer_reached_from_a_campaign_carries_it_to_the_interest_form(
    client, world, django_capture_on_commit_callbacks
):
    campaign = campaign_in(world, key="boutiques", rule_types=["premises"])
    card = soup(client.get(campaign.url)).select_one(".listing-card .card__title a")
    assert card["href"] == f"{world.premises.url}?campaign=boutiques"
    listing = soup(client.get(card["href"]))
    assert listing.find("input", attrs={"name": "campaign"})["value"] == "boutiques"
    # The header's link to the project form carries it on as well.
    assert listing.select_one(".header-project")["href"].endswith("?campaign=boutiques")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url_in("fr", "listing_enquiry", world.premises.pk),
            interest_data(campaign="boutiques"),
        )
    assert Enquiry.objects.get().campaign == "boutiques"


def test_the_short_link_opens_the_campaign_in_the_readers_language(client, translated_world):
    world = translated_world
    campaign = campaign_in(world, key="salon-lyon-2027")
    english = translate(campaign, world.locales["en"], title="Take over a shop")
    response = client.get("/c/salon-lyon-2027/", headers={"accept-language": "en"})
    assert response.status_code == 302
    assert response["Location"] == english.url
    # Dutch is not translated yet: the French page.
    response = client.get("/c/salon-lyon-2027/", headers={"accept-language": "nl"})
    assert response["Location"] == campaign.url
    assert client.get("/c/unknown/", follow=True).status_code == 404
    # A translation keeps the key: it is the same campaign.
    assert english.key == "salon-lyon-2027"


def test_two_campaigns_cannot_share_a_key(world):
    campaign_in(world, key="salon-2027")
    other = CampaignPageFactory.build(key="salon-2027", title="Autre", slug="autre")
    with pytest.raises(ValidationError) as error:
        world.home.add_child(instance=other)
    assert "key" in error.value.message_dict


def test_a_campaign_cannot_end_before_it_starts(world):
    today = timezone.localdate()
    campaign = CampaignPageFactory.build(
        key="envers", slug="envers", starts_on=today, ends_on=today - datetime.timedelta(days=1)
    )
    with pytest.raises(ValidationError) as error:
        world.home.add_child(instance=campaign)
    assert "ends_on" in error.value.message_dict


def test_a_search_promotion_can_point_to_a_running_campaign(client, world):
    running = campaign_in(world, key="boulangeries", title="Boulangeries à reprendre")
    over = campaign_in(
        world,
        key="ancienne",
        title="Ancienne campagne",
        ends_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    rebuild_search_documents()
    query = Query.get("boulangerie")
    SearchPromotion.objects.create(query=query, page=running, sort_order=0)
    SearchPromotion.objects.create(query=query, page=over, sort_order=1)
    page = soup(client.get(url_in("fr", "search"), {"q": "boulangerie"}))
    pinned = [a.get_text(strip=True) for a in page.select(".promotions a")]
    assert pinned == ["Boulangeries à reprendre"]


def test_testimonials_chosen_for_a_campaign_are_shown_in_the_readers_language(
    client, translated_world
):
    world = translated_world
    shown = PortraitFactory(name="Anna et Joost", commune=world.thiers)
    shown.structures.set([world.cci])
    shown.save()
    hidden = PortraitFactory(name="Sans accord", commune=world.thiers, agreed=False)
    campaign = CampaignPageFactory(parent=world.home, key="temoins")
    campaign.testimonials.set([shown, hidden])
    campaign = publish(campaign)
    english = translate(campaign, world.locales["en"], title="They did it")
    shown_en = shown.copy_for_translation(world.locales["en"])
    shown_en.project = "took over the bakery on the square"
    shown_en.save()

    french = soup(client.get(campaign.url)).select(".testimonial")
    assert [t.find("strong").get_text() for t in french] == ["Anna et Joost"]
    assert world.cci.title in french[0].get_text()
    portrait = soup(client.get(english.url)).select_one(".testimonial")
    assert "Took over the bakery on the square" in portrait.get_text()
    assert portrait.get("lang") is None
