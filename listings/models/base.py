"""What every offer shares: where, how much, how big, whether it is still free, and its photos."""

from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.models import Referent, StructurePage
from foundation.cards import OfferCard
from foundation.i18n import in_locale_or_source
from foundation.locale_trees import text_language
from foundation.maps import box_around, distance_km, map_places
from foundation.models import BasePage, PlacedMixin
from foundation.models.keywords import every_name, names_in
from foundation.page_cache import SITE, kept, page_tag
from foundation.panels import MapPanel
from foundation.vocabularies import (
    DESCRIPTION_FEATURES,
    Availability,
    EnergyClass,
    PriceKind,
    ServiceCategory,
    Transaction,
)
from listings.blocks import GalleryBlock
from listings.confidentiality import Disclosure
from listings.reviews import next_review
from services.models import ServicePage
from territory.models import Commune


class ListingTag(TaggedItemBase):
    # Every listing type shares one tag table: tags are a facet across all of them.
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="listing_tags"
    )

    class Meta:
        verbose_name = _("listing tag")
        verbose_name_plural = _("listing tags")


class ListingPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        if "contact" in self.fields and parent is not None:
            # The contact is one of the referents of the structure that publishes the offer,
            # in any of its languages: a translation keeps its source's contact.
            structure = StructurePage.objects.ancestor_of(parent, inclusive=True).first()
            self.fields["contact"].queryset = Referent.objects.filter(
                structure__translation_key=structure.translation_key if structure else None
            )

    def clean(self):
        expire_at = self.cleaned_data.get("expire_at")
        if expire_at and expire_at < timezone.now() and "expire_at" not in self.changed_data:
            # Saving an offer past its review date reviews it: the date moves on, rather than
            # Wagtail refusing the form for an expiry in the past the editor did not type.

            self.cleaned_data["expire_at"] = next_review()
        if (
            "availability" in self.changed_data
            and "availability_changed_on" not in self.changed_data
        ):
            # The state changed without a date: it changed today.
            self.cleaned_data["availability_changed_on"] = timezone.localdate()
        return super().clean()

    def _post_clean(self):
        # The form hands the tags over only when it saves: the model's check reads them here.
        self.instance.tags_to_save = self.cleaned_data.get("tags")
        try:
            super()._post_clean()
        finally:
            del self.instance.tags_to_save


