"""The network's side in the admin: the enquiries inbox, its follow-up, the routing rules.

Row-level privacy: a structure's people see only the enquiries routed or handed over to their
structure, in every view. Wagtail does not restrict a viewset's rows by itself, so each view
takes its rows and its object from ``Enquiry.objects.visible_to(user)``, and the permission
policy answers the same for one instance.
"""

import django_filters

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from directory.models import StructurePage
from directory.permissions import COORDINATE_NETWORK
from enquiries import follow_up
from enquiries.models import (
    FOLLOW_UP_KINDS,
    NEWCOMER_KINDS,
    Enquiry,
    EnquiryEvent,
    EnquiryStatus,
    EntryKind,
    RoutingRule,
    source_locale_structures,
)
from enquiries.views import document_response
from foundation import privacy
from foundation.spreadsheets import SafeCsvExportMixin
from territory.models import CommunityOfCommunes


class EnquiryPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as usual, narrowed to the enquiries the user may see."""

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return Enquiry.objects.none()
        return Enquiry.objects.visible_to(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and Enquiry.objects.visible_to(user).filter(pk=instance.pk).exists()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)


class VisibleEnquiriesMixin:
    """Every view of the viewset reads enquiries through ``visible_to``: never one more."""

    def visible(self):
        return Enquiry.objects.visible_to(self.request.user)

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if issubclass(queryset.model, Enquiry):
            return queryset & self.visible()
        return queryset

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if isinstance(obj, Enquiry) and not self.visible().filter(pk=obj.pk).exists():
            raise Http404
        return obj


class EnquiryFilterSet(WagtailFilterSet):
    structure = django_filters.ModelChoiceFilter(
        label=_("Structure"),
        field_name="structures",
        queryset=StructurePage.objects.filter(source_locale_structures()).order_by("title"),
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Wished area"),
        field_name="wished_communities",
        queryset=CommunityOfCommunes.objects.all(),
    )
    campaign = django_filters.CharFilter(label=_("Campaign"), lookup_expr="iexact")
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Enquiry
        fields = ["status", "project_kind", "sector"]


class EnquiryForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("status") == EnquiryStatus.CLOSED and not cleaned_data.get(
            "closed_reason"
        ):
            self.add_error("closed_reason", _("Say why the enquiry is closed."))
        return cleaned_data


CONFIDENTIAL_PLACE_ERROR = _(
    "This names the town of the confidential offer the enquiry is about: it must not leave "
    "the network. Write the area instead."
)


class FollowUpForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What happened"),
        choices=[(kind.value, kind.label) for kind in map(EntryKind, FOLLOW_UP_KINDS)],
    )
    text = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, required=False
    )
    to_structure = forms.ModelChoiceField(
        label=_("Hand over to"),
        queryset=StructurePage.objects.filter(source_locale_structures()).order_by("title"),
        required=False,
    )
    visible_to_newcomer = forms.BooleanField(
        label=_("Visible to the newcomer"),
        help_text=_("Shown in the newcomer's settling file, reached from their mail."),
        required=False,
    )

    def __init__(self, *args, enquiry=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.enquiry = enquiry

    def clean(self):
        cleaned_data = super().clean()
        kind = cleaned_data.get("kind")
        if kind == EntryKind.HANDOVER and not cleaned_data.get("to_structure"):
            self.add_error("to_structure", _("Choose the structure you hand the enquiry over to."))
        if kind != EntryKind.HANDOVER and not cleaned_data.get("text"):
            self.add_error("text", _("Write what happened."))
        if (
            cleaned_data.get("visible_to_newcomer")
            and self.enquiry is not None
            and follow_up.confidential_place_named(self.enquiry, cleaned_data.get("text", ""))
        ):
            self.add_error("text", CONFIDENTIAL_PLACE_ERROR)
        return cleaned_data


class PartnerHandoverForm(forms.Form):
    """A hand-over to a partner outside the portal, who answers from a link in their mail."""

    email = forms.EmailField(label=_("Partner's email"))
    name = forms.CharField(
        label=_("Partner's name and organisation"),
        max_length=200,
        help_text=_("For instance: Jeanne Martin, Crédit Agricole Thiers."),
    )
    note = forms.CharField(
        label=_("Note for the partner"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text=_("The only text of the enquiry the partner reads: write what they need."),
    )
    share_contact = forms.BooleanField(
        label=_("Share the newcomer's name, email and phone with the partner"), required=False
    )
    language = forms.ChoiceField(
        label=_("Language of the mail"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
    )
    days = forms.IntegerField(
        label=_("Link valid for (days)"), min_value=1, max_value=365, initial=30
    )

    def __init__(self, *args, enquiry=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.enquiry = enquiry
        self.fields["days"].initial = settings.PARTNER_LINK_DAYS

    def clean_note(self):
        note = self.cleaned_data["note"]
        if self.enquiry is not None and follow_up.confidential_place_named(self.enquiry, note):
            raise forms.ValidationError(CONFIDENTIAL_PLACE_ERROR)
        return note


class EnquiryFileMixin:
    """The enquiry as a file on one page: the person, the project, the offer, the referents,
    the person's other enquiries this user may see, the timeline, and what to do next."""

    def file_context(self, enquiry, follow_up_form=None, partner_form=None):
        same_person = Enquiry.objects.none()
        if enquiry.email:
            same_person = (
                self.visible()
                .filter(email__iexact=enquiry.email)
                .exclude(pk=enquiry.pk)
                .select_related("technical_structure", "territorial_structure")
                .order_by("-created_at")
            )
        return {
            "enquiry": enquiry,
            "same_person": same_person,
            "events": enquiry.events.select_related(
                "author", "structure", "to_structure", "partner_link"
            ),
            "mails": enquiry.notifications.order_by("created_at", "pk"),
            "follow_up_form": follow_up_form or FollowUpForm(enquiry=enquiry),
            "follow_up_url": reverse("enquiries:follow_up", args=[enquiry.pk]),
            "file_link": enquiry.file_links.filter(revoked_at__isnull=True).first(),
            "file_days": settings.SETTLING_FILE_DAYS_AFTER_CLOSING,
            "newcomer_kinds": [str(kind) for kind in NEWCOMER_KINDS],
            "settling_file_url": reverse("enquiries:settling_file", args=[enquiry.pk]),
            "partner_form": partner_form or PartnerHandoverForm(enquiry=enquiry),
            "partner_handover_url": reverse("enquiries:partner_handover", args=[enquiry.pk]),
            "partner_revoke_url": reverse("enquiries:partner_revoke", args=[enquiry.pk]),
            "visibility_url": reverse("enquiries:timeline_visibility", args=[enquiry.pk]),
            "partner_links": follow_up.partner_links_of(self.request.user, enquiry)
            .select_related("structure")
            .prefetch_related("uses"),
            "can_change": self.permission_policy.user_has_permission_for_instance(
                self.request.user, "change", enquiry
            ),
        }


