from django import forms
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from listings.models import in_community_filter
from listings.views import localized_listings, prepare_cards
from portal.forms import PublicFilterForm
from portal.i18n import in_locale_or_source
from territory.forms import AreaChoiceField
from territory.models import ServiceCategory, ServicePage


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


def area_context(area):
    from network.models import StructurePage

    listings = localized_listings(area.locale).filter(in_community_filter(area.community))
    return {
        "listings": prepare_cards(listings[:6]),
        "listing_count": listings.count(),
        "service_groups": group_by_category(
            localized_services(area.locale).filter(community=area.community)
        ),
        "structures": in_locale_or_source(StructurePage.objects.live().public(), area.locale)
        .filter(communities=area.community)
        .order_by("title"),
        "commune_count": area.community.communes.count(),
    }


class ServiceFilterForm(PublicFilterForm):
    category = forms.ChoiceField(
        label=_("Category"),
        required=False,
        choices=[("", _("All categories")), *ServiceCategory.choices],
    )
    area = AreaChoiceField()


def service_index_context(index_page, request):
    form = ServiceFilterForm(request.GET or None)
    services = localized_services(index_page.locale)
    if form.is_valid():
        if form.cleaned_data["category"]:
            services = services.filter(category=form.cleaned_data["category"])
        if form.cleaned_data["area"]:
            services = services.filter(community=form.cleaned_data["area"])
    elif form.is_bound:
        services = services.none()
    return {
        "filter_form": form,
        "service_groups": group_by_category(services),
    }


def category_counts(locale):
    counts = dict(
        localized_services(locale).order_by().values_list("category").annotate(count=Count("pk"))
    )
    return [
        {"category": category, "label": category.label, "count": counts[category]}
        for category in ServiceCategory
        if counts.get(category)
    ]
