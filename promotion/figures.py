"""What the park's events count for the network's report: the people registered."""

from django.conf import settings
from django.db.models import Q, Sum
from django.utils.translation import gettext_lazy as _

from foundation.figures import FigureSource, Table
from promotion.models import EventPage, RegistrationStatus


class EventFigures(FigureSource):
    """The events that started in the period, narrowed to an area's."""

    headline_figures = {"registered": (40, _("Event registrations"))}

    def events(self):
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

    def tables(self):
        return [self.events()]
