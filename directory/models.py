from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from directory.permissions import COORDINATE_NETWORK
from foundation.i18n import children_in_locale_or_source
from foundation.models import BasePage
from foundation.vocabularies import Sector


class StructureKind(models.TextChoices):
    CHAMBER_OF_COMMERCE = "cci", _("Chamber of commerce and industry")
    CHAMBER_OF_TRADES = "cma", _("Chamber of trades and crafts")
    CHAMBER_OF_AGRICULTURE = "chamber_agriculture", _("Chamber of agriculture")
    COMMUNITY_OF_COMMUNES = "community", _("Community of communes")
    INITIATIVE_PLATFORM = "initiative", _("Local initiative platform")
    FINANCING_BODY = "financing", _("Financing body")
    SUPPORT_BODY = "support", _("Business support")
    PARK = "park", _("Regional natural park")


class NetworkPage(BasePage):
    """The directory of the structures that support newcomers."""

    cache_shows = ("structures",)

    body = RichTextField(_("presentation"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.StructurePage"]
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("network page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["structures"] = (
            children_in_locale_or_source(self, StructurePage.objects.live().public())
            .select_related("logo")
            .order_by("title")
        )
        return context


class StructurePage(BasePage):
    """A partner of the network: its profile, referents and what it publishes."""

    cache_kind = "structures"
    cache_shows = ("services",)

    kind = models.CharField(_("kind"), max_length=30, choices=StructureKind.choices)
    acronym = models.CharField(_("short name"), max_length=40, blank=True)
    body = RichTextField(_("presentation"), blank=True)
    communities = ParentalManyToManyField(
        "territory.CommunityOfCommunes",
        verbose_name=_("communities of communes covered"),
        blank=True,
        related_name="structures",
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "foundation.PortalImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("image collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    network_review = models.BooleanField(
        _("network review"),
        default=False,
        help_text=_(
            "The structure's editors submit their pages and a coordinator approves or sends "
            "them back, for a new partner for instance."
        ),
    )

    parent_page_types = ["directory.NetworkPage"]
    subpage_types = [
        "listings.BusinessListingPage",
        "listings.PremisesListingPage",
        "listings.LandListingPage",
        "listings.HousingListingPage",
        "services.ServicePage",
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("acronym")], heading=_("Identity")),
        FieldPanel("logo"),
        FieldPanel("body"),
        InlinePanel("competences", heading=_("Projects handled"), label=_("Sector")),
        FieldPanel("communities"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        InlinePanel("referents", heading=_("Referents"), label=_("Referent")),
    ]
    settings_panels = [
        *BasePage.settings_panels,
        # A panel hidden from an editor keeps its field out of the form: a crafted POST is
        # ignored (tests/directory/test_permission_matrix.py).
        FieldPanel("network_review", permission=COORDINATE_NETWORK),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("acronym"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("structure page")
        permissions = [
            (
                "coordinate_network",
                _("Coordinates the network: every enquiry, its routing and erasure, the figures"),
            ),
        ]

    def search_document(self):
        return {
            "kind": "structure",
            "texts": [
                self.acronym,
                self.summary,
                strip_tags(self.body or ""),
                self.get_kind_display(),
                *(str(competence) for competence in self.competences.all()),
                *(community.name for community in self.communities.all()),
            ],
        }

    @cached_property
    def short_name(self):
        return self.acronym or self.title

    def get_context(self, request, *args, **kwargs):
        # Its offers and services come from their own rooms' template tags.
        context = super().get_context(request, *args, **kwargs)
        context["referents"] = self.referents.all()
        context["competences"] = self.competences.all()
        return context


class StructureCompetence(Orderable):
    """A sector of projects a structure handles; routing of enquiries relies on it."""

    structure = ParentalKey(StructurePage, on_delete=models.CASCADE, related_name="competences")
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)

    panels = [FieldPanel("sector")]

    class Meta(Orderable.Meta):
        verbose_name = _("sector handled")
        verbose_name_plural = _("sectors handled")

    def __str__(self):
        return str(Sector(self.sector).label)


class Referent(Orderable):
    """A person of a structure whom newcomers and partners can reach."""

    structure = ParentalKey(StructurePage, on_delete=models.CASCADE, related_name="referents")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referents",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("user"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("referent")
        verbose_name_plural = _("referents")

    def __str__(self):
        return f"{self.name} ({self.structure.short_name})" if self.structure_id else self.name


def referent_addresses(structure):
    """Where a structure's people read their mail: its referents, else its own address."""
    if structure is None:
        return []
    addresses = list(dict.fromkeys(referent.email for referent in structure.referents.all()))
    if not addresses and structure.email:
        addresses = [structure.email]
    return addresses
