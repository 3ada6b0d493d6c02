"""The events as iCalendar files (RFC 5545): one event to add to one's calendar, and the
calendar of the events to come, to subscribe to, in the reader's language.

The dates, seats and place that hold are the French page's (``source_of``): a translation
receives them only when it is updated. The title, summary and place name are the reader's.
"""

import datetime

from icalendar import Calendar, Event, vDuration, vGeo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language, gettext

from foundation.i18n import in_source_locale
from promotion.models import EventPage

# An event stays in the subscribed calendar this long after it ends, so that calendars do
# not lose it on the evening it took place.
KEPT_AFTER = datetime.timedelta(days=30)
# How often a subscribed calendar should ask again (RFC 7986 REFRESH-INTERVAL).
REFRESH = datetime.timedelta(hours=12)


def calendar_of(events, request, name):
    """The iCalendar file of ``events``, (shown page, French source) pairs, as bytes."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Installez-vous//{request.get_host()}//{_language()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    for page, source in events:
        calendar.add_component(_event(page, source, request))
    return calendar.to_ical()


def _event(page, source, request):
    event = Event()
    url = page.get_full_url(request)
    # The same event in every language: a reader who subscribes twice sees it once.
    event.add("uid", f"event-{source.translation_key}@{request.get_host()}")
    changed = max(filter(None, (page.last_published_at, source.last_published_at)))
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("dtstart", source.starts_at)
    event.add("dtend", source.ends_at)
    event.add("summary", page.title)
    event.add("description", "\n\n".join(filter(None, (page.summary, url))))
    commune = source.commune
    place = (page.place_name, source.address, commune.name if commune else "")
    event.add("location", ", ".join(filter(None, place)))
    if commune is not None and commune.latitude is not None:
        event.add("geo", vGeo((commune.latitude, commune.longitude)))
    event.add("categories", [str(page.get_kind_display())])
    event.add("status", "CONFIRMED")
    event.add("url", url)
    return event


def event_calendar(page, source, request):
    return calendar_of([(page, source)], request, page.title)


def events_calendar(locale, request, now=None):
    """The calendar of the events to come (and of the last month's), in ``locale`` where they
    are translated, in French where not yet."""
    now = now or timezone.now()
    sources = list(
        EventPage.objects.live()
        .public()
        .filter(in_source_locale(), ends_at__gte=now - KEPT_AFTER)
        .select_related("commune")
        .order_by("starts_at", "pk")
    )
    translations = {
        page.translation_key: page
        for page in EventPage.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=[source.translation_key for source in sources])
    }
    events = [(translations.get(source.translation_key, source), source) for source in sources]
    return calendar_of(events, request, gettext("Installez-vous: the network's events"))


def _language():
    return (get_language() or settings.LANGUAGE_CODE).upper()
