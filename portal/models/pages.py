from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class PortalImage(AbstractImage):
    """The portal's image: every picture carries a default text alternative and a credit."""

    alt_text = models.CharField(
        _("text alternative"),
        max_length=255,
        blank=True,
        help_text=_("Describe what the picture shows, for people who cannot see it."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "alt_text", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BasePage(Page):
    """What every page of the portal shares: a summary used as meta description and teaser."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences, shown in lists and to search engines."),
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]
    content_panels = [*Page.content_panels, FieldPanel("summary")]

    class Meta:
        abstract = True

    @cached_property
    def meta_description(self):
        return self.search_description or self.summary


class HeroMixin(models.Model):
    """A page that opens on a large title, a sentence and a picture."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    hero_panels = [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        )
    ]

    class Meta:
        abstract = True


class ChoiceListPageForm(WagtailAdminPageForm):
    """A page form whose JSON list fields are shown as boxes to tick, from ``list_choices()``."""

    def list_choices(self):
        return {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in self.list_choices().items():
            if name in self.fields:
                field = self.fields[name]
                self.fields[name] = forms.MultipleChoiceField(
                    label=field.label,
                    help_text=field.help_text,
                    choices=choices,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                )


class HomePageForm(ChoiceListPageForm):
    def list_choices(self):
        from network.figures import KEY_FIGURES

        return {"key_figures": [(key, label) for key, label in KEY_FIGURES.items()]}


class HomePage(HeroMixin, BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    network_title = models.CharField(_("network block title"), max_length=120, blank=True)
    network_text = models.TextField(_("network block text"), blank=True)
    key_figures = models.JSONField(
        _("key figures shown"),
        default=list,
        blank=True,
        help_text=_("Counted from the network's own records; leave every box empty to hide."),
    )
    key_figures_year = models.PositiveSmallIntegerField(
        _("year of the key figures"),
        null=True,
        blank=True,
        help_text=_("Leave empty for the last complete year."),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "listings.ListingIndexPage",
        "territory.ServiceIndexPage",
        "territory.AreaPage",
        "network.NetworkPage",
        "portal.CampaignPage",
        "portal.EventIndexPage",
        "portal.StandardPage",
    ]
    content_panels = [
        *BasePage.content_panels,
        *HeroMixin.hero_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("network_title"), FieldPanel("network_text")],
            heading=_("Who to talk to"),
        ),
        MultiFieldPanel(
            [FieldPanel("key_figures"), FieldPanel("key_figures_year")],
            heading=_("Key figures"),
        ),
    ]
    base_form_class = HomePageForm
    override_translatable_fields = [
        SynchronizedField("key_figures", overridable=False),
        SynchronizedField("key_figures_year", overridable=False),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from portal.views import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self))
        return context


class StandardPage(BasePage):
    body = RichTextField(_("body"))

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


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
