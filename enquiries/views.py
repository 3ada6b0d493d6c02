"""The newcomer's side of an enquiry: the forms, the confirmation, the polite refusal."""

from django_ratelimit.decorators import ratelimit

from django.conf import settings
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from wagtail.models import Page

from enquiries import follow_up
from enquiries.forms import (
    FileAdditionForm,
    InterestForm,
    PartnerAnswerForm,
    ProjectForm,
    ProjectUpdateForm,
)
from enquiries.models import (
    NEWCOMER_KINDS,
    STATUS_ONLY_KINDS,
    Enquiry,
    EnquiryStatus,
    EntryKind,
    PartnerLink,
    PartnerLinkUse,
    SettlingFileLink,
)
from foundation.attribution import campaign_of
from foundation.forms import public_form_rate
from foundation.views import private_page
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
    structures = list(followers_of(enquiry).values()) if enquiry is not None else []
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


# The private links: the newcomer's settling file, a partner's hand-over.


def refused_link(request, reason):
    """An unknown link (404), or one that no longer opens (410), said in plain words."""
    return private_page(
        TemplateResponse(
            request,
            "enquiries/link_refused.html",
            # No page of the tree: the language switcher offers this view in each language.
            {"reason": reason, "page": None},
            status=404 if reason == "unknown" else 410,
        )
    )


def followers_of(enquiry):
    """``{pk: page in the reader's language}`` of the enquiry's technical and territorial
    structures, the people the newcomer talks to."""
    followers = (enquiry.technical_structure, enquiry.territorial_structure)
    return {s.pk: s.localized for s in dict.fromkeys(followers) if s is not None}


def newcomer_timeline(enquiry, structures):
    """What the newcomer is shown of their timeline: their own entries, and those the
    structures marked as visible to them (routing and status as the status only).

    ``structures`` maps the structures already read in the reader's language by their pk;
    each other structure of the timeline is read once and added to it."""
    events = enquiry.events.filter(visible_to_newcomer=True).select_related("structure")
    own_labels = {
        EntryKind.NEWCOMER_MESSAGE: _("Your message"),
        EntryKind.NEWCOMER_DOCUMENT: _("Your document"),
        EntryKind.PROJECT_UPDATE: _("Your project updated"),
    }
    shown = []
    for event in events:
        event.status_only = event.kind in STATUS_ONLY_KINDS
        event.from_newcomer = event.kind in NEWCOMER_KINDS
        event.own_label = own_labels.get(event.kind, "")
        if event.status_only and not event.status_to:
            continue
        if event.status_only:
            # "Statut : Attribuée": French puts a space before the colon.
            event.status_line = _("%(label)s: %(values)s") % {
                "label": _("Status"),
                "values": event.get_status_to_display(),
            }
        if event.structure is not None:
            if event.structure_id not in structures:
                structures[event.structure_id] = event.structure.localized
            event.structure_title = structures[event.structure_id].title
        shown.append(event)
    return shown


def next_step(enquiry):
    if enquiry.status == EnquiryStatus.NEW:
        return _("The network's coordinator is choosing the structures that will help you.")
    if enquiry.status == EnquiryStatus.ASSIGNED:
        days = settings.ENQUIRY_ANSWER_DAYS
        return ngettext(
            "Your referents will contact you within %(days)s working day.",
            "Your referents will contact you within %(days)s working days.",
            days,
        ) % {"days": days}
    if enquiry.status == EnquiryStatus.IN_PROGRESS:
        return _(
            "Your referents are working on your project with you: write to them here or "
            "contact them directly."
        )
    if enquiry.status == EnquiryStatus.SETTLED:
        return _("Your project has settled: welcome! This file stays open for a while.")
    return _("Your enquiry is closed. To start again, present your project once more.")


