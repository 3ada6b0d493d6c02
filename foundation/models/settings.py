"""The site's own settings: its territory, network, contact and legal pages."""

import copy

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from foundation.page_cache import kept


class AccessibilityStatus(models.TextChoices):
    """The compliance levels of the French accessibility framework (RGAA)."""

    COMPLIANT = "compliant", _("fully compliant")
    PARTIALLY_COMPLIANT = "partially_compliant", _("partially compliant")
    NOT_COMPLIANT = "not_compliant", _("not compliant")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    territory_name = models.CharField(
        _("territory"),
        max_length=120,
        blank=True,
        help_text=_("Shown beside the portal's name, e.g. Livradois-Forez."),
    )
    network_name = models.CharField(
        _("network name"), max_length=120, blank=True, help_text=_("e.g. Cap'Actif.")
    )
    accessibility_status = models.CharField(
        _("accessibility compliance"),
        max_length=30,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.NOT_COMPLIANT,
        help_text=_("As stated by the accessibility statement, as the law requires."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("portal settings")

    @classmethod
    def for_request(cls, request):
        """The settings every page shows, read from the database once until they change."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            # A copy: the kept settings are shared with this process's other requests, and
            # Wagtail keeps the request and the pages' addresses on the instance.
            found = copy.copy(
                kept(request, f"portal-settings:{site.pk}", lambda: cls.for_site(site))
            )
            found._request = request
            found._page_url_cache = {}
            setattr(request, attr_name, found)
        return getattr(request, attr_name)