class EnquiryIndexView(VisibleEnquiriesMixin, SafeCsvExportMixin, generic.IndexView):
    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # The reference opens the enquiry's file, where its actions are too.
        column_class = self._get_title_column_class(column_class)
        return self._get_custom_column(
            field_name, column_class, get_url=self.get_inspect_url, **kwargs
        )


class EnquiryEditView(VisibleEnquiriesMixin, EnquiryFileMixin, generic.EditView):
    """Changing the status or the referents, on the enquiry's file when the form has errors."""

    template_name = "enquiries/admin/enquiry_edit.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.file_context(self.object))
        return context

    def get_success_url(self):
        return reverse("enquiries:inspect", args=[self.object.pk])

    def save_instance(self):
        """Status and routing change through the follow-up, so the timeline says who did it."""
        enquiry = self.get_object()
        data = self.form.cleaned_data
        user = self.request.user
        if user.has_perm(COORDINATE_NETWORK) and (
            "technical_structure" in data or "territorial_structure" in data
        ):
            technical = data.get("technical_structure")
            territorial = data.get("territorial_structure")
            if (technical, territorial) != (
                enquiry.technical_structure,
                enquiry.territorial_structure,
            ):
                follow_up.reroute(enquiry, technical, territorial, user)
        follow_up.change_status(enquiry, data["status"], user, data.get("closed_reason", ""))
        enquiry.refresh_from_db()
        return enquiry


class EnquiryDeleteView(VisibleEnquiriesMixin, generic.DeleteView):
    pass


class EnquiryHistoryView(VisibleEnquiriesMixin, history.HistoryView):
    pass


class EnquiryUsageView(VisibleEnquiriesMixin, usage.UsageView):
    pass


