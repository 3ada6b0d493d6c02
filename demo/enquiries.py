"""Fictional enquiries of the last two years, so that the network's figures have something to say.

The people are invented, drawn with a fixed seed from the names of ``data/enquiries.yaml``; their
projects are routed by the demo's own routing rules and followed in a plausible timeline: a
first answer within a few days, meetings, and for some an installation or a closing reason.
"""

import datetime
import random

from django.utils import timezone

from enquiries.models import (
    Enquiry,
    EnquiryEvent,
    EnquirySource,
    EnquiryStatus,
    EntryKind,
    Need,
    ProjectTimeline,
)
from enquiries.routing import route
from promotion.events import take_seats
from promotion.models import EventRegistration, RegistrationStatus
from search.models import QueryDay

from .content import load

# Every demo enquiry writes from this domain: the demo finds its own again by it.
DEMO_DOMAIN = "demo.example.org"
SEED = 2026
PER_MONTH = (6, 14)
MONTHS = 20

PEOPLE = load("enquiries")
FIRST_NAMES = PEOPLE["first_names"]
LAST_NAMES = PEOPLE["last_names"]
PLACES = PEOPLE["places"]
DESCRIPTIONS = PEOPLE["descriptions"]


def weighted(weights):
    """The list a draw picks from: each value as many times as its weight."""
    return [value for value, weight in weights.items() for _time in range(weight)]


LANGUAGES = weighted(PEOPLE["languages"])
KINDS = weighted(PEOPLE["project_kinds"])
SECTORS = weighted(PEOPLE["sectors"])
CLOSED_REASONS = weighted(PEOPLE["closed_reasons"])


def load_enquiries(communities, campaign_key, now=None):
    """Create the demo's enquiries unless they are there; returns how many were created."""
    if Enquiry.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").exists():
        return 0
    now = now or timezone.now()
    draw = random.Random(SEED)
    communities = list(communities)
    count = 0
    for months_ago in range(MONTHS, -1, -1):
        first_day = (now - datetime.timedelta(days=30 * months_ago)).replace(day=1)
        for _number in range(draw.randint(*PER_MONTH)):
            received = first_day + datetime.timedelta(
                days=draw.randint(0, 27), hours=draw.randint(8, 19)
            )
            if received >= now:
                continue
            campaign = campaign_key if months_ago <= 1 and draw.random() < 0.4 else ""
            latest = make_enquiry(draw, received, now, communities, campaign, count)
            count += 1
    # The latest newcomer sent a second project the same minute, in another sector: routed to
    # other structures, the two enquiries meet in one file in the admin.
    make_enquiry(
        draw,
        min(latest.created_at + datetime.timedelta(seconds=40), now),
        now,
        communities,
        "",
        count,
        same_person_as=latest,
    )
    return count + 1


