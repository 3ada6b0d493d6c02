"""What the enquiries count for the network's report: project holders met, installations."""

import datetime
import statistics

from django.conf import settings
from django.db.models import Count, Min, Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from directory.models import StructurePage
from enquiries.models import (
    FOLLOW_UP_KINDS,
    ClosedReason,
    Enquiry,
    EnquiryEvent,
    EnquiryStatus,
    EntryKind,
    ProjectKind,
)
from foundation.attribution import campaign_titles
from foundation.figures import FigureSource, Table, territory_time_zone
from territory.models import CommunityOfCommunes


class EnquiryFigures(FigureSource):
    """The enquiries received in the period, narrowed to a structure's or an area's."""

    headline_figures = {
        "received": (10, _("Project holders met")),
        "settled": (30, _("Installations")),
    }

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
        counts = (
            self.enquiries()
            .exclude(campaign="")
            .order_by()
            .values_list("campaign")
            .annotate(count=Count("pk", distinct=True))
        )
        titles = campaign_titles()
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
        enquiries = self.enquiries()
        received = dict(enquiries.values_list("pk", "created_at"))
        followed = Enquiry.structures.through.objects.filter(enquiry__in=enquiries)
        if self.structure is not None:
            followed = followed.filter(structurepage=self.structure)
        entries = (
            EnquiryEvent.objects.filter(
                enquiry__in=enquiries,
                kind__in=[*FOLLOW_UP_KINDS, EntryKind.STATUS],
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

    def tables(self):
        enquiries = self.enquiries()
        return [
            self.by_month(),
            self.by_choice(
                enquiries,
                "project_kind",
                ProjectKind.choices,
                "by_kind",
                _("Enquiries by project"),
                _("Project"),
            ),
            self.by_area(),
            self.by_campaign(),
            self.by_choice(
                enquiries,
                "language",
                settings.LANGUAGES,
                "by_language",
                _("Enquiries by language"),
                _("Language"),
            ),
            self.by_choice(
                enquiries,
                "status",
                EnquiryStatus.choices,
                "by_status",
                _("Enquiries received, by status today"),
                pgettext_lazy("enquiry", "Status"),
            ),
            self.closed_reasons(),
            self.first_answer(),
        ]
