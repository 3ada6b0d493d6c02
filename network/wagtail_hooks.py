from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from network.models import Enquiry
from network.viewsets import (
    COORDINATE,
    EnquiryPermissionPolicy,
    NetworkViewSetGroup,
    PersonalDataView,
)

register_permission_policy(Enquiry, EnquiryPermissionPolicy(Enquiry))


@hooks.register("register_admin_viewset")
def register_network_viewsets():
    return NetworkViewSetGroup()


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(COORDINATE)


@hooks.register("register_admin_urls")
def register_personal_data_url():
    return [
        path("network/personal-data/", PersonalDataView.as_view(), name="network_personal_data")
    ]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return CoordinatorMenuItem(
        _("Personal data"), reverse("network_personal_data"), icon_name="user", order=950
    )
