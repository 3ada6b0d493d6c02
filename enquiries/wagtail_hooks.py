from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from directory.menus import CoordinatorMenuItem
from enquiries import privacy
from enquiries.figures import EnquiryFigures
from enquiries.models import Enquiry
from enquiries.viewsets import (
    EnquiryPermissionPolicy,
    NetworkViewSetGroup,
    PersonalDataView,
    enquiry_document_view,
)
from foundation.figures import FIGURES_HOOK
from foundation.privacy import HOOK as PERSONAL_DATA_HOOK
from foundation.rights import COORDINATOR_PERMISSIONS_HOOK, STRUCTURE_PERMISSIONS_HOOK, managing

register_permission_policy(Enquiry, EnquiryPermissionPolicy(Enquiry))


@hooks.register("register_admin_viewset")
def register_network_viewsets():
    return NetworkViewSetGroup()


@hooks.register("register_admin_urls")
def register_personal_data_url():
    return [
        path("network/personal-data/", PersonalDataView.as_view(), name="network_personal_data"),
        path(
            "network/enquiry-documents/<int:pk>/",
            enquiry_document_view,
            name="enquiry_document",
        ),
    ]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return CoordinatorMenuItem(
        _("Personal data"), reverse("network_personal_data"), icon_name="user", order=950
    )


hooks.register(PERSONAL_DATA_HOOK, privacy.personal_data, order=100)
hooks.register(FIGURES_HOOK, lambda: EnquiryFigures, order=100)


@hooks.register(STRUCTURE_PERMISSIONS_HOOK)
def structures_follow_their_enquiries():
    # The enquiries routed or handed over to the structure: which rows is the viewset's business.
    return [("enquiries", "view_enquiry"), ("enquiries", "change_enquiry")]


@hooks.register(COORDINATOR_PERMISSIONS_HOOK)
def coordinators_route_every_enquiry():
    # Every enquiry, its routing, and the rules that route the next ones.
    return [
        ("enquiries", "view_enquiry"),
        ("enquiries", "change_enquiry"),
        ("enquiries", "delete_enquiry"),
        ("enquiries", "view_routingrule"),
        *managing("enquiries", "routingrule"),
    ]
