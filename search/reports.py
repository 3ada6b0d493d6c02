"""The park's view of what newcomers search for: the most frequent queries, and those that
found nothing, per language and period."""

import datetime

import django_filters

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from foundation.spreadsheets import SafeCsvExportMixin
from search.models import QueryDay


class QueryReportFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    date = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)
    without_result = django_filters.BooleanFilter(
        label=_("Only searches without result"),
        method="filter_without_result",
        widget=django_filters.widgets.BooleanWidget,
    )

    class Meta:
        model = QueryDay
        fields = ["language", "date"]

    def filter_without_result(self, queryset, name, value):
        return queryset.filter(empty_hits__gt=0) if value else queryset


class QueryReportView(SafeCsvExportMixin, ReportView):
    page_title = _("Searches")
    header_icon = "search"
    filterset_class = QueryReportFilterSet
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    permission_policy = ModelPermissionPolicy(QueryDay)
    any_permission_required = ["view"]
    # A quarter by default: the steering committee meets twice a year.
    default_period = datetime.timedelta(days=90)
    columns = [
        Column("query", label=_("Query")),
        Column("language", label=_("Language")),
        Column("searches", label=_("Searches")),
        Column("without_result", label=_("Without result")),
    ]
    list_export = ["query", "language", "searches", "without_result"]
    export_headings = {
        "query": _("Query"),
        "language": _("Language"),
        "searches": _("Searches"),
        "without_result": _("Without result"),
    }

    def get_queryset(self):
        return QueryDay.objects.all()

    def get_filtered_queryset(self):
        days = self.filter_queryset(self.get_queryset())
        if not self.request.GET.get("date_after") and not self.request.GET.get("date_before"):
            days = days.filter(date__gte=timezone.localdate() - self.default_period)
        return (
            days.values("query", "language")
            .annotate(searches=Sum("hits"), without_result=Sum("empty_hits"))
            .order_by("-searches", "query", "language")
        )