def make_enquiry(draw, received, now, communities, campaign, number, same_person_as=None):
    person = same_person_as
    if person is None:
        language = draw.choice(LANGUAGES)
        first, last = draw.choice(FIRST_NAMES[language]), draw.choice(LAST_NAMES[language])
        name, email = f"{first} {last}", f"{first.lower()}.{last.lower()}.{number}@{DEMO_DOMAIN}"
    else:
        language, name, email = person.language, person.name, person.email
    kind = draw.choice(KINDS)
    if person is None:
        place, sector = draw.choice(PLACES[language]), draw.choice(SECTORS)
    else:
        place = person.current_place
        sector = draw.choice([other for other in SECTORS if other != person.sector])
    enquiry = Enquiry.objects.create(
        source=EnquirySource.PROJECT,
        created_at=received,
        last_activity_at=received,
        language=language,
        name=name,
        email=email,
        current_place=place,
        project_kind=kind,
        sector=sector,
        description=DESCRIPTIONS[kind],
        timeline=draw.choice(ProjectTimeline.values),
        needs=draw.sample(Need.values, draw.randint(1, 3)),
        campaign=campaign,
        consent_version="demo",
        consent_at=received,
    )
    enquiry.wished_communities.set(draw.sample(communities, draw.randint(0, 2)))
    technical, territorial = route(enquiry)
    followers = [s for s in dict.fromkeys((technical, territorial)) if s is not None]
    enquiry.technical_structure, enquiry.territorial_structure = technical, territorial
    enquiry.structures.set(followers)
    events = [
        EnquiryEvent(
            enquiry=enquiry,
            kind=EntryKind.ROUTED,
            created_at=received,
            status_to=EnquiryStatus.ASSIGNED,
            visible_to_newcomer=True,
        )
    ]
    status = EnquiryStatus.ASSIGNED
    when = received
    for structure in followers:
        answered = received + datetime.timedelta(hours=draw.randint(4, 24 * 9))
        if answered < now:
            events.append(
                EnquiryEvent(
                    enquiry=enquiry,
                    kind=draw.choice([EntryKind.CALL, EntryKind.NOTE, EntryKind.MEETING]),
                    structure=structure,
                    created_at=answered,
                    text=PEOPLE["first_answer"],
                )
            )
            status, when = EnquiryStatus.IN_PROGRESS, max(when, answered)
    outcome = when + datetime.timedelta(days=draw.randint(30, 300))
    closed_reason = ""
    if status == EnquiryStatus.IN_PROGRESS and outcome < now:
        roll = draw.random()
        if roll < 0.3:
            status = EnquiryStatus.SETTLED
        elif roll < 0.55:
            status, closed_reason = EnquiryStatus.CLOSED, draw.choice(CLOSED_REASONS)
        if status != EnquiryStatus.IN_PROGRESS:
            events.append(
                EnquiryEvent(
                    enquiry=enquiry,
                    kind=EntryKind.STATUS,
                    structure=followers[0],
                    created_at=outcome,
                    status_from=EnquiryStatus.IN_PROGRESS,
                    status_to=status,
                    visible_to_newcomer=True,
                )
            )
            when = outcome
    EnquiryEvent.objects.bulk_create(events)
    enquiry.status = status
    enquiry.closed_reason = closed_reason
    enquiry.last_activity_at = when
    enquiry.closed_at = (
        outcome if status in (EnquiryStatus.SETTLED, EnquiryStatus.CLOSED) else None
    )
    enquiry.save(
        update_fields=[
            "technical_structure",
            "territorial_structure",
            "status",
            "closed_reason",
            "last_activity_at",
            "closed_at",
        ]
    )
    return enquiry


def load_searches(now=None):
    """What newcomers typed in the search box over the last weeks, as the report counts it."""
    today = timezone.localdate(now)
    draw = random.Random(SEED)
    created = 0
    for days_ago in range(0, 90, 3):
        day = today - datetime.timedelta(days=days_ago)
        for search in PEOPLE["searches"]:
            times = draw.randint(0, search["hits"])
            if not times:
                continue
            _day, made = QueryDay.objects.get_or_create(
                query=search["query"],
                language=search["language"],
                date=day,
                defaults={"hits": times, "empty_hits": times if search["empty"] else 0},
            )
            created += made
    return created


def load_registrations(event, count):
    """``count`` fictional people registered for ``event``, once; no mail is written."""
    if event.registrations.exists():
        return 0
    draw = random.Random(SEED + event.pk)
    for number in range(count):
        language = draw.choice(LANGUAGES)
        first, last = draw.choice(FIRST_NAMES[language]), draw.choice(LAST_NAMES[language])
        people = draw.choice([1, 1, 2])
        confirmed = take_seats(event, people)
        EventRegistration.objects.create(
            event=event,
            name=f"{first} {last}",
            email=f"{first.lower()}.{last.lower()}.r{number}@{DEMO_DOMAIN}",
            people=people,
            language=language,
            status=RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITING,
            confirmed_at=timezone.now() if confirmed else None,
            consent_version="demo",
            consent_at=timezone.now(),
        )
    return count
