from django_ratelimit.decorators import ratelimit

from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from listings.models import LISTING_PAGE_MODELS, ListingIndexPage
from listings.views import localized_listings, prepare_cards
from network.views import enquiry_rate
from portal.events import upcoming_events
from portal.i18n import in_locale_or_source
from portal.models import EventIndexPage, EventPage, Testimonial
from portal.testimonials import HOME_TESTIMONIALS, shown_testimonials
from territory.models import AreaPage, ServiceIndexPage
from territory.views import category_counts

HOME_EVENTS = 3


def home_context(home):
    from network.models import NetworkPage, StructurePage

    locale = home.locale
    listings = localized_listings(locale)
    per_type = dict(listings.order_by().values_list("content_type").annotate(count=Count("pk")))
    index_page = ListingIndexPage.objects.live().filter(locale=locale).first()
    listing_types = [
        {
            "type": model.listing_type,
            "label": model.listing_type_label,
            "plural": model._meta.verbose_name_plural,
            "count": per_type.get(_content_type_id(model), 0),
        }
        for model in LISTING_PAGE_MODELS
    ]
    return {
        "listing_index": index_page,
        "service_index": ServiceIndexPage.objects.live().filter(locale=locale).first(),
        "network_page": NetworkPage.objects.live().filter(locale=locale).first(),
        "listing_types": listing_types,
        "latest_listings": prepare_cards(listings[:6]),
        "service_categories": category_counts(locale),
        "areas": in_locale_or_source(AreaPage.objects.live().public(), locale)
        .select_related("community", "image")
        .order_by("title"),
        "structures": in_locale_or_source(StructurePage.objects.live().public(), locale)
        .select_related("logo")
        .order_by("title")[:8],
        "testimonials": shown_testimonials(Testimonial.objects.all(), locale, HOME_TESTIMONIALS),
        "upcoming_events": upcoming_events(locale)[:HOME_EVENTS],
        "event_index": in_locale_or_source(EventIndexPage.objects.live(), locale).first(),
        **key_figures(home),
    }


def key_figures(home):
    """The figures the park chose to show, for the year it chose or the last complete one."""
    from network.figures import Figures, Period

    if not home.key_figures:
        return {}
    year = home.key_figures_year or timezone.localdate().year - 1
    return {
        "key_figures_year": year,
        "key_figures": Figures(Period(year)).headline(home.key_figures),
    }


def _content_type_id(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


REGISTRATION_SESSION_KEY = "portal.registration"


@require_http_methods(["POST"])
@ratelimit(key="ip", rate=enquiry_rate, method="POST", block=False)
def event_register_view(request, event_id):
    """The registration form of an event page, sent; shown again with its errors if wrong."""
    from portal.events import AlreadyRegistered, event_context, register, source_event
    from portal.forms import RegistrationForm

    event = get_object_or_404(EventPage.objects.live().public(), pk=event_id)
    form = RegistrationForm(request.POST)
    status = 400
    context = event.get_context(request)
    if not source_event(event).takes_registrations():
        context["closed"] = True
        status = 409
    elif getattr(request, "limited", False):
        context["rate_limited"] = True
        status = 429
    elif form.is_valid():
        if form.is_spam():
            return redirect("event_registered")
        try:
            registration = register(event, form.registration())
        except AlreadyRegistered:
            form.add_error(
                "email",
                _("This address is already registered for this event: see the mail we sent."),
            )
        else:
            request.session[REGISTRATION_SESSION_KEY] = registration.token
            return redirect("event_registered")
    context.update(event_context(event, request, form=form))
    return TemplateResponse(request, event.get_template(request), context, status=status)


def event_registered_view(request):
    from portal.models import EventRegistration

    token = request.session.get(REGISTRATION_SESSION_KEY)
    registration = None
    if token:
        registration = (
            EventRegistration.objects.filter(token=token).select_related("event").first()
        )
    return TemplateResponse(
        request,
        "portal/event_registered.html",
        {
            "registration": registration,
            "event": registration.event.localized if registration else None,
        },
    )


@require_http_methods(["GET", "POST"])
def event_cancel_view(request, token):
    """The link of the mail: asks first, since mail scanners follow links on their own."""
    from portal.events import cancel
    from portal.models import EventRegistration, RegistrationStatus

    registration = get_object_or_404(
        EventRegistration.objects.select_related("event"), token=token
    )
    cancelled = registration.status == RegistrationStatus.CANCELLED
    past = registration.event.is_past()  # The French page's dates: the ones that hold.
    if request.method == "POST" and not cancelled and not past:
        cancel(registration)
        cancelled = True
    return TemplateResponse(
        request,
        "portal/event_cancel.html",
        {
            "registration": registration,
            "event": registration.event.localized,
            "cancelled": cancelled,
            "past": past,
        },
    )
