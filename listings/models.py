from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from listings.blocks import GalleryBlock
from network.models import Sector
from portal.models import BasePage
from search.analysis import WORD, fold, words


class PriceKind(models.TextChoices):
    SALE = "sale", _("Sale price")
    MONTHLY_RENT = "monthly_rent", _("Monthly rent")
    LEASE = "lease", _("Yearly lease")
    ON_REQUEST = "on_request", _("Price on request")
    FREE = "free", _("Free of charge")


class Availability(models.TextChoices):
    AVAILABLE = "available", _("Available")
    UNDER_OFFER = "under_offer", _("Under offer")
    TAKEN = "taken", _("Taken")


class Transaction(models.TextChoices):
    SALE = "sale", _("For sale")
    RENT = "rent", _("For rent")


class EnergyClass(models.TextChoices):
    A = "A", "A"
    B = "B", "B"
    C = "C", "C"
    D = "D", "D"
    E = "E", "E"
    F = "F", "F"
    G = "G", "G"


def place_words(commune):
    """The words that would tell where a commune is: its name, postcodes and INSEE code."""
    return set(WORD.findall(fold(commune.name))) | set(commune.postcodes) | {commune.insee_code}


def without_words(text, unwanted):
    return " ".join(word for word in WORD.findall(fold(text)) if word not in unwanted)


class ListingTag(TaggedItemBase):
    # Every listing type shares one tag table: tags are a facet across all of them.
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="listing_tags"
    )

    class Meta:
        verbose_name = _("listing tag")
        verbose_name_plural = _("listing tags")


