from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from foundation.models import BasePage, unrestricted
from foundation.vocabularies import Availability, Sector, Transaction
from listings.models import EnergyLabels, ListingPage
from search.models import LISTING_KINDS, search_tag
from search.results import search_context


class ListingIndexPage(BasePage):
    """All listings of the territory, filtered by type and area."""

    cache_shows = ("listings", *(search_tag(kind) for kind in LISTING_KINDS))

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_size = 12

    class Meta:
        verbose_name = _("listing index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(search_context(request, kinds=LISTING_KINDS, page_size=self.page_size))
        return context


class TurnoverBracket(models.TextChoices):
    UNDER_100K = "under_100k", _("Under €100,000")
    FROM_100K_TO_300K = "100k_300k", _("€100,000 to €300,000")
    FROM_300K_TO_1M = "300k_1m", _("€300,000 to €1 million")
    OVER_1M = "over_1m", _("Over €1 million")


class TransferReason(models.TextChoices):
    RETIREMENT = "retirement", _("Retirement")
    RELOCATION = "relocation", _("Relocation")
    HEALTH = "health", _("Health")
    NEW_PROJECT = "new_project", _("New project")
    OTHER = "other", _("Other")


class TransferKind(models.TextChoices):
    GOODWILL = "goodwill", _("Sale of the business (goodwill)")
    SHARES = "shares", _("Sale of shares")
    LEASE_MANAGEMENT = "lease_management", _("Lease management")
    ASSETS = "assets", _("Sale of equipment and premises")


class BusinessListingPage(ListingPage):
    """An activity to take over: a shop, a workshop, a farm, a hotel..."""

    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)
    activity = models.CharField(_("activity"), max_length=120)
    turnover = models.CharField(
        _("yearly turnover"), max_length=20, choices=TurnoverBracket.choices, blank=True
    )
    staff = models.PositiveSmallIntegerField(_("staff"), null=True, blank=True)
    transfer_reason = models.CharField(
        _("reason for the transfer"), max_length=20, choices=TransferReason.choices, blank=True
    )
    transfer_kind = models.CharField(
        _("kind of transfer"),
        max_length=20,
        choices=TransferKind.choices,
        default=TransferKind.GOODWILL,
    )
    included = models.TextField(
        _("what is included"),
        blank=True,
        help_text=_("Premises, equipment, stock, customers, brand..."),
    )
    seller_accompaniment = models.BooleanField(
        _("accompanied by the seller"),
        default=False,
        help_text=_("The seller stays on for a while to hand over customers and know-how."),
    )

    listing_type = "business"
    listing_type_label = _("Business to take over")
    content_panels = [
        *ListingPage.content_panels[:3],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("sector"), FieldPanel("activity")]),
                FieldRowPanel([FieldPanel("turnover"), FieldPanel("staff")]),
                FieldRowPanel([FieldPanel("transfer_kind"), FieldPanel("transfer_reason")]),
                FieldPanel("included"),
                FieldPanel("seller_accompaniment"),
            ],
            heading=_("The business"),
        ),
        *ListingPage.content_panels[3:],
    ]
    search_fields = [
        *ListingPage.search_fields,
        index.SearchField("activity"),
        index.FilterField("sector"),
        index.FilterField("turnover"),
        index.FilterField("transfer_kind"),
    ]
    api_fields = [*ListingPage.api_fields, APIField("sector"), APIField("activity")]

    class Meta:
        verbose_name = _("business to take over")
        verbose_name_plural = _("businesses to take over")

    def search_texts(self):
        return [self.activity, self.get_sector_display(), self.included]


class PremisesKind(models.TextChoices):
    SHOP = "shop", _("Shop")
    WORKSHOP = "workshop", _("Workshop")
    OFFICE = "office", _("Office")
    WAREHOUSE = "warehouse", _("Warehouse")
    MEDICAL_OFFICE = "medical_office", _("Medical office")
    COWORKING = "coworking", _("Coworking space")


class PremisesListingPage(EnergyLabels, ListingPage):
    kind = models.CharField(_("kind of premises"), max_length=20, choices=PremisesKind.choices)
    transaction = models.CharField(
        _("sale or rent"), max_length=10, choices=Transaction.choices, default=Transaction.RENT
    )
    accessible = models.BooleanField(
        _("accessible to people with reduced mobility"), default=False
    )

    listing_type = "premises"
    listing_type_label = _("Premises")
    content_panels = [
        *ListingPage.content_panels[:3],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("transaction")]),
                FieldPanel("accessible"),
                *EnergyLabels.energy_panels,
            ],
            heading=_("The premises"),
        ),
        *ListingPage.content_panels[3:],
    ]
    search_fields = [
        *ListingPage.search_fields,
        index.FilterField("kind"),
        index.FilterField("transaction"),
        index.FilterField("energy_class"),
    ]
    api_fields = [
        *ListingPage.api_fields,
        APIField("kind"),
        APIField("transaction"),
        APIField("energy_class"),
        APIField("climate_class"),
    ]

    class Meta:
        verbose_name = _("premises")
        verbose_name_plural = pgettext_lazy("plural", "premises")

    def search_texts(self):
        return [self.get_kind_display(), self.get_transaction_display()]


