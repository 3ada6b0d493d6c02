"""The network's figures for the steering committee: enquiries, installations, offers, events.

Every figure is counted for a period (a year, or a quarter of it) in the territory's time zone,
and may be narrowed to one structure or one community of communes. Each offer and each event
is counted once, on its French page, whatever the languages it is translated into.
"""

import datetime
import statistics
import zoneinfo
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Min, Q, Sum
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from network.models import (
    FOLLOW_UP_KINDS,
    ClosedReason,
    Enquiry,
    EnquiryEvent,
    EnquiryStatus,
    EventKind,
    ProjectKind,
)

TOP_SEARCHES = 15

# The figures the park may show on the home page, as the headline of the figures view.
KEY_FIGURES = {
    "received": _("Project holders met"),
    "premises": _("Premises offered"),
    "settled": _("Installations"),
    "registered": _("Event registrations"),
}


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None

    @property
    def first_day(self):
        return datetime.date(self.year, 3 * (self.quarter - 1) + 1 if self.quarter else 1, 1)

    @property
    def next_first_day(self):
        if self.quarter and self.quarter < 4:
            return datetime.date(self.year, 3 * self.quarter + 1, 1)
        return datetime.date(self.year + 1, 1, 1)

    @property
    def start(self):
        return _aware(self.first_day)

    @property
    def end(self):
        return _aware(self.next_first_day)

    def __str__(self):
        if self.quarter:
            return _("Q%(quarter)s %(year)s") % {"quarter": self.quarter, "year": self.year}
        return str(self.year)

    def months(self):
        first = self.first_day.month
        return list(range(first, first + (3 if self.quarter else 12)))


def territory_time_zone():
    """The territory's clock, not the one a coordinator set in their admin profile."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _aware(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=territory_time_zone())


@dataclass
class Table:
    """One table of figures: a label per row, then numbers; shown, charted and exported."""

    key: str
    title: str
    columns: list
    rows: list = field(default_factory=list)
    note: str = ""
    chart: bool = True

    @property
    def total(self):
        return sum(row[1] or 0 for row in self.rows)

    @property
    def largest(self):
        return max((row[1] or 0 for row in self.rows), default=0)

    BAR_HEIGHT = 28

    @property
    def chart_height(self):
        return self.BAR_HEIGHT * len(self.rows)

    @property
    def bars(self):
        """Where each row's bar stands in the chart: labels on the left 40 %, bars on 50 %."""
        largest = self.largest or 1
        bars = []
        for index, row in enumerate(self.rows):
            value = row[1] or 0
            width = 50 * value / largest
            # Written as SVG wants them whatever the reader's language: 12.5, not 12,5.
            bars.append(
                {
                    "label": row[0],
                    "value": value,
                    "width": f"{width:.2f}",
                    "value_x": f"{40 + width:.2f}",
                    "y": index * self.BAR_HEIGHT + 5,
                    "text_y": index * self.BAR_HEIGHT + 14,
                }
            )
        return bars


