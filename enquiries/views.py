"""The newcomer's side of an enquiry: the forms, the confirmation, the polite refusal."""

from django_ratelimit.decorators import ratelimit

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from enquiries.forms import InterestForm, ProjectForm
from enquiries.models import Enquiry
from foundation.attribution import campaign_of
from foundation.forms import public_form_rate
from foundation.vocabularies import Availability
from listings.models import LISTING_PAGE_MODELS

SESSION_KEY = "network.enquiry_reference"


def listing_or_404(listing_id):
    listing = (
        Page.objects.live().public().type(*LISTING_PAGE_MODELS).filter(pk=listing_id).specific()
    ).first()
    if listing is None or listing.availability == Availability.TAKEN:
        raise Http404
    return listing


def submit(request, form, template, context, save):
    """Store a valid enquiry and show the confirmation; keep what was typed otherwise.

    A robot's submission gets the same confirmation and is not stored. A client over the
    rate limit sees the form again, filled in, with an explanation and status 429.
    """
    status = 200
    if request.method == "POST":
        if getattr(request, "limited", False):
            context["rate_limited"] = True
            status = 429
        elif form.is_valid():
            if form.is_spam():
                request.session.pop(SESSION_KEY, None)
                return redirect("enquiry_thanks")
            with transaction.atomic():
                enquiry = save(form)
            request.session[SESSION_KEY] = enquiry.reference
            return redirect("enquiry_thanks")
        else:
            status = 400
    return TemplateResponse(request, template, {**context, "form": form}, status=status)


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=public_form_rate, method="POST", block=False)
def present_project_view(request):
    form = ProjectForm(request.POST or None, campaign=campaign_of(request))
    return submit(
        request,
        form,
        "enquiries/present_project.html",
        {
            "meta_description": _(
                "Present your project once: the welcome network routes it to the structures "
                "that can help and follows it until you settle."
            )
        },
        lambda form: form.save_enquiry(),
    )


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=public_form_rate, method="POST", block=False)
def listing_enquiry_view(request, listing_id):
    listing = listing_or_404(listing_id)
    form = InterestForm(request.POST or None, campaign=campaign_of(request))
    return submit(
        request,
        form,
        "enquiries/listing_enquiry.html",
        {
            "listing": listing,
            "listing_url": listing.get_url(request),
            "meta_description": _(
                "Ask about “%(title)s”: the structure that publishes the offer answers you, "
                "and the welcome network helps with the rest of your project."
            )
            % {"title": listing.title},
        },
        lambda form: form.save_enquiry(listing),
    )


def enquiry_thanks_view(request):
    reference = request.session.get(SESSION_KEY)
    enquiry = None
    if reference:
        enquiry = (
            Enquiry.objects.filter(reference=reference)
            .select_related("technical_structure", "territorial_structure")
            .first()
        )
    structures = []
    if enquiry is not None:
        followers = (enquiry.technical_structure, enquiry.territorial_structure)
        structures = [s.localized for s in dict.fromkeys(followers) if s is not None]
    return TemplateResponse(
        request,
        "enquiries/enquiry_thanks.html",
        {
            "enquiry": enquiry,
            "structures": structures,
            "answer_days": settings.ENQUIRY_ANSWER_DAYS,
            "search_url": reverse("search"),
        },
    )