class ListingIndexPage(BasePage):
    """All listings of the territory, filtered by type and area."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_size = 12

    class Meta:
        verbose_name = _("listing index page")

    def get_context(self, request, *args, **kwargs):
        from listings.views import listing_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_index_context(self, request))
        return context


class ListingPageForm(WagtailAdminPageForm):
    def clean(self):
        expire_at = self.cleaned_data.get("expire_at")
        if expire_at and expire_at < timezone.now() and "expire_at" not in self.changed_data:
            # Saving an offer past its review date reviews it: the date moves on, rather than
            # Wagtail refusing the form for an expiry in the past the editor did not type.
            from listings.lifecycle import next_review

            self.cleaned_data["expire_at"] = next_review()
        if (
            "availability" in self.changed_data
            and "availability_changed_on" not in self.changed_data
        ):
            # The state changed without a date: it changed today.
            self.cleaned_data["availability_changed_on"] = timezone.localdate()
        return super().clean()


class ListingPage(BasePage):
    """What every opportunity shares: where, how much, how big, whether it is still free."""

    reference = models.CharField(
        _("reference"),
        max_length=30,
        help_text=_("The structure's own reference for this offer, quoted in enquiries."),
    )
    description = RichTextField(_("description"), blank=True)
    commune = models.ForeignKey(
        "territory.Commune",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    gallery = StreamField(GalleryBlock(), verbose_name=_("photos"), blank=True)
    price = models.PositiveIntegerField(
        _("price (€)"), null=True, blank=True, help_text=_("In euros, all taxes included.")
    )
    price_kind = models.CharField(
        _("price is"), max_length=20, choices=PriceKind.choices, default=PriceKind.SALE
    )
    surface = models.PositiveIntegerField(_("surface (m²)"), null=True, blank=True)
    availability = models.CharField(
        _("availability"),
        max_length=20,
        choices=Availability.choices,
        default=Availability.AVAILABLE,
    )
    available_from = models.DateField(_("available from"), null=True, blank=True)
    availability_changed_on = models.DateField(
        _("availability since"),
        null=True,
        blank=True,
        help_text=_("The day the offer became available, under offer or taken."),
    )
    contact = models.ForeignKey(
        "network.Referent",
        verbose_name=_("contact referent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=ListingTag, blank=True, verbose_name=_("tags"))
    confidential = models.BooleanField(
        _("confidential"),
        default=False,
        help_text=_(
            "Hide the commune and the exact place: only the community of communes is shown, "
            "details come through an enquiry."
        ),
    )

    parent_page_types = ["network.StructurePage"]
    subpage_types = []
    base_form_class = ListingPageForm

    # The type's own texts that a confidential offer must not name its commune in.
    place_checked_fields = ("reference",)
    # The icon and the short label newcomers see on cards and in the type filter.
    listing_type = ""
    listing_type_label = ""

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("reference"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("commune"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("confidential"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price"), FieldPanel("price_kind")]),
                FieldPanel("surface"),
                FieldRowPanel([FieldPanel("availability"), FieldPanel("availability_changed_on")]),
                FieldPanel("available_from"),
            ],
            heading=_("Key facts"),
        ),
        FieldPanel("gallery"),
        FieldPanel("contact"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("reference"),
        index.AutocompleteField("title"),
        index.FilterField("commune"),
        index.FilterField("price"),
        index.FilterField("price_kind"),
        index.FilterField("surface"),
        index.FilterField("availability"),
        index.FilterField("confidential"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("reference"),
        APIField("summary"),
        APIField("place"),
        APIField("price"),
        APIField("price_kind"),
        APIField("surface"),
        APIField("availability"),
    ]
    # Where an offer is, and whether that may be said, is one fact in every language.
    override_translatable_fields = [
        SynchronizedField("reference"),
        SynchronizedField("commune", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("confidential", overridable=False),
        SynchronizedField("availability", overridable=False),
        SynchronizedField("availability_changed_on", overridable=False),
        SynchronizedField("price"),
        SynchronizedField("surface"),
    ]

    class Meta:
        abstract = True

    def save_revision(self, *args, **kwargs):
        # Every listing has a review date: by default six months after it is saved.
        if self.expire_at is None:
            from listings.lifecycle import next_review

            self.expire_at = next_review()
        return super().save_revision(*args, **kwargs)

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Give both the latitude and the longitude, or neither.")}
            )
        if self.price is None and self.price_kind not in (PriceKind.ON_REQUEST, PriceKind.FREE):
            raise ValidationError({"price": _("Give a price, or say it is on request.")})
        commune = getattr(self, "commune", None)
        if self.confidential and commune is not None:
            self.refuse_place_names(commune)

    def refuse_place_names(self, commune):
        """A confidential offer's texts must not name its commune or give its postcode."""
        giveaways = [slugify(commune.name), *commune.postcodes, commune.insee_code]
        texts = {
            "title": self.title,
            "slug": self.slug,
            "seo_title": self.seo_title,
            "search_description": self.search_description,
            "summary": self.summary,
            "description": strip_tags(self.description or ""),
            **{name: getattr(self, name, "") for name in self.place_checked_fields},
            "gallery": " ".join(
                f"{block['value'].get('alt_text', '')} {block['value'].get('caption', '')}"
                for block in self.gallery.raw_data
            ),
        }
        errors = {}
        for field, text in texts.items():
            words = f"-{slugify(text or '')}-"
            if any(f"-{giveaway}-" in words for giveaway in giveaways if giveaway):
                errors[field] = _(
                    "This offer is confidential: do not name its commune (%(commune)s) or give "
                    "its postcode here. Speak of the area instead."
                ) % {"commune": commune.name}
        if errors:
            raise ValidationError(errors)

    @cached_property
    def community(self):
        return self.commune.community

    @cached_property
    def place_label(self):
        """Where the offer is, as far as the newcomer may know before an enquiry."""
        if self.confidential:
            return self.community.name if self.community else ""
        return str(self.commune.name)

    @property
    def place(self):
        if self.confidential:
            return {"community": self.place_label}
        point = None
        if self.latitude is not None:
            point = {"latitude": self.latitude, "longitude": self.longitude}
        return {
            "commune": self.commune.name,
            "insee_code": self.commune.insee_code,
            "community": self.community.name if self.community else "",
            "point": point,
        }

    @cached_property
    def point(self):
        if self.confidential or self.latitude is None:
            return None
        return (self.latitude, self.longitude)

    @cached_property
    def shows_price(self):
        return self.price is not None and self.price_kind not in (
            PriceKind.ON_REQUEST,
            PriceKind.FREE,
        )

    @cached_property
    def first_photo(self):
        for block in self.gallery:
            return block.value
        return None

    def get_sitemap_urls(self, request=None):
        # Only what the newcomer may see: a taken offer is no longer promoted.
        if self.availability == Availability.TAKEN:
            return []
        return super().get_sitemap_urls(request)

    @cached_property
    def transaction_kind(self):
        """Sale or rent, from the type's own field where it has one, else from the price."""
        own = getattr(self, "transaction", "")
        if own:
            return own
        if self.price_kind == PriceKind.SALE:
            return Transaction.SALE
        if self.price_kind in (PriceKind.MONTHLY_RENT, PriceKind.LEASE):
            return Transaction.RENT
        return ""

    @cached_property
    def monthly_or_sale_price(self):
        """The price to compare offers by: a sale price, or a rent per month."""
        if not self.shows_price:
            return None
        if self.price_kind == PriceKind.LEASE:
            return round(self.price / 12)
        return self.price

    def search_document(self):
        """What the public search filters this offer by; ``None`` keeps it out of the search."""
        if self.availability == Availability.TAKEN:
            return None
        commune = None if self.confidential else self.commune
        point = self.point or (
            (commune.latitude, commune.longitude) if commune and commune.latitude else None
        )
        tags = list(self.tags.all())
        texts = [
            self.summary,
            strip_tags(self.description or ""),
            self.listing_type_label,
            *self.search_texts(),
            commune.name if commune else "",
            self.community.name if self.community else "",
            self.reference,
            *(tag.name for tag in tags),
        ]
        if self.confidential:
            # Whatever an editor typed, the search must not find the offer by its town.
            giveaways = place_words(self.commune)
            texts = [without_words(str(text), giveaways) for text in texts]
            tags = [tag for tag in tags if not giveaways & set(words(tag.name, "fr"))]
        return {
            "kind": self.listing_type,
            "texts": texts,
            "community": self.community,
            "commune": commune,
            "point": point,
            "image": self.first_photo["image"] if self.first_photo else None,
            "transaction": self.transaction_kind,
            "price_kind": self.price_kind,
            "listed_price": self.price,
            "price": self.monthly_or_sale_price,
            "surface": self.surface,
            "availability": self.availability,
            "energy_class": getattr(self, "energy_class", ""),
            "tags": tags,
        }

    def search_texts(self):
        """The words of the type's own facts that newcomers may type."""
        return []

    def get_template(self, request, *args, **kwargs):
        # One template for every type; the type's own facts come from an include.
        return "listings/listing_page.html"

    def get_context(self, request, *args, **kwargs):
        from listings.views import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context


