"""The network's figures: periods in the territory's clock, tables to show, chart and export."""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail import hooks


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


FIGURES_HOOK = "register_network_figures"


class FigureSource:
    """What one app counts for the network's report, for a period, a structure and an area.

    A subclass names its headline figures in ``headline_figures`` (key: (order, label)), each
    counted by its method of the same name, and returns its tables from ``tables()``. The app
    registers the class through the Wagtail hook ``register_network_figures``.
    """

    headline_figures = {}

    def __init__(self, period, structure=None, area=None):
        self.period = period
        self.structure = structure
        self.area = area

    def figure(self, key):
        return getattr(self, key)()

    def tables(self):
        return []


def figure_sources():
    """The figure sources of the installed apps, in the hooks' order."""
    return [register() for register in hooks.get_hooks(FIGURES_HOOK)]


def key_figures():
    """Every headline figure, ``{key: label}``, in the order of the network's report."""
    figures = [
        (order, key, label)
        for source in figure_sources()
        for key, (order, label) in source.headline_figures.items()
    ]
    return {key: label for _order, key, label in sorted(figures, key=lambda figure: figure[0])}
