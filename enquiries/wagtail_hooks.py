from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from directory.wagtail_hooks import CoordinatorMenuItem
from enquiries import privacy
from enquiries.figures import EnquiryFigures
from enquiries.models import Enquiry
from enquiries.viewsets import EnquiryPermissionPolicy, NetworkViewSetGroup, PersonalDataView
from foundation.figures import FIGURES_HOOK
from foundation.privacy import HOOK as PERSONAL_DATA_HOOK

register_permission_policy(Enquiry, EnquiryPermissionPolicy(Enquiry))


@hooks.register("register_admin_viewset")
def register_network_viewsets():
    return NetworkViewSetGroup()


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


hooks.register(PERSONAL_DATA_HOOK, privacy.personal_data, order=100)
hooks.register(FIGURES_HOOK, lambda: EnquiryFigures, order=100)