class Figures:
    """The figures of ``period``, for one ``structure`` and one ``area`` when given."""

    def __init__(self, period, structure=None, area=None):
        self.period = period
        self.structure = structure
        self.area = area

    # Enquiries --------------------------------------------------------------------------------

    def enquiries(self):
        enquiries = Enquiry.objects.filter(
            created_at__gte=self.period.start, created_at__lt=self.period.end
        )
        return self.narrowed(enquiries)

    def narrowed(self, enquiries):
        if self.structure is not None:
            enquiries = enquiries.filter(structures=self.structure)
        if self.area is not None:
            enquiries = enquiries.filter(
                Q(wished_communities=self.area) | Q(wished_communes__community=self.area)
            )
        return enquiries.distinct()

    def status_reached(self, status):
        """The enquiries that reached ``status`` during the period and still hold it."""
        reached = EnquiryEvent.objects.filter(
            status_to=status,
            created_at__gte=self.period.start,
            created_at__lt=self.period.end,
        ).values("enquiry")
        return self.narrowed(Enquiry.objects.filter(pk__in=reached, status=status))

    def received(self):
        return self.enquiries().count()

    def settled(self):
        return self.status_reached(EnquiryStatus.SETTLED).count()

    def by_choice(self, enquiries, name, choices, key, title, heading):
        """A row per choice of the field ``name``, in the choices' order, even when none."""
        counts = dict(
            enquiries.order_by().values_list(name).annotate(count=Count("pk", distinct=True))
        )
        rows = [[label, counts.pop(value, 0)] for value, label in choices]
        unknown = sum(counts.values())
        if unknown:
            rows.append([_("Not said"), unknown])
        return Table(key, title, [heading, _("Enquiries")], rows)

    def by_month(self):
        months = {}
        for created_at in self.enquiries().values_list("created_at", flat=True):
            month = timezone.localtime(created_at, territory_time_zone()).month
            months[month] = months.get(month, 0) + 1
        rows = [
            [
                formats.date_format(
                    datetime.date(self.period.year, month, 1), "YEAR_MONTH_FORMAT"
                ),
                months.get(month, 0),
            ]
            for month in self.period.months()
        ]
        return Table(
            "by_month", _("Enquiries received, month by month"), [_("Month"), _("Enquiries")], rows
        )

    def by_area(self):
        from territory.models import CommunityOfCommunes

        enquiries = self.enquiries()
        rows = []
        for community in CommunityOfCommunes.objects.filter(communes__isnull=False).distinct():
            count = (
                enquiries.filter(
                    Q(wished_communities=community) | Q(wished_communes__community=community)
                )
                .distinct()
                .count()
            )
            rows.append([community.name, count])
        rows.sort(key=lambda row: (-row[1], row[0]))
        none = enquiries.filter(wished_communities=None, wished_communes=None).count()
        if none:
            rows.append([_("No area said"), none])
        return Table(
            "by_area",
            _("Enquiries by area wished"),
            [_("Area"), _("Enquiries")],
            rows,
            note=_("An enquiry naming two areas counts in each."),
        )

    def by_campaign(self):
        from portal.models import CampaignPage

        counts = (
            self.enquiries()
            .exclude(campaign="")
            .order_by()
            .values_list("campaign")
            .annotate(count=Count("pk", distinct=True))
        )
        titles = dict(
            CampaignPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
                "key", "title"
            )
        )
        rows = [[titles.get(key, key), count] for key, count in counts]
        rows.sort(key=lambda row: (-row[1], str(row[0])))
        without = self.enquiries().filter(campaign="").count()
        rows.append([_("No campaign"), without])
        return Table(
            "by_campaign", _("Enquiries by campaign"), [_("Campaign"), _("Enquiries")], rows
        )

    def closed_reasons(self):
        return self.by_choice(
            self.status_reached(EnquiryStatus.CLOSED),
            "closed_reason",
            ClosedReason.choices,
            "closed",
            _("Enquiries closed, by reason"),
            _("Reason for closing"),
        )

    def first_answer(self):
        """Per structure: how long, from receipt, until its first entry in the timeline."""
        from network.models import StructurePage

        enquiries = self.enquiries()
        received = dict(enquiries.values_list("pk", "created_at"))
        followed = Enquiry.structures.through.objects.filter(enquiry__in=enquiries)
        if self.structure is not None:
            followed = followed.filter(structurepage=self.structure)
        entries = (
            EnquiryEvent.objects.filter(
                enquiry__in=enquiries,
                kind__in=[*FOLLOW_UP_KINDS, EventKind.STATUS],
                structure__isnull=False,
            )
            .values_list("enquiry", "structure")
            .annotate(first=Min("created_at"))
        )
        firsts = {(enquiry, structure): first for enquiry, structure, first in entries}
        delays = {}
        waiting = {}
        for enquiry, structure in followed.values_list("enquiry", "structurepage"):
            first = firsts.get((enquiry, structure))
            if first is None:
                waiting[structure] = waiting.get(structure, 0) + 1
            else:
                hours = (first - received[enquiry]).total_seconds() / 3600
                delays.setdefault(structure, []).append(hours)
        titles = dict(
            StructurePage.objects.filter(pk__in={*delays, *waiting}).values_list("pk", "title")
        )
        rows = [
            [
                titles[structure],
                round(statistics.median(delays[structure]) / 24, 1)
                if structure in delays
                else None,
                len(delays.get(structure, [])),
                waiting.get(structure, 0),
            ]
            for structure in sorted(titles, key=lambda pk: titles[pk])
        ]
        return Table(
            "first_answer",
            _("Median time to the first timeline entry, per structure"),
            [_("Structure"), _("Median, in days"), _("Answered"), _("Not answered yet")],
            rows,
            note=_(
                "From the enquiry's receipt to the first note, call, meeting, document, hand-over "
                "or change of status by the structure's people."
            ),
        )

    # Offers -----------------------------------------------------------------------------------

    def listings(self):
        from listings.lifecycle import source_listings

        listings = source_listings()
        if self.structure is not None:
            listings = listings.descendant_of(self.structure)
        if self.area is not None:
            from listings.models import in_community_filter

            listings = listings.filter(in_community_filter(self.area))
        return listings

    def published(self, model=None):
        listings = self.listings().filter(
            first_published_at__gte=self.period.start, first_published_at__lt=self.period.end
        )
        return listings.type(model).count() if model else listings.count()

    def offers(self):
        from listings.models import LISTING_PAGE_MODELS, Availability

        rows = []
        listings = self.listings()
        for model in LISTING_PAGE_MODELS:
            name = model._meta.model_name
            of_type = listings.type(model)
            taken = of_type.filter(
                **{
                    f"{name}__availability": Availability.TAKEN,
                    f"{name}__availability_changed_on__gte": self.period.first_day,
                    f"{name}__availability_changed_on__lt": self.period.next_first_day,
                }
            ).count()
            expired = of_type.filter(
                expired=True,
                expire_at__gte=self.period.start,
                expire_at__lt=self.period.end,
            ).count()
            rows.append(
                [
                    model._meta.verbose_name_plural.capitalize(),
                    self.published(model),
                    taken,
                    expired,
                ]
            )
        return Table(
            "offers",
            _("Offers published, taken and expired"),
            [_("Type"), _("Published"), _("Taken"), _("Expired")],
            rows,
            note=_("Expired: withdrawn at their review date without being confirmed."),
        )

    # Events and searches ------------------------------------------------------------------------

    def events(self):
        from portal.models import EventPage, RegistrationStatus

        events = EventPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE,
            first_published_at__isnull=False,
            starts_at__gte=self.period.start,
            starts_at__lt=self.period.end,
        )
        if self.area is not None:
            events = events.filter(commune__community=self.area)
        events = events.annotate(
            confirmed=Sum(
                "registrations__people",
                filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                default=0,
            ),
            waiting=Sum(
                "registrations__people",
                filter=Q(registrations__status=RegistrationStatus.WAITING),
                default=0,
            ),
            cancelled=Sum(
                "registrations__people",
                filter=Q(registrations__status=RegistrationStatus.CANCELLED),
                default=0,
            ),
        ).order_by("starts_at", "pk")
        rows = [
            [event.title, event.confirmed, event.waiting, event.cancelled, event.capacity]
            for event in events
        ]
        return Table(
            "events",
            _("Event registrations"),
            [_("Event"), _("Registered"), _("Waiting list"), _("Cancelled"), _("Seats")],
            rows,
            note=_("People, not forms: a registration for three counts three."),
        )

    def registered(self):
        return sum(row[1] for row in self.events().rows)

    def searches(self, without_result=False):
        from search.models import QueryDay

        days = QueryDay.objects.filter(
            date__gte=self.period.first_day, date__lt=self.period.next_first_day
        )
        column = "empty_hits" if without_result else "hits"
        if without_result:
            days = days.filter(empty_hits__gt=0)
        rows = (
            days.values("query", "language")
            .annotate(count=Sum(column))
            .order_by("-count", "query", "language")[:TOP_SEARCHES]
        )
        if without_result:
            return Table(
                "no_result",
                _("Searches that found nothing"),
                [_("Query"), _("Searches"), _("Language")],
                [[row["query"], row["count"], row["language"]] for row in rows],
                chart=False,
            )
        return Table(
            "searches",
            _("Most frequent searches"),
            [_("Query"), _("Searches"), _("Language")],
            [[row["query"], row["count"], row["language"]] for row in rows],
            chart=False,
        )

    # Everything -------------------------------------------------------------------------------

    def figure(self, key):
        from listings.models import PremisesListingPage

        if key == "premises":
            return self.published(PremisesListingPage)
        return {"received": self.received, "settled": self.settled, "registered": self.registered}[
            key
        ]()

    def headline(self, keys=KEY_FIGURES):
        """The three figures of the network's yearly report, and the registrations."""
        return [(key, KEY_FIGURES[key], self.figure(key)) for key in keys if key in KEY_FIGURES]

    def tables(self):
        enquiries = self.enquiries()
        kinds = self.by_choice(
            enquiries,
            "project_kind",
            ProjectKind.choices,
            "by_kind",
            _("Enquiries by project"),
            _("Project"),
        )
        languages = self.by_choice(
            enquiries,
            "language",
            settings.LANGUAGES,
            "by_language",
            _("Enquiries by language"),
            _("Language"),
        )
        statuses = self.by_choice(
            enquiries,
            "status",
            EnquiryStatus.choices,
            "by_status",
            _("Enquiries received, by status today"),
            pgettext_lazy("enquiry", "Status"),
        )
        return [
            self.by_month(),
            kinds,
            self.by_area(),
            self.by_campaign(),
            languages,
            statuses,
            self.closed_reasons(),
            self.first_answer(),
            self.offers(),
            self.events(),
            self.searches(),
            self.searches(without_result=True),
        ]