class LandKind(models.TextChoices):
    BUILDING_PLOT = "building_plot", _("Building plot")
    BUSINESS_PARK = "business_park", _("Business park plot")
    AGRICULTURAL = "agricultural", _("Agricultural land")


class LandListingPage(ListingPage):
    kind = models.CharField(_("kind of land"), max_length=20, choices=LandKind.choices)
    zoning = models.CharField(
        _("zoning"),
        max_length=60,
        blank=True,
        help_text=_("Zone of the local urban plan (PLU), e.g. UX, AU, A."),
    )
    serviced = models.BooleanField(
        _("serviced"), default=False, help_text=_("Connected to water, power and roads.")
    )

    listing_type = "land"
    listing_type_label = _("Land")
    content_panels = [
        *ListingPage.content_panels[:3],
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("zoning"), FieldPanel("serviced")],
            heading=_("The land"),
        ),
        *ListingPage.content_panels[3:],
    ]
    search_fields = [
        *ListingPage.search_fields,
        index.FilterField("kind"),
        index.FilterField("serviced"),
    ]
    api_fields = [*ListingPage.api_fields, APIField("kind"), APIField("zoning")]

    class Meta:
        verbose_name = _("land")
        verbose_name_plural = pgettext_lazy("plural", "land")

    def search_texts(self):
        return [self.get_kind_display(), self.zoning]

    @cached_property
    def area_hectares(self):
        """Farmland is counted in hectares, plots in square metres."""
        if self.surface and self.kind == LandKind.AGRICULTURAL:
            return self.surface / 10_000
        return None


class HousingKind(models.TextChoices):
    HOUSE = "house", _("House")
    FLAT = "flat", _("Flat")
    TRANSITIONAL = "transitional", _("Transitional housing")


class HousingListingPage(EnergyLabels, ListingPage):
    kind = models.CharField(_("kind of housing"), max_length=20, choices=HousingKind.choices)
    transaction = models.CharField(
        _("sale or rent"), max_length=10, choices=Transaction.choices, default=Transaction.RENT
    )
    rooms = models.PositiveSmallIntegerField(_("rooms"), null=True, blank=True)
    furnished = models.BooleanField(_("furnished"), default=False)
    energy_cost_min = models.PositiveIntegerField(
        _("estimated yearly energy cost, from (€)"), null=True, blank=True
    )
    energy_cost_max = models.PositiveIntegerField(
        _("estimated yearly energy cost, to (€)"), null=True, blank=True
    )
    energy_prices_year = models.PositiveSmallIntegerField(
        _("energy prices of the year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2021), MaxValueValidator(2100)],
        help_text=_("The year whose average energy prices the estimate is based on."),
    )

    listing_type = "housing"
    listing_type_label = _("Housing")
    content_panels = [
        *ListingPage.content_panels[:3],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("transaction")]),
                FieldRowPanel([FieldPanel("rooms"), FieldPanel("furnished")]),
                *EnergyLabels.energy_panels,
                FieldRowPanel(
                    [
                        FieldPanel("energy_cost_min"),
                        FieldPanel("energy_cost_max"),
                        FieldPanel("energy_prices_year"),
                    ]
                ),
            ],
            heading=_("The housing"),
        ),
        *ListingPage.content_panels[3:],
    ]
    search_fields = [
        *ListingPage.search_fields,
        index.FilterField("kind"),
        index.FilterField("transaction"),
        index.FilterField("rooms"),
        index.FilterField("energy_class"),
    ]
    api_fields = [
        *ListingPage.api_fields,
        APIField("kind"),
        APIField("transaction"),
        APIField("rooms"),
        APIField("energy_class"),
        APIField("climate_class"),
    ]

    class Meta:
        verbose_name = _("housing")
        verbose_name_plural = pgettext_lazy("plural", "housing")

    def search_texts(self):
        return [self.get_kind_display(), self.get_transaction_display()]

    def clean(self):
        super().clean()
        if (
            self.energy_cost_min
            and self.energy_cost_max
            and (self.energy_cost_min > self.energy_cost_max)
        ):
            raise ValidationError(
                {"energy_cost_max": _("The upper estimate must not be below the lower one.")}
            )


LISTING_PAGE_MODELS = [
    BusinessListingPage,
    PremisesListingPage,
    LandListingPage,
    HousingListingPage,
]


def taken_filter():
    """A ``Page`` filter for the listings of every type that are taken."""
    condition = Q()
    for model in LISTING_PAGE_MODELS:
        condition |= Q(**{f"{model._meta.model_name}__availability": Availability.TAKEN})
    return condition


def listing_queryset(pages):
    """The live, public listings among ``pages`` that are not taken, newest first."""
    return (
        unrestricted(pages.live())
        .type(*LISTING_PAGE_MODELS)
        .exclude(taken_filter())
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")
    )


def in_community_filter(community):
    """A ``Page`` filter for the listings of every type located in a community of communes."""
    condition = Q()
    for model in LISTING_PAGE_MODELS:
        condition |= Q(**{f"{model._meta.model_name}__commune__community": community})
    return condition
