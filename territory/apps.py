from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoryConfig(AppConfig):
    name = "territory"
    verbose_name = _("Territory")

    def ready(self):
        from foundation.page_cache import SITE, purge_on_change
        from territory.models import Commune, CommunityOfCommunes

        # A commune's name or centre is on every offer, service, event and area of it.
        purge_on_change(Commune, CommunityOfCommunes, tags=(SITE,))