class ListingPage(PlacedMixin, BasePage):
    """What every opportunity shares: where, how much, how big, whether it is still free."""

    cache_kind = "listings"
    cache_shows = ("structures",)  # its structure and the referent to contact
    route_related = ("commune__community", "contact")

    reference = models.CharField(
        _("reference"),
        max_length=30,
        help_text=_("The structure's own reference for this offer, quoted in enquiries."),
    )
    description = RichTextField(_("description"), blank=True, features=DESCRIPTION_FEATURES)
    commune = models.ForeignKey(
        "territory.Commune",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="+",
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
        "directory.Referent",
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

    parent_page_types = ["directory.StructurePage"]
    subpage_types = []
    base_form_class = ListingPageForm

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
                MapPanel(centres=Commune.centres),
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
    # Facts that are one in every language of an offer: a translation still showing the commune
    # of an offer made confidential in French would give the place away, and one still
    # "available" would keep an offer taken in French in the English search. Translators
    # cannot override them, and publishing the French page writes them into its translations.
    shared_fields = (
        "commune",
        "latitude",
        "longitude",
        "confidential",
        "availability",
        "availability_changed_on",
    )
    override_translatable_fields = [
        SynchronizedField("reference"),
        *(SynchronizedField(name, overridable=False) for name in shared_fields),
        SynchronizedField("price"),
        SynchronizedField("surface"),
    ]

    class Meta:
        abstract = True

    def save_revision(self, *args, **kwargs):
        # Every listing has a review date: by default six months after it is saved.
        if self.expire_at is None:
            self.expire_at = next_review()
        return super().save_revision(*args, **kwargs)

    def clean(self):
        super().clean()
        self.take_shared_facts()
        if self.price is None and self.price_kind not in (PriceKind.ON_REQUEST, PriceKind.FREE):
            raise ValidationError({"price": _("Give a price, or say it is on request.")})
        has_commune = getattr(self, "commune", None) is not None
        if has_commune and (refusals := self.disclosure.refusals()):
            raise ValidationError(refusals)

    @classmethod
    def shared_attnames(cls):
        return [cls._meta.get_field(name).attname for name in cls.shared_fields]

    def french_source(self):
        """The offer in the site's default language that this one translates; ``None`` for
        that offer itself, or a translation whose source is gone."""
        default = Locale.get_default()
        if self.locale_id is None or self.locale_id == default.pk:
            return None
        return (
            type(self).objects.filter(translation_key=self.translation_key, locale=default).first()
        )

    def take_shared_facts(self):
        """A translation's place, confidentiality and availability are its source's, whatever
        its form posted: a translator's stale form must not make an offer public again, nor
        have its texts checked as if it were."""
        if (source := self.french_source()) is not None:
            for attname in self.shared_attnames():
                setattr(self, attname, getattr(source, attname))

    @property
    def disclosure(self):
        """What the public may know of where this offer is (``listings.confidentiality``)."""
        return Disclosure(self)

    @cached_property
    def community(self):
        return self.commune.community

    @property
    def place_label(self):
        """Where the offer is, as far as the newcomer may know before an enquiry."""
        return self.disclosure.place_label

    @property
    def place(self):
        return self.disclosure.api_place

    @property
    def point(self):
        return self.disclosure.point

    @property
    def public_tags(self):
        return self.disclosure.public_tags(self.tags.all())

    def public_tag_names(self):
        """The names of the public tags in the reader's language, or French where untranslated.

        A translated name is held to the same rule as the tag: none names a confidential
        offer's town.
        """
        tags = self.public_tags
        language = get_language() or settings.LANGUAGE_CODE
        names = names_in(tags, language) if language != settings.LANGUAGE_CODE else {}
        return self.disclosure.public_words([names.get(tag.slug, tag.name) for tag in tags])

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

    def card(self, reader_locale_id=None):
        """The offer's card, for a page in the language of ``reader_locale_id``.

        ``card_image`` comes from ``listings.cards.prepare_cards``, which fetches the photos of
        a whole list of offers at once.
        """
        return OfferCard(
            page=self,
            kicker=f"{self.listing_type_label} · {self.place_label}",
            title=self.title,
            css_class="listing-card",
            image=getattr(self, "card_image", None),
            # Not translated yet: shown in the source language ("" when in the reader's).
            language=text_language(self, reader_locale_id, "") if reader_locale_id else "",
            price_kind=self.price_kind,
            price=self.price,
            hectares=self.area_hectares,
            surface=self.surface,
            availability=self.availability,
            badge=""
            if self.availability == Availability.AVAILABLE
            else self.get_availability_display(),
            carries_campaign=True,
        )

    # Land counts in hectares; the other types have none.
    area_hectares = None

    def is_shown_in_search(self):
        return self.availability != Availability.TAKEN

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
        disclosure = self.disclosure
        tags = list(self.tags.all())
        texts = disclosure.searchable_texts(
            [
                self.summary,
                strip_tags(self.description or ""),
                self.listing_type_label,
                *self.search_texts(),
                disclosure.commune.name if disclosure.commune else "",
                self.community.name if self.community else "",
                self.reference,
                # Its keywords in every language: a French page is found by English words.
                *every_name(tags),
            ]
        )
        return {
            "kind": self.listing_type,
            "texts": texts,
            "community": self.community,
            "commune": disclosure.commune,
            "point": disclosure.search_point(),
            "image": self.first_photo["image"] if self.first_photo else None,
            "transaction": self.transaction_kind,
            "price_kind": self.price_kind,
            "listed_price": self.price,
            "price": self.monthly_or_sale_price,
            "surface": self.surface,
            "availability": self.availability,
            "energy_class": getattr(self, "energy_class", ""),
            "tags": disclosure.public_tags(tags),
        }

    def search_texts(self):
        """The words of the type's own facts that newcomers may type."""
        return []

    def get_template(self, request, *args, **kwargs):
        # One template for every type; the type's own facts come from an include.
        return "listings/listing_page.html"

    def get_context(self, request, *args, **kwargs):
        """The offer, with the life around it and the structures that help, both kept until
        the offer, a service or a structure changes."""
        context = super().get_context(request, *args, **kwargs)
        structure = StructurePage.objects.parent_of(self).select_related("logo").first()
        context["structure"] = structure
        context["services"] = services = kept(
            request,
            f"services-around:{self.pk}",
            self.services_around,
            tags=(SITE, "services", page_tag(self)),
        )
        context["places"] = self.map_places(services, request)
        context["helpers"] = kept(
            request,
            f"helpers:{self.pk}:{getattr(structure, 'pk', None)}",
            partial(self.helpers, structure),
            tags=(SITE, "structures", page_tag(self)),
        )
        return context

    def services_around(self):
        """The services a household settling here needs, as far as the offer may say where.

        For each category: a service of the offer's commune, else the nearest within
        ``NEARBY_KM``, with its straight-line distance when both have a point, and the one
        covering the whole area. A confidential offer gets only its
        area's own services, with no distance, which would tell where it stands.
        """
        if not self.disclosure.community:
            return []
        services = (
            in_locale_or_source(ServicePage.objects.live().public(), self.locale)
            .select_related("commune")
            .order_by("category", "title")
        )
        if self.disclosure.confidential:
            area_services = services.filter(self.disclosure.area_services())
            return [ServiceAround(service) for service in area_services]
        point = self.disclosure.search_point()
        # Only those that may be listed leave the database: the area's whole, the commune's,
        # and those standing near enough; the loop below measures the last.
        candidates = Q(commune__isnull=True, community=self.community) | Q(commune=self.commune_id)
        if point is not None:
            latitudes, longitudes = box_around(point, NEARBY_KM)
            candidates |= Q(latitude__range=latitudes, longitude__range=longitudes) | Q(
                latitude__isnull=True,
                commune__latitude__range=latitudes,
                commune__longitude__range=longitudes,
            )
        nearest, whole_area = {}, {}
        for service in services.filter(candidates):
            if service.commune_id is None:
                if service.community_id == self.community.pk:
                    whole_area.setdefault(service.category, ServiceAround(service))
                continue
            here = service.commune_id == self.commune_id
            distance = None
            if point is not None and service.point is not None:
                distance = distance_km(point, service.point)
            if not here and (distance is None or distance > NEARBY_KM):
                continue
            # The offer's own commune first, then the nearest.
            rank = (not here, distance or 0)
            known = nearest.get(service.category)
            if known is None or rank < known[0]:
                nearest[service.category] = (rank, ServiceAround(service, distance))
        return [
            around
            for category in ServiceCategory
            for around in (nearest.get(category, (None, None))[1], whole_area.get(category))
            if around is not None
        ]

    def map_places(self, services, request):
        """The offer and the services around it, for the offer's map; none if confidential."""
        point = self.disclosure.search_point()
        if self.disclosure.confidential or point is None:
            return []
        entries = [
            {
                "point": point,
                "title": self.title,
                "url": self.get_url(request),
                "place": self.disclosure.place_label,
            }
        ]
        entries += [
            {
                "point": around.service.point,
                "title": _("%(category)s: %(title)s")
                % {
                    "category": around.service.get_category_display(),
                    "title": around.service.title,
                },
                "url": around.service.get_url(request),
                "place": around.service.commune.name
                if around.service.commune_id
                else self.disclosure.place_label,
            }
            for around in services
            if around.distance is not None
        ]
        return map_places(entries, highlighted=point)

    def helpers(self, structure):
        """The other structures covering the offer's area, who can help too."""
        if not self.community:
            return []
        return list(
            in_locale_or_source(StructurePage.objects.live().public(), self.locale)
            .filter(communities=self.community)
            .exclude(pk=structure.pk if structure else None)
            .order_by("title")[:6]
        )


# A service further than this is not "around" an offer (a half-hour drive in the hills).
NEARBY_KM = 25


@dataclass
class ServiceAround:
    """A service shown on an offer's page, and how far it is (None: not to be said)."""

    service: ServicePage
    distance: float | None = None

    @property
    def whole_area(self):
        return self.service.commune_id is None

    @property
    def distance_label(self):
        if self.distance is None:
            return ""
        if self.distance < 1:
            return _("less than 1 km away")
        return _("%(distance)s km away") % {
            "distance": number_format(self.distance, 1 if self.distance < 10 else 0)
        }


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
