import django_filters

from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from foundation.attribution import CAMPAIGN_TITLES_HOOK
from foundation.figures import FIGURES_HOOK
from foundation.i18n import in_source_locale
from foundation.privacy import HOOK as PERSONAL_DATA_HOOK
from foundation.rights import COORDINATOR_PERMISSIONS_HOOK, managing
from foundation.spreadsheets import SafeCsvExportMixin
from promotion import privacy
from promotion.figures import EventFigures
from promotion.models import CampaignPage, EventPage, EventRegistration, Testimonial


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Event"),
        queryset=EventPage.objects.filter(in_source_locale()).order_by("-starts_at"),
    )

    class Meta:
        model = EventRegistration
        fields = ["event", "status", "language"]


class RegistrationIndexView(SafeCsvExportMixin, IndexView):
    pass


class EventRegistrationViewSet(ModelViewSet):
    """Who registered for the park's events: read, filtered by event, exported for the day.

    Registrations come from the public form only: nobody adds or edits one here.
    """

    model = EventRegistration
    index_view_class = RegistrationIndexView
    name = "registrations"
    url_prefix = "events/registrations"
    icon = "date"
    menu_label = gettext_lazy("Event registrations")
    menu_order = 300
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_display = ["name", "event", "people", "status", "language", "created_at"]
    inspect_view_fields = [
        "event",
        "name",
        "email",
        "phone",
        "people",
        "project",
        "status",
        "language",
        "campaign",
        "created_at",
        "confirmed_at",
        "cancelled_at",
        "consent_version",
        "consent_at",
    ]
    list_export = [
        "event",
        "name",
        "email",
        "phone",
        "people",
        "project",
        "get_status_display",
        "language",
        "campaign",
        "created_at",
        "confirmed_at",
        "cancelled_at",
    ]
    export_headings = {"get_status_display": gettext_lazy("status")}
    export_filename = "registrations"
    # Nobody has the add or change permission; the generic views still want a form.
    form_fields = ["name"]

    def get_queryset(self, request):
        return EventRegistration.objects.select_related("event")


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = gettext_lazy("Testimonials")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "commune", "project", "agreed"]
    list_filter = ["agreed", "locale"]
    search_fields = ["name", "project"]


register_snippet(TestimonialViewSet)


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return EventRegistrationViewSet()


hooks.register(PERSONAL_DATA_HOOK, privacy.personal_data, order=200)
hooks.register(FIGURES_HOOK, lambda: EventFigures, order=300)


@hooks.register(CAMPAIGN_TITLES_HOOK)
def french_campaign_titles():
    return dict(CampaignPage.objects.filter(in_source_locale()).values_list("key", "title"))


@hooks.register(COORDINATOR_PERMISSIONS_HOOK)
def coordinators_run_the_promotion():
    # The park's events and the portraits of those who settled.
    return [
        ("promotion", "view_eventregistration"),
        *managing("promotion", "testimonial"),
        ("promotion", "view_testimonial"),
    ]
