from django_ratelimit.decorators import ratelimit

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from foundation.forms import public_form_rate
from foundation.i18n import source_of
from foundation.page_cache import SITE, page_tag
from promotion.calendar import event_calendar, events_calendar
from promotion.events import AlreadyRegistered, cancel, register
from promotion.forms import RegistrationForm
from promotion.models import CampaignPage, EventPage, EventRegistration, RegistrationStatus

REGISTRATION_SESSION_KEY = "portal.registration"


@require_http_methods(["POST"])
@ratelimit(key="ip", rate=public_form_rate, method="POST", block=False)
def event_register_view(request, event_id):
    """The registration form of an event page, sent; shown again with its errors if wrong."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=event_id)
    form = RegistrationForm(request.POST)
    status = 400
    context = event.get_context(request)
    if not source_of(event).takes_registrations():
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
    context["bound_registration_form"] = form
    return TemplateResponse(request, event.get_template(request), context, status=status)


def event_registered_view(request):
    token = request.session.get(REGISTRATION_SESSION_KEY)
    registration = None
    if token:
        registration = (
            EventRegistration.objects.filter(token=token).select_related("event").first()
        )
    return TemplateResponse(
        request,
        "promotion/event_registered.html",
        {
            "registration": registration,
            "event": registration.event.localized if registration else None,
        },
    )


@require_http_methods(["GET", "POST"])
def event_cancel_view(request, token):
    """The link of the mail: asks first, since mail scanners follow links on their own."""
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
        "promotion/event_cancel.html",
        {
            "registration": registration,
            "event": registration.event.localized,
            "cancelled": cancelled,
            "past": past,
        },
    )


def campaign_link_view(request, key):
    """``/c/<key>/``, the short link printed on a flyer: the campaign in the reader's language."""
    language = translation.get_language_from_request(request)
    campaigns = CampaignPage.objects.live().public().filter(key=key)
    campaign = (
        campaigns.filter(locale__language_code=language).first()
        or campaigns.filter(locale=Locale.get_default()).first()
    )
    if campaign is None:
        raise Http404
    return redirect(campaign.get_url(request))


def _calendar_response(content, tags, filename=None):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    response.cache_tags = tags  # stored and purged as the pages showing the same events
    return response


def event_calendar_view(request, event_id):
    """One event as a file to add to one's calendar, in the language of the address."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=event_id).localized
    content = event_calendar(event, source_of(event), request)
    return _calendar_response(content, {SITE, page_tag(event)}, f"{event.slug}.ics")


def events_calendar_view(request):
    """The calendar of the events to come, to subscribe to, in the language of the address."""
    locale = Locale.get_active()
    return _calendar_response(events_calendar(locale, request), {SITE, "events"})
