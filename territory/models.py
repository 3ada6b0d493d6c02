from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from portal.models import BasePage


class CommunityOfCommunes(models.Model):
    """An EPCI (établissement public de coopération intercommunale), from INSEE's code."""

    siren = models.CharField(_("SIREN code"), max_length=9, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("legal form"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("community of communes")
        verbose_name_plural = _("communities of communes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Commune(models.Model):
    insee_code = models.CharField(_("INSEE code"), max_length=5, unique=True)
    name = models.CharField(_("name"), max_length=200)
    postcodes = models.JSONField(_("postcodes"), default=list, blank=True)
    department_code = models.CharField(_("department"), max_length=3)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    community = models.ForeignKey(
        CommunityOfCommunes,
        verbose_name=_("community of communes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="communes",
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]

    def __str__(self):
        postcode = self.postcodes[0] if self.postcodes else self.department_code
        return f"{self.name} ({postcode})"


class ServiceCategory(models.TextChoices):
    CHILDCARE = "childcare", _("Childcare")
    SCHOOL = "school", _("Schools")
    HEALTH = "health", _("Health")
    TRANSPORT = "transport", _("Transport")
    SPOUSE_EMPLOYMENT = "spouse_employment", _("Spouse employment")
    SHOPS = "shops", _("Shops")
    CULTURE_SPORT = "culture_sport", _("Culture and sport")
    BROADBAND = "broadband", _("Broadband")
    PUBLIC_SERVICES = "public_services", _("Public services")


class AreaPage(BasePage):
    """A community of communes presented to newcomers, with its services and listings."""

    community = models.ForeignKey(
        CommunityOfCommunes,
        verbose_name=_("community of communes"),
        on_delete=models.PROTECT,
        related_name="area_pages",
    )
    body = RichTextField(_("presentation"), blank=True)
    image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("community"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("community"),
    ]

    class Meta:
        verbose_name = _("area page")

    def search_document(self):
        return {
            "kind": "area",
            "texts": [self.summary, strip_tags(self.body or ""), self.community.name],
            "community": self.community,
            "image": self.image,
        }

    def get_context(self, request, *args, **kwargs):
        from territory.views import area_context

        context = super().get_context(request, *args, **kwargs)
        context.update(area_context(self))
        return context


class ServiceIndexPage(BasePage):
    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    # A territory has tens of services, not thousands: they are shown grouped on one page.
    page_size = 200

    class Meta:
        verbose_name = _("service index page")

    def get_context(self, request, *args, **kwargs):
        from territory.views import service_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(service_index_context(self, request))
        return context


class ServicePage(BasePage):
    """A service that helps a household settle: a crèche, a school, a doctor, broadband..."""

    category = models.CharField(_("category"), max_length=30, choices=ServiceCategory.choices)
    commune = models.ForeignKey(
        Commune,
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="service_pages",
        help_text=_("Leave empty when the service covers the whole community of communes."),
    )
    community = models.ForeignKey(
        CommunityOfCommunes,
        verbose_name=_("community of communes"),
        on_delete=models.PROTECT,
        related_name="service_pages",
    )
    description = RichTextField(_("description"), blank=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)

    parent_page_types = ["network.StructurePage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("category"),
        MultiFieldPanel([FieldPanel("community"), FieldPanel("commune")], heading=_("Where")),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("category"),
        index.FilterField("commune"),
        index.FilterField("community"),
        index.RelatedFields("commune", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("service page")

    def search_document(self):
        commune = self.commune
        return {
            "kind": "service",
            "texts": [
                self.summary,
                strip_tags(self.description or ""),
                self.get_category_display(),
                commune.name if commune else "",
                self.community.name,
                self.address,
            ],
            "category": self.category,
            "community": self.community,
            "commune": commune,
            "point": (commune.latitude, commune.longitude)
            if commune and commune.latitude
            else None,
        }

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if (
            self.commune_id
            and self.community_id
            and self.commune.community_id != self.community_id
        ):
            raise ValidationError(
                {"commune": _("This commune is not part of the chosen community of communes.")}
            )