@never_cache
@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=public_form_rate, method="POST", block=False)
def settling_file_view(request, token):
    link = SettlingFileLink.objects.select_related("enquiry").for_token(token)
    if link is None:
        return refused_link(request, "unknown")
    if reason := link.refusal():
        return refused_link(request, reason)
    enquiry = link.enquiry
    addition_form = FileAdditionForm()
    project_form = ProjectUpdateForm(instance=enquiry)
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if getattr(request, "limited", False):
            status = 429
            # What was typed stays in the form, unchecked.
            if action == "project":
                current = Enquiry.objects.get(pk=enquiry.pk)
                project_form = ProjectUpdateForm(request.POST, instance=current)
            else:
                addition_form = FileAdditionForm(request.POST)
        elif action == "project":
            project_form = ProjectUpdateForm(
                request.POST, instance=Enquiry.objects.get(pk=enquiry.pk)
            )
            if project_form.is_valid():
                if project_form.has_changed():
                    with transaction.atomic():
                        project_form.save()
                        follow_up.newcomer_adds(
                            enquiry, EntryKind.PROJECT_UPDATE, project_form.changes()
                        )
                return redirect(request.path + "?sent=project")
            status = 400
        else:
            addition_form = FileAdditionForm(request.POST, request.FILES)
            if addition_form.is_valid():
                message = addition_form.cleaned_data["message"]
                document = addition_form.cleaned_data["document"]
                kind = EntryKind.NEWCOMER_DOCUMENT if document else EntryKind.NEWCOMER_MESSAGE
                follow_up.newcomer_adds(enquiry, kind, message, document)
                return redirect(request.path + "?sent=message")
            status = 400
    followers = followers_of(enquiry)
    return private_page(
        TemplateResponse(
            request,
            "enquiries/settling_file.html",
            {
                "page": None,
                "enquiry": enquiry,
                "link": link,
                "link_token": token,
                "structures": [(s, list(s.referents.all())) for s in followers.values()],
                "events": newcomer_timeline(enquiry, dict(followers)),
                "next_step": next_step(enquiry),
                "form": addition_form,
                "project_form": project_form,
                "rate_limited": status == 429,
                "sent": request.GET.get("sent", ""),
                "max_megabytes": settings.SETTLING_FILE_MAX_BYTES // 2**20,
            },
            status=status,
        )
    )


@never_cache
@require_GET
def settling_file_document_view(request, token, event_id):
    """A document of the newcomer's own, for them: never from a public address."""
    link = SettlingFileLink.objects.select_related("enquiry").for_token(token)
    if link is None:
        return refused_link(request, "unknown")
    if reason := link.refusal():
        return refused_link(request, reason)
    event = link.enquiry.events.filter(pk=event_id, kind=EntryKind.NEWCOMER_DOCUMENT).first()
    if event is None or not event.document:
        raise Http404
    return private_page(document_response(event))


def document_response(event):
    """The stored document as an attachment, of the type its content was found to be."""
    extension = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}
    filename = f"{event.enquiry.reference}-{event.pk}.{extension.get(event.document_type, 'bin')}"
    response = FileResponse(
        event.document.open("rb"),
        as_attachment=True,
        filename=filename,
        content_type=event.document_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=public_form_rate, method="POST", block=False)
def partner_link_view(request, token):
    """What a hand-over shares with a partner outside the portal, and their one answer."""
    link = PartnerLink.objects.select_related("enquiry", "structure").for_token(token)
    if link is None:
        return refused_link(request, "unknown")
    if reason := link.refusal():
        follow_up.log_partner_use(link, PartnerLinkUse.Action.REFUSED)
        return refused_link(request, reason)
    form = None if link.answered_at else PartnerAnswerForm()
    status = 200
    if request.method == "POST" and form is not None:
        form = PartnerAnswerForm(request.POST)
        if getattr(request, "limited", False):
            status = 429
        elif form.is_valid():
            follow_up.partner_answers(link, form.cleaned_data["answer"], form.cleaned_data["note"])
            return redirect(request.path + "?sent=answer")
        else:
            status = 400
    elif request.method == "GET":
        follow_up.log_partner_use(link, PartnerLinkUse.Action.OPENED)
    return private_page(
        TemplateResponse(
            request,
            "enquiries/partner_link.html",
            {
                "page": None,
                "link": link,
                "enquiry": link.enquiry,
                "structure": link.structure.localized if link.structure else None,
                "form": form,
                "rate_limited": status == 429,
                "sent": request.GET.get("sent", ""),
            },
            status=status,
        )
    )
