from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from foundation.figures import FIGURES_HOOK
from foundation.rights import COORDINATOR_PERMISSIONS_HOOK, managing
from search.figures import SearchFigures
from search.models import SynonymGroup
from search.reports import QueryReportView


class QueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return QueryReportView.permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_query_report_menu_item():
    return QueryReportMenuItem(
        _("Searches"), reverse("search_queries_report"), icon_name="search", order=900
    )


@hooks.register("register_admin_urls")
def register_query_report_urls():
    return [
        path("reports/searches/", QueryReportView.as_view(), name="search_queries_report"),
        path(
            "reports/searches/results/",
            QueryReportView.as_view(results_only=True),
            name="search_queries_report_results",
        ),
    ]


hooks.register(FIGURES_HOOK, lambda: SearchFigures, order=400)


@hooks.register(COORDINATOR_PERMISSIONS_HOOK)
def coordinators_read_and_steer_searches():
    # What newcomers search for, and the results the park pins for a query.
    return [
        ("search", "view_queryday"),
        *managing("wagtailsearchpromotions", "searchpromotion"),
        *managing("search", "synonymgroup"),
    ]


class SynonymGroupViewSet(ModelViewSet):
    """The park's list of words that mean the same thing to a newcomer (search.synonyms)."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonyms")
    add_to_settings_menu = True
    list_display = ["__str__", "note"]
    search_fields = ["terms", "note"]
    form_fields = ["terms", "note"]
    list_export = ["terms", "note"]


@hooks.register("register_admin_viewset")
def register_synonym_viewset():
    return SynonymGroupViewSet("synonyms")