class EnquiryInspectView(VisibleEnquiriesMixin, EnquiryFileMixin, generic.InspectView):
    """The enquiry's file, what the inbox and the mails open."""

    template_name = "enquiries/admin/enquiry_inspect.html"
    page_title = _("Enquiry file")
    # The edit view's panel and form, for the status form the file holds.
    status_panel = None
    status_form_class = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enquiry = self.object
        context.update(
            self.file_context(enquiry, kwargs.get("follow_up_form"), kwargs.get("partner_form"))
        )
        if context["can_change"] and self.status_panel is not None:
            form = self.status_form_class(instance=enquiry, for_user=self.request.user)
            context["status_panel"] = self.status_panel.get_bound_panel(
                instance=enquiry, request=self.request, form=form
            )
            context["status_media"] = form.media + context["status_panel"].media
            context["edit_url"] = reverse("enquiries:edit", args=[enquiry.pk])
        return context


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    name = "enquiries"
    url_prefix = "network/enquiries"
    icon = "mail"
    menu_label = _("Enquiries")
    menu_order = 100
    index_view_class = EnquiryIndexView
    edit_view_class = EnquiryEditView
    delete_view_class = EnquiryDeleteView
    history_view_class = EnquiryHistoryView
    usage_view_class = EnquiryUsageView
    inspect_view_class = EnquiryInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_template_name = EnquiryInspectView.template_name
    edit_template_name = EnquiryEditView.template_name
    filterset_class = EnquiryFilterSet
    search_fields = ["reference", "name", "email", "description"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_display = [
        "reference",
        "name",
        "project_kind",
        "status",
        "technical_structure",
        "territorial_structure",
        Column("created_at", label=_("Received"), sort_key="created_at"),
        Column("last_activity_at", label=_("Last activity"), sort_key="last_activity_at"),
    ]
    list_export = [
        "reference",
        "created_at",
        "source",
        "language",
        "name",
        "email",
        "phone",
        "current_place",
        "project_kind",
        "sector",
        "timeline",
        "description",
        "listing_label",
        "campaign",
        "status",
        "closed_reason",
        "technical_structure",
        "territorial_structure",
        "last_activity_at",
    ]
    export_filename = "enquiries"
    edit_handler = ObjectList(
        [
            FieldPanel("status"),
            FieldPanel("closed_reason"),
            FieldPanel("technical_structure", permission=COORDINATE_NETWORK),
            FieldPanel("territorial_structure", permission=COORDINATE_NETWORK),
        ],
        base_form_class=EnquiryForm,
    )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            status_panel=self._edit_handler,
            status_form_class=self.get_form_class(for_update=True),
            **kwargs,
        )

    @property
    def follow_up_view(self):
        viewset = self

        @require_POST
        def view(request, pk):
            enquiry = get_object_or_404(Enquiry.objects.visible_to(request.user), pk=pk)
            if not viewset.permission_policy.user_has_permission_for_instance(
                request.user, "change", enquiry
            ):
                raise PermissionDenied
            form = FollowUpForm(request.POST, enquiry=enquiry)
            if form.is_valid():
                follow_up.record(
                    enquiry,
                    form.cleaned_data["kind"],
                    request.user,
                    form.cleaned_data["text"],
                    form.cleaned_data["to_structure"],
                    visible_to_newcomer=form.cleaned_data["visible_to_newcomer"],
                )
                messages.success(request, _("Added to the timeline."))
                return redirect("enquiries:inspect", enquiry.pk)
            return viewset.file_with_errors(request, pk, follow_up_form=form)

        return view

    def changeable_enquiry(self, request, pk):
        """The enquiry, if the user may see it (404 otherwise) and change it (403)."""
        enquiry = get_object_or_404(Enquiry.objects.visible_to(request.user), pk=pk)
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, "change", enquiry
        ):
            raise PermissionDenied
        return enquiry

    def file_with_errors(self, request, pk, **forms):
        """The enquiry's file again, with the form that has errors, as a 400."""
        request.method = "GET"
        response = self.inspect_view(request, pk=pk)
        response.context_data.update(forms)
        response.status_code = 400
        return response

    @property
    def settling_file_view(self):
        """The newcomer's link: a new one mailed (the old one stops), or withdrawn."""
        viewset = self

        @require_POST
        def view(request, pk):
            enquiry = viewset.changeable_enquiry(request, pk)
            action = request.POST.get("action")
            if enquiry.is_anonymised:
                messages.error(request, _("An anonymised enquiry has no settling file."))
            elif action == "resend":
                follow_up.resend_file_link(enquiry, request.user)
                messages.success(request, _("A new link is on its way to the newcomer."))
            elif action == "revoke":
                follow_up.revoke_file_links(enquiry, request.user)
                messages.success(request, _("The newcomer's link no longer opens the file."))
            else:
                return HttpResponseBadRequest()
            return redirect("enquiries:inspect", enquiry.pk)

        return view

    @property
    def partner_handover_view(self):
        viewset = self

        @require_POST
        def view(request, pk):
            enquiry = viewset.changeable_enquiry(request, pk)
            form = PartnerHandoverForm(request.POST, enquiry=enquiry)
            if enquiry.is_anonymised:
                raise PermissionDenied
            if form.is_valid():
                data = form.cleaned_data
                follow_up.hand_over_to_partner(
                    enquiry,
                    request.user,
                    email=data["email"],
                    name=data["name"],
                    note=data["note"],
                    share_contact=data["share_contact"],
                    language=data["language"],
                    days=data["days"],
                )
                messages.success(request, _("Handed over: the partner's link is on its way."))
                return redirect("enquiries:inspect", enquiry.pk)
            return viewset.file_with_errors(request, pk, partner_form=form)

        return view

    @property
    def partner_revoke_view(self):
        """A partner's link withdrawn, by its structure's people or a coordinator only."""
        viewset = self

        @require_POST
        def view(request, pk):
            enquiry = viewset.changeable_enquiry(request, pk)
            link_id = request.POST.get("link", "")
            link = get_object_or_404(
                follow_up.partner_links_of(request.user, enquiry),
                pk=int(link_id) if link_id.isdigit() else 0,
            )
            follow_up.revoke_partner_link(link, request.user)
            messages.success(request, _("The partner's link no longer opens the hand-over."))
            return redirect("enquiries:inspect", enquiry.pk)

        return view

    @property
    def timeline_visibility_view(self):
        """Show an entry of the timeline in the newcomer's settling file, or hide it."""
        viewset = self

        @require_POST
        def view(request, pk):
            enquiry = viewset.changeable_enquiry(request, pk)
            event_id = request.POST.get("event", "")
            event = get_object_or_404(
                follow_up.shareable_entries(enquiry, request.user),
                pk=int(event_id) if event_id.isdigit() else 0,
            )
            visible = request.POST.get("visible") == "1"
            if visible and follow_up.confidential_place_named(enquiry, event.text):
                messages.error(request, CONFIDENTIAL_PLACE_ERROR)
            else:
                EnquiryEvent.objects.filter(pk=event.pk).update(visible_to_newcomer=visible)
                messages.success(
                    request,
                    _("Shown to the newcomer.") if visible else _("Hidden from the newcomer."),
                )
            return redirect("enquiries:inspect", enquiry.pk)

        return view

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("follow-up/<int:pk>/", self.follow_up_view, name="follow_up"),
            path("settling-file/<int:pk>/", self.settling_file_view, name="settling_file"),
            path(
                "partner-handover/<int:pk>/",
                self.partner_handover_view,
                name="partner_handover",
            ),
            path("partner-revoke/<int:pk>/", self.partner_revoke_view, name="partner_revoke"),
            path(
                "timeline-visibility/<int:pk>/",
                self.timeline_visibility_view,
                name="timeline_visibility",
            ),
        ]


