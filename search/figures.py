"""What newcomers searched for, for the network's report."""

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from foundation.figures import FigureSource, Table
from search.models import QueryDay

TOP_SEARCHES = 15


class SearchFigures(FigureSource):
    """The most frequent searches of the period, and those that found nothing."""

    def searches(self, without_result=False):
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

    def tables(self):
        return [self.searches(), self.searches(without_result=True)]
