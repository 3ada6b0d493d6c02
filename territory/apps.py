from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoryConfig(AppConfig):
    name = "territory"
    verbose_name = _("Territory")

    def ready(self):
        from territory import signals  # noqa: F401
