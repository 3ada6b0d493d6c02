"""Admin menu items shown to the network's coordinators only."""

from wagtail.admin.menu import MenuItem

from directory.permissions import COORDINATE_NETWORK


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(COORDINATE_NETWORK)
