from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from directory.menus import CoordinatorMenuItem
from figures.views import NetworkFiguresView


@hooks.register("register_admin_urls")
def register_figures_url():
    return [path("reports/network-figures/", NetworkFiguresView.as_view(), name="network_figures")]


@hooks.register("register_reports_menu_item")
def register_figures_menu_item():
    return CoordinatorMenuItem(
        _("Network figures"), reverse("network_figures"), icon_name="table", order=50
    )
