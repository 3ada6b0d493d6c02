"""Editor panels shared by the apps' pages."""

from django.forms import Media
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel


class MapPanel(FieldRowPanel):
    """The latitude and longitude fields under a map: a click or a drag of the marker sets them.

    With no point yet, the map opens on the centre of the commune chosen in the field named
    ``commune_field``; ``centres`` returns each commune's centre by primary key. The numbers
    stay editable, and without JavaScript the panel is the two fields alone.
    """

    def __init__(self, children=None, *args, centres=dict, commune_field="commune", **kwargs):
        children = children or [FieldPanel("latitude"), FieldPanel("longitude")]
        kwargs.setdefault("help_text", _("Click the map or drag the marker to place it."))
        super().__init__(children, *args, **kwargs)
        self.centres = centres
        self.commune_field = commune_field

    def clone_kwargs(self):
        return {
            **super().clone_kwargs(),
            "centres": self.centres,
            "commune_field": self.commune_field,
        }

    class BoundPanel(FieldRowPanel.BoundPanel):
        template_name = "foundation/panels/map_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["centres"] = self.panel.centres()
            context["commune_field"] = self.panel.commune_field
            context["map_id"] = f"{self.prefix}-map"
            context["centres_id"] = f"{self.prefix}-map-centres"
            return context

        @property
        def media(self):
            return super().media + Media(
                css={"all": ["vendor/leaflet/leaflet.css", "css/map_picker.css"]},
                js=["vendor/leaflet/leaflet.js", "js/map_base.js", "js/map_picker.js"],
            )
