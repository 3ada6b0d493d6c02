"""Fictional enquiries of the last two years, so that the network's figures have something to say.

The people are invented, drawn from lists of first and last names with a fixed seed; their
projects are routed by the demo's own routing rules and followed in a plausible timeline: a
first answer within a few days, meetings, and for some an installation or a closing reason.
"""

import datetime
import random

from django.utils import timezone

from network.models import (
    ClosedReason,
    Enquiry,
    EnquiryEvent,
    EnquirySource,
    EnquiryStatus,
    EventKind,
    Need,
    ProjectKind,
    ProjectTimeline,
    Sector,
)
from network.routing import route

# Every demo enquiry writes from this domain: the demo finds its own again by it.
DEMO_DOMAIN = "demo.example.org"
SEED = 2026
PER_MONTH = (6, 14)
MONTHS = 20

FIRST_NAMES = {
    "fr": ["Camille", "Julien", "Léa", "Hugo", "Manon", "Théo", "Chloé", "Lucas", "Inès", "Noé"],
    "en": ["Oliver", "Amelia", "Harry", "Isla", "George", "Freya", "Jack", "Poppy"],
    "nl": ["Daan", "Sanne", "Bram", "Fleur", "Joris", "Lotte", "Wouter", "Maartje"],
}
LAST_NAMES = {
    "fr": ["Martin", "Bernard", "Roux", "Fournier", "Girard", "Lambert", "Faure", "Mercier"],
    "en": ["Hughes", "Porter", "Fletcher", "Walsh", "Barker", "Dawson"],
    "nl": ["Visser", "Smit", "Mulder", "Bos", "Dekker", "Brouwer", "Kok"],
}
PLACES = {
    "fr": ["Lyon", "Clermont-Ferrand", "Paris", "Saint-Étienne", "Grenoble"],
    "en": ["Bristol, United Kingdom", "Leeds, United Kingdom", "Dublin, Ireland"],
    "nl": ["Utrecht, Nederland", "Gent, België", "Eindhoven, Nederland", "Leuven, België"],
}
DESCRIPTIONS = {
    ProjectKind.TAKE_OVER: "Reprendre un commerce ou un atelier dans un bourg du Parc.",
    ProjectKind.CREATE: "Créer mon activité et trouver un local adapté.",
    ProjectKind.MOVE: "Transférer mon entreprise en Livradois-Forez avec ma famille.",
    ProjectKind.REMOTE_WORK: "Télétravailler depuis une maison avec la fibre.",
}
LANGUAGES = ["fr"] * 6 + ["nl"] * 3 + ["en"] * 2
KINDS = (
    [ProjectKind.TAKE_OVER] * 5
    + [ProjectKind.CREATE] * 3
    + [
        ProjectKind.MOVE,
        ProjectKind.REMOTE_WORK,
    ]
)
SECTORS = (
    [Sector.COMMERCE] * 4
    + [Sector.CRAFTS] * 3
    + [
        Sector.AGRICULTURE,
        Sector.TOURISM,
        Sector.SERVICES,
        Sector.HEALTH,
    ]
)
CLOSED_REASONS = [
    ClosedReason.GAVE_UP,
    ClosedReason.GAVE_UP,
    ClosedReason.ELSEWHERE,
    ClosedReason.NO_ANSWER,
    ClosedReason.OUT_OF_SCOPE,
]


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
            make_enquiry(draw, received, now, communities, campaign, count)
            count += 1
    return count


def make_enquiry(draw, received, now, communities, campaign, number):
    language = draw.choice(LANGUAGES)
    first, last = draw.choice(FIRST_NAMES[language]), draw.choice(LAST_NAMES[language])
    kind = draw.choice(KINDS)
    enquiry = Enquiry.objects.create(
        source=EnquirySource.PROJECT,
        created_at=received,
        last_activity_at=received,
        language=language,
        name=f"{first} {last}",
        email=f"{first.lower()}.{last.lower()}.{number}@{DEMO_DOMAIN}",
        current_place=draw.choice(PLACES[language]),
        project_kind=kind,
        sector=draw.choice(SECTORS),
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
            kind=EventKind.ROUTED,
            created_at=received,
            status_to=EnquiryStatus.ASSIGNED,
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
                    kind=draw.choice([EventKind.CALL, EventKind.NOTE, EventKind.MEETING]),
                    structure=structure,
                    created_at=answered,
                    text="Premier échange avec le porteur de projet.",
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
                    kind=EventKind.STATUS,
                    structure=followers[0],
                    created_at=outcome,
                    status_from=EnquiryStatus.IN_PROGRESS,
                    status_to=status,
                )
            )
            when = outcome
    EnquiryEvent.objects.bulk_create(events)
    enquiry.status = status
    enquiry.closed_reason = closed_reason
    enquiry.last_activity_at = when
    enquiry.save(
        update_fields=[
            "technical_structure",
            "territorial_structure",
            "status",
            "closed_reason",
            "last_activity_at",
        ]
    )
    return enquiry


SEARCHES = [
    ("boulangerie", "fr", 9, 0),
    ("local commercial", "fr", 7, 0),
    ("maison avec jardin", "fr", 6, 0),
    ("ferme", "fr", 4, 0),
    ("crèche", "fr", 3, 0),
    ("bakery", "en", 5, 0),
    ("bed and breakfast", "en", 3, 3),
    ("bakkerij", "nl", 6, 0),
    ("camping", "nl", 4, 4),
    ("coworking", "fr", 2, 2),
]


def load_searches(now=None):
    """What newcomers typed in the search box over the last weeks, as the report counts it."""
    from search.models import QueryDay

    today = timezone.localdate(now)
    draw = random.Random(SEED)
    created = 0
    for days_ago in range(0, 90, 3):
        day = today - datetime.timedelta(days=days_ago)
        for query, language, hits, empty in SEARCHES:
            times = draw.randint(0, hits)
            if not times:
                continue
            _day, made = QueryDay.objects.get_or_create(
                query=query,
                language=language,
                date=day,
                defaults={"hits": times, "empty_hits": times if empty else 0},
            )
            created += made
    return created


def load_registrations(event, count):
    """``count`` fictional people registered for ``event``, once; no mail is written."""
    from portal.events import take_seats
    from portal.models import EventRegistration, RegistrationStatus

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
