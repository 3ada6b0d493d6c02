from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from foundation.i18n import in_locale_or_source
from foundation.models import BasePage, PlacedMixin
from foundation.panels import MapPanel
from foundation.vocabularies import DESCRIPTION_FEATURES, ServiceCategory
from search.models import DocumentKind, search_tag
from search.results import search_context
from territory.models import Commune, CommunityOfCommunes


class ServiceIndexPage(BasePage):
    cache_shows = ("services", search_tag(DocumentKind.SERVICE))

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    # A territory has tens of services, not thousands: they are shown grouped on one page.
    page_size = 200

    class Meta:
        verbose_name = _("service index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            search_context(request, kinds=[DocumentKind.SERVICE], page_size=self.page_size)
        )
        groups = {}
        for document in context["search"].documents:
            groups.setdefault(document.category, []).append(document)
        context["service_groups"] = [
            {"category": category, "label": category.label, "documents": groups[category]}
            for category in ServiceCategory
            if category in groups
        ]
        return context


class ServicePage(PlacedMixin, BasePage):
    """A service that helps a household settle: a crèche, a school, a doctor, broadband..."""

    cache_kind = "services"
    cache_shows = ("structures",)
    route_related = ("commune", "community")

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
    description = RichTextField(_("description"), blank=True, features=DESCRIPTION_FEATURES)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)

    parent_page_types = ["directory.StructurePage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("category"),
        MultiFieldPanel(
            [FieldPanel("community"), FieldPanel("commune"), MapPanel(centres=Commune.centres)],
            heading=_("Where"),
        ),
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
            "point": self.point,
        }

    @property
    def point(self):
        """Where the service stands: its own point, else its commune's centre."""
        return self.own_point or (self.commune.centre if self.commune_id else None)

    def clean(self):
        super().clean()
        if (
            self.commune_id
            and self.community_id
            and self.commune.community_id != self.community_id
        ):
            raise ValidationError(
                {"commune": _("This commune is not part of the chosen community of communes.")}
            )


def localized_services(locale):
    return (
        in_locale_or_source(ServicePage.objects.live().public(), locale)
        .select_related("commune", "community")
        .order_by("category", "title")
    )


def group_by_category(services):
    groups = {}
    for service in services:
        groups.setdefault(service.category, []).append(service)
    return [
        {"category": category, "label": category.label, "services": groups[category]}
        for category in ServiceCategory
        if category in groups
    ]


def category_counts(locale):
    counts = dict(
        localized_services(locale).order_by().values_list("category").annotate(count=Count("pk"))
    )
    return [
        {"category": category, "label": category.label, "count": counts[category]}
        for category in ServiceCategory
        if counts.get(category)
    ]