class RoutingRuleViewSet(ModelViewSet):
    model = RoutingRule
    name = "routing_rules"
    icon = "resubmit"
    menu_label = _("Routing rules")
    menu_order = 200
    url_prefix = "network/routing-rules"
    list_display = ["role", "sector", "community", "structure", "priority"]
    list_filter = ["role", "sector"]
    add_to_admin_menu = False


class NetworkViewSetGroup(ModelViewSetGroup):
    menu_label = _("Network")
    menu_icon = "group"
    menu_order = 150
    items = [EnquiryViewSet, RoutingRuleViewSet]


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label=_("Email address of the person"))


class PersonalDataView(generic.WagtailAdminTemplateMixin, TemplateView):
    """What the network holds about one person: shown, exported, or erased on request."""

    template_name = "enquiries/admin/personal_data.html"
    page_title = _("Personal data")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(COORDINATE_NETWORK):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PersonalDataForm(self.request.GET or None)
        context["form"] = form
        if form.is_valid():
            context["email"] = form.cleaned_data["email"]
            context["held"] = [
                (kind, [kind.describe(record) for record in records])
                for kind, records in privacy.held_about(form.cleaned_data["email"])
            ]
            context["holds_any"] = any(lines for _kind, lines in context["held"])
        return context

    def get(self, request, *args, **kwargs):
        form = PersonalDataForm(request.GET or None)
        if request.GET.get("export") and form.is_valid():
            email = form.cleaned_data["email"]
            response = JsonResponse(
                privacy.export(email), json_dumps_params={"ensure_ascii": False, "indent": 2}
            )
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        form = PersonalDataForm(request.POST)
        if form.is_valid() and request.POST.get("confirm") == "erase":
            erased = privacy.erase(form.cleaned_data["email"])
            # What was erased; the first kind (the enquiries) is reported even when none was.
            for index, kind in enumerate(privacy.kinds()):
                if erased[kind.key] or index == 0:
                    messages.success(request, kind.erased_message(erased[kind.key]))
        return redirect("network_personal_data")


def enquiry_document_view(request, pk):
    """A document a newcomer added to their file, for the admin users who see the enquiry."""
    event = get_object_or_404(
        EnquiryEvent.objects.select_related("enquiry"),
        pk=pk,
        kind=EntryKind.NEWCOMER_DOCUMENT,
        enquiry__in=Enquiry.objects.visible_to(request.user),
    )
    if not request.user.has_perm("enquiries.view_enquiry") or not event.document:
        raise Http404
    response = document_response(event)
    patch_cache_control(response, private=True, no_store=True)
    return response
