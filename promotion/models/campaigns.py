from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from foundation.i18n import in_locale_or_source, source_of
from foundation.models import BasePage, ChoiceListPageForm, HeroMixin
from foundation.page_cache import kept, page_tag
from foundation.vocabularies import Sector
from listings.cards import CARD_TAGS, prepare_cards
from listings.models import (
    LISTING_PAGE_MODELS,
    BusinessListingPage,
    ListingIndexPage,
    listing_queryset,
)
from promotion.models.testimonials import Testimonial, shown_testimonials


class CampaignTag(TaggedItemBase):
    content_object = ParentalKey(
        "promotion.CampaignPage", on_delete=models.CASCADE, related_name="rule_tag_items"
    )

    class Meta:
        verbose_name = _("campaign tag")
        verbose_name_plural = _("campaign tags")


class CampaignPageForm(ChoiceListPageForm):
    """The rule's types and sectors as boxes to tick, though stored as lists."""

    def list_choices(self):
        return {
            "rule_types": [
                (model.listing_type, model.listing_type_label) for model in LISTING_PAGE_MODELS
            ],
            "rule_sectors": Sector.choices,
        }


class CampaignPage(HeroMixin, BasePage):
    """A landing page of the park's promotion: a fair, a weekend, a campaign aimed at a trade.

    Its key travels in the links it gives (``?campaign=key``) and in the enquiry forms, so an
    enquiry it brings is attributed to it without any cookie.
    """

    cache_kind = "campaigns"
    cache_shows = ("testimonials",)

    key = models.SlugField(
        _("short key"),
        max_length=50,
        help_text=_(
            "A few letters, digits or hyphens, e.g. salon-lyon-2027. The short link is /c/key/ "
            "and the enquiries the campaign brings carry it."
        ),
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    body = RichTextField(_("body"), blank=True)
    call_to_action_title = models.CharField(_("call to action title"), max_length=120, blank=True)
    call_to_action_text = models.TextField(_("call to action text"), max_length=400, blank=True)
    rule_types = models.JSONField(
        _("types of offer"),
        default=list,
        blank=True,
        help_text=_("Leave every box empty for every type."),
    )
    rule_sectors = models.JSONField(
        _("sectors"),
        default=list,
        blank=True,
        help_text=_("Businesses to take over in these sectors; other offers have no sector."),
    )
    rule_areas = ParentalManyToManyField(
        "territory.CommunityOfCommunes",
        verbose_name=_("communities of communes"),
        blank=True,
        related_name="+",
    )
    rule_tags = ClusterTaggableManager(
        through=CampaignTag, blank=True, verbose_name=_("tags"), help_text=_("Any of these tags.")
    )
    rule_limit = models.PositiveSmallIntegerField(
        _("how many offers the rule adds"),
        default=6,
        help_text=_("Set 0 to show only the offers chosen by hand."),
    )
    testimonials = ParentalManyToManyField(
        "promotion.Testimonial", verbose_name=_("testimonials"), blank=True, related_name="+"
    )

    base_form_class = CampaignPageForm
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("key"), FieldPanel("starts_on"), FieldPanel("ends_on")]),
        *HeroMixin.hero_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("call_to_action_title"), FieldPanel("call_to_action_text")],
            heading=_("Call to present one's project"),
        ),
        InlinePanel("featured_listings", heading=_("Offers chosen by hand"), label=_("offer")),
        MultiFieldPanel(
            [
                FieldPanel("rule_types"),
                FieldPanel("rule_sectors"),
                FieldPanel("rule_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("rule_tags"),
                FieldPanel("rule_limit"),
            ],
            heading=_("Offers added by a rule"),
            help_text=_(
                "The newest available offers that match every part you fill in, kept up to "
                "date as offers are published, taken or withdrawn."
            ),
        ),
        FieldPanel("testimonials", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    override_translatable_fields = [
        SynchronizedField("key", overridable=False),
        SynchronizedField("starts_on", overridable=False),
        SynchronizedField("ends_on", overridable=False),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self):
        return self.title

    def has_rule(self):
        """Whether any part of the rule is filled in: an empty rule adds nothing."""
        if not self.rule_limit:
            return False
        return bool(
            self.rule_types or self.rule_sectors or self.rule_areas.all() or self.rule_tags.all()
        )

    def state(self, today=None):
        """``upcoming``, ``running`` or ``over``, by the dates in the territory's time zone."""
        today = today or timezone.localdate()
        if today < self.starts_on:
            return "upcoming"
        if today > self.ends_on:
            return "over"
        return "running"

    def is_shown_in_search(self):
        # The French page's dates hold, whether or not its translations were updated since.
        return source_of(self).state() == "running"

    # Found while it runs: the nightly refresh of the search adds and removes it.
    search_changes_with_time = True

    def search_document(self):
        if not self.is_shown_in_search():
            return None
        return {
            "kind": "campaign",
            "texts": [self.summary, self.hero_title, self.hero_text, strip_tags(self.body or "")],
            "image": self.hero_image,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The French page's dates hold, whether or not its translations were updated since.
        state = source_of(self).state()
        context.update(
            {
                "campaign_state": state,
                # Only a running campaign passes its key on: an enquiry sent after its last
                # day, from its page, is not its work.
                "campaign_key": self.key if state == "running" else "",
                "featured": self.offers_featured(request),
                "testimonials": shown_testimonials(
                    Testimonial.objects.filter(
                        translation_key__in=self.testimonials.values("translation_key")
                    ),
                    self.locale,
                ),
                "listing_index": in_locale_or_source(
                    ListingIndexPage.objects.live(), self.locale
                ).first(),
            }
        )
        return context

    def rule_condition(self):
        """The ``Page`` filter of the offers the rule describes; every part must hold."""
        models = LISTING_PAGE_MODELS
        if self.rule_types:
            models = [model for model in models if model.listing_type in self.rule_types]
        elif self.rule_sectors:
            models = [BusinessListingPage]
        condition = Q(content_type__in=[content_type_of(model) for model in models])
        areas = [area.pk for area in self.rule_areas.all()]
        if areas:
            in_areas = Q()
            for model in models:
                in_areas |= Q(**{f"{model._meta.model_name}__commune__community__in": areas})
            condition &= in_areas
        if self.rule_sectors:
            name = BusinessListingPage._meta.model_name
            condition &= ~Q(content_type=content_type_of(BusinessListingPage)) | Q(
                **{f"{name}__sector__in": self.rule_sectors}
            )
        tags = [tag.name for tag in self.rule_tags.all()]
        if tags:
            condition &= Q(listing_tags__tag__name__in=tags)
        return condition

    def offers_featured(self, request=None):
        """The offers chosen by hand, in their order, then the newest the rule finds.

        Offers are read again after any change to an offer: one taken or withdrawn leaves the
        page, one published that matches the rule joins it, without anyone editing the campaign.
        """
        return kept(
            request,
            f"campaign-offers:{self.pk}",
            self._offers_featured,
            tags=(*CARD_TAGS, page_tag(self)),
        )

    def _offers_featured(self):
        items = self.featured_listings.select_related("listing")
        chosen_keys = [item.listing.translation_key for item in items]
        chosen = []
        if chosen_keys:
            pages = in_locale_or_source(
                listing_queryset(Page.objects.filter(translation_key__in=chosen_keys)),
                self.locale,
            )
            by_key = {listing.translation_key: listing for listing in prepare_cards(pages)}
            chosen = [by_key[key] for key in chosen_keys if key in by_key]
        found = []
        if self.has_rule():
            pages = (
                in_locale_or_source(listing_queryset(Page.objects.all()), self.locale)
                .filter(self.rule_condition())
                .exclude(translation_key__in=chosen_keys)
                .distinct()
            )
            found = prepare_cards(pages[: self.rule_limit])
        return chosen + found

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The campaign cannot end before it starts.")
        others = CampaignPage.objects.filter(key=self.key).exclude(
            translation_key=self.translation_key
        )
        if self.key and others.exists():
            errors["key"] = _("Another campaign already uses this key.")
        if errors:
            raise ValidationError(errors)


class CampaignListing(Orderable):
    campaign = ParentalKey(
        CampaignPage, on_delete=models.CASCADE, related_name="featured_listings"
    )
    listing = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("offer"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        PageChooserPanel(
            "listing",
            [
                "listings.BusinessListingPage",
                "listings.PremisesListingPage",
                "listings.LandListingPage",
                "listings.HousingListingPage",
            ],
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("offer chosen by hand")
        verbose_name_plural = _("offers chosen by hand")


def content_type_of(model):
    return ContentType.objects.get_for_model(model)
