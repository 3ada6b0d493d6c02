"""The park's campaigns: the offers they feature, and the links that carry their key."""

import re

from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation

from wagtail.models import Locale, Page

from portal.i18n import in_locale_or_source, source_of

CAMPAIGN_KEY = re.compile(r"^[\w.\-]{1,100}$")


def campaign_of(request):
    """The campaign a link names, by its key or as ``utm_campaign``; "" when it is not a key."""
    key = request.GET.get("campaign") or request.GET.get("utm_campaign") or ""
    return key if CAMPAIGN_KEY.match(key) else ""


def rule_condition(campaign):
    """The ``Page`` filter of the offers the campaign's rule describes; every part must hold."""
    from listings.models import LISTING_PAGE_MODELS, BusinessListingPage

    models = LISTING_PAGE_MODELS
    if campaign.rule_types:
        models = [model for model in models if model.listing_type in campaign.rule_types]
    elif campaign.rule_sectors:
        models = [BusinessListingPage]
    condition = Q(content_type__in=[model_content_type(model) for model in models])
    areas = [area.pk for area in campaign.rule_areas.all()]
    if areas:
        in_areas = Q()
        for model in models:
            in_areas |= Q(**{f"{model._meta.model_name}__commune__community__in": areas})
        condition &= in_areas
    if campaign.rule_sectors:
        name = BusinessListingPage._meta.model_name
        condition &= ~Q(content_type=model_content_type(BusinessListingPage)) | Q(
            **{f"{name}__sector__in": campaign.rule_sectors}
        )
    tags = [tag.name for tag in campaign.rule_tags.all()]
    if tags:
        condition &= Q(listing_tags__tag__name__in=tags)
    return condition


def model_content_type(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model)


def featured_listings(campaign):
    """The offers chosen by hand, in their order, then the newest the rule finds.

    Offers are read at each request: one taken or withdrawn leaves the page, one published
    that matches the rule joins it, without anyone editing the campaign.
    """
    from listings.models import listing_queryset
    from listings.views import prepare_cards

    locale = campaign.locale
    items = campaign.featured_listings.select_related("listing")
    chosen_keys = [item.listing.translation_key for item in items]
    chosen = []
    if chosen_keys:
        pages = in_locale_or_source(
            listing_queryset(Page.objects.filter(translation_key__in=chosen_keys)), locale
        )
        by_key = {listing.translation_key: listing for listing in prepare_cards(pages)}
        chosen = [by_key[key] for key in chosen_keys if key in by_key]
    found = []
    if campaign.has_rule():
        pages = (
            in_locale_or_source(listing_queryset(Page.objects.all()), locale)
            .filter(rule_condition(campaign))
            .exclude(translation_key__in=chosen_keys)
            .distinct()
        )
        found = prepare_cards(pages[: campaign.rule_limit])
    return chosen + found


def campaign_context(campaign):
    from listings.models import ListingIndexPage
    from portal.models import Testimonial
    from portal.testimonials import shown_testimonials

    # The French page's dates hold, whether or not its translations were updated since.
    state = source_of(campaign).state()
    return {
        "campaign_state": state,
        # Only a running campaign passes its key on: an enquiry sent after its last day, from
        # its page, is not its work.
        "campaign_key": campaign.key if state == "running" else "",
        "featured": featured_listings(campaign),
        "testimonials": shown_testimonials(
            Testimonial.objects.filter(
                translation_key__in=campaign.testimonials.values("translation_key")
            ),
            campaign.locale,
        ),
        "listing_index": in_locale_or_source(
            ListingIndexPage.objects.live(), campaign.locale
        ).first(),
    }


def campaign_link_view(request, key):
    """``/c/<key>/``, the short link printed on a flyer: the campaign in the reader's language."""
    from portal.models import CampaignPage

    language = translation.get_language_from_request(request)
    campaigns = CampaignPage.objects.live().public().filter(key=key)
    campaign = (
        campaigns.filter(locale__language_code=language).first()
        or campaigns.filter(locale=Locale.get_default()).first()
    )
    if campaign is None:
        raise Http404
    return redirect(campaign.get_url(request))
