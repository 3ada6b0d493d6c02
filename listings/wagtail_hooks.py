from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies.pages import PagePermissionPolicy

from foundation.figures import FIGURES_HOOK
from foundation.vocabularies import Availability
from listings.admin_views import (
    ListingReviewReportView,
    change_availability,
    confirm_review,
)
from listings.figures import OfferFigures
from listings.import_views import (
    import_listings,
    import_report,
    import_template,
)
from listings.models import ListingPage


@hooks.register("register_admin_urls")
def register_listing_admin_urls():
    return [
        path(
            "listings/<int:page_id>/availability/",
            change_availability,
            name="listings_availability",
        ),
        path("listings/<int:page_id>/review/", confirm_review, name="listings_confirm_review"),
        path("listings/import/", import_listings, name="listings_import"),
        path("listings/import/template/", import_template, name="listings_import_template"),
        path("listings/import/<int:import_id>/", import_report, name="listings_import_report"),
        path(
            "reports/listings-to-review/",
            ListingReviewReportView.as_view(),
            name="listings_review_report",
        ),
        path(
            "reports/listings-to-review/results/",
            ListingReviewReportView.as_view(results_only=True),
            name="listings_review_report_results",
        ),
    ]


def quick_buttons(page, user, next_url, priority):
    if not issubclass(page.specific_class or type(None), ListingPage):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    query = f"?{urlencode({'next': next_url})}" if next_url else ""
    yield Button(
        _("Change availability"),
        reverse("listings_availability", args=[page.pk]) + query,
        icon_name="tick",
        priority=priority,
    )
    yield Button(
        _("Confirm it is current"),
        reverse("listings_confirm_review", args=[page.pk]) + query,
        icon_name="calendar-check",
        priority=priority + 1,
    )


@hooks.register("register_page_listing_more_buttons")
def listing_availability_buttons(page, user, next_url=None):
    yield from quick_buttons(page, user, next_url, priority=3)


@hooks.register("register_page_header_buttons")
def listing_availability_header_buttons(page, user, view_name, next_url=None):
    yield from quick_buttons(page, user, next_url, priority=12)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        # From the permissions Wagtail already cached for the menu; the view checks the page.
        return PagePermissionPolicy().user_has_permission(request.user, "add")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import listings"), reverse("listings_import"), icon_name="upload", order=250
    )


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        _("Listings to review"),
        reverse("listings_review_report"),
        icon_name="calendar-alt",
        order=800,
    )


@hooks.register("register_log_actions")
def register_listing_log_actions(actions):
    @actions.register_action("listings.availability")
    class AvailabilityChanged(LogFormatter):
        label = _("Change availability")

        def format_message(self, log_entry):
            state = Availability(log_entry.data["availability"]).label
            return _("Marked %(availability)s since %(date)s") % {
                "availability": str(state).lower(),
                "date": log_entry.data["on"],
            }

    actions.register_action(
        "listings.review_confirmed", _("Confirm it is current"), _("Confirmed as current")
    )


hooks.register(FIGURES_HOOK, lambda: OfferFigures, order=200)
