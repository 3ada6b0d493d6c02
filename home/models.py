from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.models import NetworkPage, StructurePage
from figures.network import Figures
from foundation.figures import Period, key_figures
from foundation.i18n import in_locale_or_source
from foundation.models import BasePage, ChoiceListPageForm, HeroMixin
from foundation.page_cache import SITE, kept
from listings.cards import CARD_TAGS, localized_listings, prepare_cards
from listings.models import LISTING_PAGE_MODELS, ListingIndexPage, in_community_filter
from promotion.models import EventIndexPage, Testimonial
from promotion.models.events import upcoming_events
from promotion.models.testimonials import shown_testimonials
from search.models import LISTING_KINDS, DocumentKind
from search.results import places_on_map
from services.models import (
    ServiceIndexPage,
    category_counts,
    group_by_category,
    localized_services,
)
from territory.models import CommunityOfCommunes

# What the home page shows of the newest events and portraits.
HOME_EVENTS = 3
HOME_TESTIMONIALS = 3


class HomePageForm(ChoiceListPageForm):
    def list_choices(self):
        return {"key_figures": list(key_figures().items())}


class HomePage(HeroMixin, BasePage):
    cache_shows = ("events",)  # the events coming, read at each rendering

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
        "services.ServiceIndexPage",
        "home.AreaPage",
        "directory.NetworkPage",
        "promotion.CampaignPage",
        "promotion.EventIndexPage",
        "foundation.StandardPage",
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
        """What the home page lists, each part kept until what it shows changes; the events
        coming, which change with the clock, are read each time."""
        context = super().get_context(request, *args, **kwargs)
        locale = self.locale
        parts = (
            ("sections", self.sections, (SITE,)),
            ("offers", self.offers, CARD_TAGS),
            ("network", self.network, (SITE, "services", "areas", "structures", "testimonials")),
        )
        for name, read, tags in parts:
            context.update(kept(request, f"home-{name}:{locale.pk}", partial(read, locale), tags))
        context["upcoming_events"] = list(upcoming_events(locale)[:HOME_EVENTS])
        context.update(self.shown_key_figures(request))
        return context

    def sections(self, locale):
        """The pages next to the home page it links to."""
        return {
            "listing_index": ListingIndexPage.objects.live().filter(locale=locale).first(),
            "service_index": ServiceIndexPage.objects.live().filter(locale=locale).first(),
            "network_page": NetworkPage.objects.live().filter(locale=locale).first(),
            "event_index": in_locale_or_source(EventIndexPage.objects.live(), locale).first(),
        }

    def offers(self, locale):
        listings = localized_listings(locale)
        per_type = dict(
            listings.order_by().values_list("content_type").annotate(count=Count("pk"))
        )
        return {
            "listing_types": [
                {
                    "type": model.listing_type,
                    "label": model.listing_type_label,
                    "plural": model._meta.verbose_name_plural,
                    "count": per_type.get(ContentType.objects.get_for_model(model).pk, 0),
                }
                for model in LISTING_PAGE_MODELS
            ],
            "latest_listings": prepare_cards(listings[:6]),
        }

    def network(self, locale):
        """The services, areas, structures and people of the territory."""
        return {
            "service_categories": category_counts(locale),
            "areas": list(
                in_locale_or_source(AreaPage.objects.live().public(), locale)
                .select_related("community", "image")
                .order_by("title")
            ),
            "structures": list(
                in_locale_or_source(StructurePage.objects.live().public(), locale)
                .select_related("logo")
                .order_by("title")[:8]
            ),
            "testimonials": shown_testimonials(
                Testimonial.objects.all(), locale, HOME_TESTIMONIALS
            ),
        }

    def shown_key_figures(self, request=None):
        """The figures the park chose to show, for the year it chose or the last complete one.

        A figure of zero is no headline: it is left out, and the block with it if all are.
        Kept until an enquiry, an offer or an event changes.
        """
        if not self.key_figures:
            return {}
        year = self.key_figures_year or timezone.localdate().year - 1
        figures = kept(
            request,
            f"key-figures:{year}:{','.join(self.key_figures)}",
            lambda: list(Figures(Period(year)).headline(self.key_figures)),
            tags=("figures", "listings", "events"),
        )
        return {
            "key_figures_year": year,
            "key_figures": [(key, label, value) for key, label, value in figures if value],
        }


class AreaPage(BasePage):
    """A community of communes presented to newcomers, with its services and listings."""

    cache_kind = "areas"

    community = models.ForeignKey(
        CommunityOfCommunes,
        verbose_name=_("community of communes"),
        on_delete=models.PROTECT,
        related_name="area_pages",
    )
    body = RichTextField(_("presentation"), blank=True)
    image = models.ForeignKey(
        "foundation.PortalImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["home.HomePage"]
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
        """What the area lists, each part kept until what it shows changes."""
        context = super().get_context(request, *args, **kwargs)
        parts = (
            ("offers", self.offers, CARD_TAGS),
            ("network", self.network, (SITE, "services", "structures", "testimonials")),
            ("map", partial(self.places, request), (SITE, "search")),
        )
        for name, read, tags in parts:
            context.update(kept(request, f"area-{name}:{self.pk}", read, tags))
        return context

    def offers(self):
        listings = localized_listings(self.locale).filter(in_community_filter(self.community))
        return {
            "listings": prepare_cards(listings[:6]),
            "listing_count": listings.count(),
            "listing_index": ListingIndexPage.objects.live().filter(locale=self.locale).first(),
            "area_siren": self.community.siren,
        }

    def network(self):
        community = self.community
        return {
            "service_groups": group_by_category(
                localized_services(self.locale).filter(community=community)
            ),
            "structures": list(
                in_locale_or_source(StructurePage.objects.live().public(), self.locale)
                .filter(communities=community)
                .order_by("title")
            ),
            "commune_count": community.communes.count(),
            "testimonials": shown_testimonials(
                Testimonial.objects.filter(commune__community=community), self.locale
            ),
        }

    def places(self, request):
        kinds = [*LISTING_KINDS, DocumentKind.SERVICE]
        return {"places": places_on_map(request, kinds=kinds, community=self.community)}
