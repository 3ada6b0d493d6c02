"""The events in a newcomer's own calendar: one event's file, and the calendar to subscribe
to, in the language of the address, read back as a calendar application reads them."""

import datetime

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from django.test import override_settings
from django.utils import timezone

from foundation.page_cache import HEADER
from promotion.factories import EventPageFactory
from tests.builders import fresh, module_world, publish, translate
from tests.enquiries.enquiry_world import url_in
from tests.promotion.test_events import build_events_world

pytestmark = pytest.mark.django_db


def build_calendar_world():
    world = build_events_world(translated=False)
    english = world.locales["en"]
    translate(world.home, english, title="Settle in the Livradois-Forez")
    world.calendar_en = translate(world.calendar, english, title="Events")
    world.weekend_en = translate(world.weekend, english, title="Immersion weekend in Thiers")
    return world


built_world = module_world(build_calendar_world)


@pytest.fixture
def world(built_world):
    return fresh(built_world)


def link(client, url, selector):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return soup.select_one(selector)["href"]


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def events_of(calendar):
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_an_event_goes_into_ones_calendar_in_the_language_of_its_page(client, world):
    response, calendar = read(client, link(client, world.weekend_en.url, "a.calendar-link"))
    filename = f"{world.weekend_en.slug}.ics"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    (event,) = calendar.walk("VEVENT")
    assert event["summary"] == "Immersion weekend in Thiers"
    # To the second, as iCalendar writes times.
    assert event.decoded("dtstart") == world.weekend.starts_at.replace(microsecond=0)
    assert event.decoded("dtend") == world.weekend.ends_at.replace(microsecond=0)
    assert "Thiers" in event["location"]
    assert event["url"] == f"http://localhost{world.weekend_en.url}"
    assert event["categories"].cats  # the kind of event, in English
    # The same event in French: the same identifier, so it is never twice in one calendar.
    _response, french = read(client, link(client, world.weekend.url, "a.calendar-link"))
    (event_fr,) = french.walk("VEVENT")
    assert event_fr["summary"] == world.weekend.title
    assert event_fr["uid"] == event["uid"]


def test_the_calendar_to_subscribe_to_lists_the_events_to_come_and_last_months(client, world):
    now = timezone.now()
    recent = publish(
        EventPageFactory(
            parent=world.calendar,
            title="Forum de la reprise",
            starts_at=now - datetime.timedelta(days=11),
            ends_at=now - datetime.timedelta(days=10),
        )
    )
    publish(
        EventPageFactory(
            parent=world.calendar,
            title="Salon de l'an dernier",
            starts_at=now - datetime.timedelta(days=61),
            ends_at=now - datetime.timedelta(days=60),
        )
    )
    draft = EventPageFactory(parent=world.calendar, title="Soirée en préparation")
    draft.unpublish()

    url = link(client, world.calendar_en.url, 'link[type="text/calendar"]')
    assert url == link(client, world.calendar_en.url, "a.calendar-link")
    _response, calendar = read(client, url)
    assert str(calendar["x-wr-calname"]) == "Installez-vous: the network's events"
    events = events_of(calendar)
    # Translated, in English; not translated yet, in French; a month after, and drafts, out.
    assert set(events) == {"Immersion weekend in Thiers", recent.title}
    for event in events.values():
        assert event["uid"] and event["dtstamp"] and event["dtstart"] and event["dtend"]

    # In Dutch, nothing is translated yet: the French pages.
    _response, dutch = read(client, url_in("nl", "events_calendar"))
    assert str(dutch["x-wr-calname"]) == "Installez-vous: de evenementen van het netwerk"
    assert set(events_of(dutch)) == {world.weekend.title, recent.title}


def test_an_unknown_or_withdrawn_event_has_no_calendar_file(client, world):
    url = link(client, world.weekend.url, "a.calendar-link")
    assert client.get(url.replace(str(world.weekend.pk), "999999")).status_code == 404
    assert client.get(url.replace(str(world.weekend.pk), "un-evenement")).status_code == 404
    world.weekend.unpublish()
    assert client.get(url).status_code == 404


@override_settings(PAGE_CACHE_SECONDS=600, FRAGMENT_CACHE=True)
def test_the_calendar_is_kept_until_an_event_is_published(client, world):
    url = link(client, world.calendar.url, "a.calendar-link")
    client.get(url)
    assert client.get(url)[HEADER] == "hit"
    publish(EventPageFactory(parent=world.calendar, title="Soirée des repreneurs"))
    response, calendar = read(client, url)
    assert response[HEADER] == "miss"
    assert "Soirée des repreneurs" in events_of(calendar)
