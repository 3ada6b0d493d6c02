from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from foundation.panels import MapPanel
from territory.models import Commune, CommunityOfCommunes


class CommuneViewSet(ModelViewSet):
    model = Commune
    icon = "site"
    menu_label = _("Communes")
    list_display = ["name", "insee_code", "community", "population"]
    list_filter = ["community", "department_code"]
    search_fields = ["name", "insee_code"]
    list_export = ["name", "insee_code", "postcodes", "community", "population"]
    inspect_view_enabled = True
    # A commune GeoNames does not place is placed here by hand, on the map.
    panels = [
        FieldPanel("insee_code"),
        FieldPanel("name"),
        FieldPanel("postcodes"),
        FieldPanel("department_code"),
        FieldPanel("population"),
        FieldPanel("community"),
        MapPanel(commune_field=None, heading=_("Centre")),
    ]


class CommunityOfCommunesViewSet(ModelViewSet):
    model = CommunityOfCommunes
    icon = "globe"
    menu_label = _("Communities of communes")
    list_display = ["name", "siren", "kind"]
    search_fields = ["name", "siren"]
    list_export = ["name", "siren", "kind"]
    inspect_view_enabled = True
    form_fields = ["siren", "name", "kind"]


class TerritoryViewSetGroup(ViewSetGroup):
    menu_label = _("Territory")
    menu_icon = "site"
    items = (CommuneViewSet, CommunityOfCommunesViewSet)


@hooks.register("register_admin_viewset")
def register_territory_viewsets():
    return TerritoryViewSetGroup()