class EnergyLabels(models.Model):
    """The energy performance labels French law requires in every property advertisement."""

    energy_class = models.CharField(
        _("energy class"),
        max_length=1,
        choices=EnergyClass.choices,
        blank=True,
        help_text=_("From the energy performance diagnosis (DPE). Empty while not yet known."),
    )
    climate_class = models.CharField(
        _("climate class"),
        max_length=1,
        choices=EnergyClass.choices,
        blank=True,
        help_text=_("Greenhouse gas emissions class, from the same diagnosis."),
    )

    has_energy_labels = True
    energy_panels = [FieldRowPanel([FieldPanel("energy_class"), FieldPanel("climate_class")])]

    class Meta:
        abstract = True

    @cached_property
    def excessive_consumption(self):
        return self.energy_class in (EnergyClass.F, EnergyClass.G)


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

    place_checked_fields = ("reference", "activity", "included")
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

    place_checked_fields = ("reference", "zoning")
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
        pages.live()
        .public()
        .type(*LISTING_PAGE_MODELS)
        .exclude(taken_filter())
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")
    )


class ReviewNotice(models.Model):
    """A mail about a listing's review date, kept so that each is sent once per date."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=20)
    review_at = models.DateTimeField(_("review date"))
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("review notice")
        verbose_name_plural = _("review notices")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind", "review_at"], name="one_review_notice_per_date"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.page_id} {self.review_at:%Y-%m-%d}"


def in_community_filter(community):
    """A ``Page`` filter for the listings of every type located in a community of communes."""
    condition = Q()
    for model in LISTING_PAGE_MODELS:
        condition |= Q(**{f"{model._meta.model_name}__commune__community": community})
    return condition


class ListingImport(models.Model):
    """A spreadsheet read, tried in a dry run, then imported once the editor confirms.

    Both steps run in the background (``listings.tasks``): a file of a thousand rows takes
    longer than a web request should.
    """

    class Status(models.TextChoices):
        CHECKING = "checking", _("Being checked")
        CHECKED = "checked", _("Checked")
        IMPORTING = "importing", _("Being imported")
        IMPORTED = "imported", _("Imported")
        FAILED = "failed", _("Failed")

    structure = models.ForeignKey(
        "network.StructurePage",
        verbose_name=_("structure"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file_name = models.CharField(_("file"), max_length=255)
    header = models.JSONField(_("columns"))
    rows = models.JSONField(_("rows"))
    publish = models.BooleanField(_("publish"), default=False)
    # The editor's language, for the reasons the report gives.
    language = models.CharField(_("language"), max_length=10, default="fr")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CHECKING
    )
    report = models.JSONField(_("report"), default=list)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    imported_at = models.DateTimeField(_("imported"), null=True, blank=True)

    class Meta:
        verbose_name = _("listing import")
        verbose_name_plural = _("listing imports")

    def __str__(self):
        return self.file_name

    @property
    def refused(self):
        return [row for row in self.report if row["action"] == "refused"]

    @property
    def in_progress(self):
        return self.status in (self.Status.CHECKING, self.Status.IMPORTING)
