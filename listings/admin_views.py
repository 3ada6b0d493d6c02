"""The admin's quick actions on a listing, and the report of what is due for review."""

import datetime

import django_filters

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import PageReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from directory.models import StructurePage
from foundation.i18n import stale_translation_condition
from foundation.vocabularies import Availability
from listings.lifecycle import confirm_current, set_availability
from listings.models import LISTING_PAGE_MODELS, ListingPage


class AvailabilityForm(forms.Form):
    availability = forms.ChoiceField(
        label=_("Availability"), choices=Availability.choices, widget=forms.RadioSelect
    )
    on = forms.DateField(label=_("Since"), widget=AdminDateInput)

    def clean_on(self):
        on = self.cleaned_data["on"]
        if on > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return on


def editable_listing(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ListingPage):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    lock = page.get_lock()
    if lock and lock.for_user(request.user):
        # Locked by someone else, or in a workflow: the same refusal as Wagtail's editor.
        raise PermissionDenied
    return page


def back_to(request, page):
    """Where the editor came from (Wagtail's own ``next``), else the structure's pages."""
    return get_valid_next_url_from_request(request) or reverse(
        "wagtailadmin_explore", args=[page.get_parent().pk]
    )


def change_availability(request, page_id):
    page = editable_listing(request, page_id)
    initial = {"availability": page.availability, "on": timezone.localdate()}
    form = AvailabilityForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        page = set_availability(
            page, form.cleaned_data["availability"], form.cleaned_data["on"], request.user
        )
        messages.success(
            request,
            _("“%(title)s” is now %(availability)s.")
            % {"title": page.title, "availability": page.get_availability_display().lower()},
        )
        return redirect(back_to(request, page))
    return TemplateResponse(
        request,
        "listings/admin/availability.html",
        {"page": page, "form": form, "next": back_to(request, page)},
    )


def confirm_review(request, page_id):
    page = editable_listing(request, page_id)
    if request.method == "POST":
        page = confirm_current(page, request.user)
        messages.success(
            request,
            _("“%(title)s” is confirmed: next review on %(date)s.")
            % {
                "title": page.title,
                "date": date_format(timezone.localtime(page.expire_at), "SHORT_DATE_FORMAT"),
            },
        )
        return redirect(back_to(request, page))
    return TemplateResponse(
        request,
        "listings/admin/confirm_review.html",
        {
            "page": page,
            "next": back_to(request, page),
            "review_months": settings.LISTING_REVIEW_MONTHS,
        },
    )


class ReviewState:
    EXPIRING = "expiring"
    EXPIRED = "expired"
    STALE_TRANSLATION = "stale_translation"
    CHOICES = [
        (EXPIRING, _("Review due soon")),
        (EXPIRED, _("Unpublished at review date")),
        (STALE_TRANSLATION, _("Translation out of date")),
    ]


class ReviewReportFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=ReviewState.CHOICES, method="filter_state"
    )
    structure = django_filters.ModelChoiceFilter(
        label=_("Structure"), queryset=StructurePage.objects.none(), method="filter_structure"
    )

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, structures=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["structure"].queryset = structures

    def filter_state(self, queryset, name, value):
        return queryset.filter(review_state_condition(value))

    def filter_structure(self, queryset, name, value):
        return queryset.child_of(value)


def review_state_condition(state):
    soon = timezone.now() + datetime.timedelta(days=settings.LISTING_REMINDER_DAYS)
    if state == ReviewState.EXPIRED:
        return Q(expired=True, live=False)
    if state == ReviewState.STALE_TRANSLATION:
        return Q(stale_translation_condition())
    return Q(live=True, expire_at__lte=soon)


def review_state_label(page):
    """Why a listing is in the report; a page may be both expiring and out of date."""
    labels = dict(ReviewState.CHOICES)
    if page.expired and not page.live:
        return labels[ReviewState.EXPIRED]
    if page.stale_translation:
        return labels[ReviewState.STALE_TRANSLATION]
    return labels[ReviewState.EXPIRING]


class StateColumn(Column):
    def get_value(self, instance):
        return review_state_label(instance)


class ListingReviewReportView(PageReportView):
    page_title = _("Listings to review")
    header_icon = "calendar-alt"
    filterset_class = ReviewReportFilterSet
    index_url_name = "listings_review_report"
    index_results_url_name = "listings_review_report_results"
    # The generic results table, which shows ``columns``: the page report's own shows fixed ones.
    results_template_name = "wagtailadmin/reports/base_report_results.html"
    columns = [
        TitleColumn("title", label=_("Listing"), url_name="wagtailadmin_pages:edit"),
        Column("parent_title", label=_("Structure")),
        DateColumn("expire_at", label=_("Review date")),
        StateColumn("state", label=_("State")),
        Column("status_string", label=_("Status")),
    ]
    list_export = ["title", "parent_title", "expire_at", "state", "status_string"]
    export_headings = {
        "title": _("Listing"),
        "parent_title": _("Structure"),
        "expire_at": _("Review date"),
        "state": _("State"),
        "status_string": _("Status"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not self.structures(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def structures(self, user):
        """The structures whose pages the user edits: theirs, or all for coordinators."""
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        return StructurePage.objects.filter(pk__in=editable.values("pk")).order_by("title")

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["structures"] = self.structures(self.request.user)
        return kwargs

    def get_queryset(self):
        editable = PagePermissionPolicy().instances_user_has_permission_for(
            self.request.user, "change"
        )
        return (
            Page.objects.type(*LISTING_PAGE_MODELS)
            .filter(pk__in=editable.values("pk"))
            .filter(
                review_state_condition(ReviewState.EXPIRING)
                | review_state_condition(ReviewState.EXPIRED)
                | review_state_condition(ReviewState.STALE_TRANSLATION)
            )
            .annotate(
                stale_translation=stale_translation_condition(),
                # The structure is the parent page: its path is the listing's, one step shorter.
                parent_title=Subquery(
                    Page.objects.filter(
                        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
                    ).values("title")[:1]
                ),
            )
            .order_by("expire_at", "pk")
        )

    def to_row_dict(self, item):
        item.state = review_state_label(item)
        return super().to_row_dict(item)
