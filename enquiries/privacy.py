"""What the network keeps about a person, for how long, and how it is given back or erased."""

import base64
import datetime

from django.conf import settings
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from enquiries.models import Enquiry, EnquiryEvent, PartnerLink, SettlingFileLink
from foundation.models import Notification
from foundation.privacy import PersonalData


@transaction.atomic
def anonymise(enquiries, now=None):
    """Blank what identifies the people of ``enquiries``; keep what the figures need.

    The project's kind, sector, place, needs, dates, status and structures stay, so the
    network's yearly figures still count them. Notes and mail bodies go: they name people.
    Returns the number of enquiries anonymised.
    """
    now = now or timezone.now()
    ids = list(enquiries.filter(anonymised_at__isnull=True).values_list("pk", flat=True))
    if not ids:
        return 0
    Enquiry.objects.filter(pk__in=ids).update(
        **dict.fromkeys(Enquiry.personal_fields, ""),
        household_adults=None,
        household_children=None,
        anonymised_at=now,
    )
    # The newcomer's documents go for good, once the erasure is committed; the links to the
    # settling file and to the partners stop working, and what they shared goes.
    documents = EnquiryEvent.objects.filter(enquiry__in=ids).exclude(document="")
    for event in documents:
        stored = event.document
        transaction.on_commit(lambda stored=stored: stored.storage.delete(stored.name))
    EnquiryEvent.objects.filter(enquiry__in=ids).update(
        text="", author_name="", document="", document_size=None
    )
    SettlingFileLink.objects.filter(enquiry__in=ids, revoked_at__isnull=True).update(
        revoked_at=now
    )
    PartnerLink.objects.filter(enquiry__in=ids).update(note="", answer_note="")
    PartnerLink.objects.filter(enquiry__in=ids, revoked_at__isnull=True).update(revoked_at=now)
    Notification.objects.filter(enquiry__in=ids).update(body="", recipient="")
    return len(ids)


def purge(now=None, days=None):
    """Anonymise the enquiries with no activity for ENQUIRY_RETENTION_DAYS (3 years)."""
    now = now or timezone.now()
    days = settings.ENQUIRY_RETENTION_DAYS if days is None else days
    return anonymise(
        Enquiry.objects.filter(last_activity_at__lt=now - datetime.timedelta(days=days)), now
    )


def held_about(email):
    return Enquiry.objects.filter(email__iexact=email.strip(), anonymised_at__isnull=True)


def export(email):
    """The enquiries of the person writing from ``email``, as plain data."""
    enquiries = held_about(email).prefetch_related(
        "wished_communities", "wished_communes", "events", "notifications", "partner_links"
    )
    return [
        {
            "reference": enquiry.reference,
            "received": enquiry.created_at.isoformat(),
            "language": enquiry.language,
            "name": enquiry.name,
            "email": enquiry.email,
            "phone": enquiry.phone,
            "current_place": enquiry.current_place,
            "project_kind": enquiry.project_kind,
            "sector": enquiry.sector,
            "description": enquiry.description,
            "timeline": enquiry.timeline,
            "wished_areas": [c.name for c in enquiry.wished_communities.all()],
            "wished_communes": [c.name for c in enquiry.wished_communes.all()],
            "needs": enquiry.needs,
            "household_adults": enquiry.household_adults,
            "household_children": enquiry.household_children,
            "partner_occupation": enquiry.partner_occupation,
            "listing": enquiry.listing_label,
            "campaign": enquiry.campaign,
            "consent_version": enquiry.consent_version,
            "consent_given": enquiry.consent_at.isoformat(),
            "status": enquiry.status,
            "technical_referent": str(enquiry.technical_structure or ""),
            "territorial_referent": str(enquiry.territorial_structure or ""),
            "timeline_entries": [
                {
                    "date": event.created_at.isoformat(),
                    "kind": event.kind,
                    "structure": str(event.structure or ""),
                    "text": event.text,
                    **(
                        {
                            "document": {
                                "type": event.document_type,
                                "size": event.document_size,
                                # The content itself, as stored: a person's export is whole.
                                "base64": document_base64(event),
                            }
                        }
                        if event.document
                        else {}
                    ),
                }
                for event in enquiry.events.all()
            ],
            "handed_over_to_partners": [
                {
                    "date": link.created_at.isoformat(),
                    "partner": link.name,
                    "note": link.note,
                    "contact_details_shared": link.share_contact,
                    "answer": link.answer,
                    "answer_note": link.answer_note,
                }
                for link in enquiry.partner_links.all()
            ],
            "mails": [
                {
                    "created": mail.created_at.isoformat(),
                    "to": mail.recipient,
                    "subject": mail.subject,
                    "status": mail.status,
                    "body": mail.body,
                }
                for mail in enquiry.notifications.all()
            ],
        }
        for enquiry in enquiries
    ]


def forget_document(sender, instance, **kwargs):
    """A timeline entry deleted (with its enquiry, say) takes its document with it."""
    if instance.document:
        stored = instance.document
        transaction.on_commit(lambda: stored.storage.delete(stored.name))


def document_base64(event):
    with event.document.open("rb") as document:
        return base64.b64encode(document.read()).decode()


def erase(email):
    """Anonymise, at the person's request, the enquiries of ``email``; returns how many."""
    return anonymise(held_about(email))


def describe(enquiry):
    return " · ".join(
        [
            enquiry.reference,
            formats.date_format(timezone.localtime(enquiry.created_at), "SHORT_DATE_FORMAT"),
            str(enquiry.get_status_display()),
        ]
    )


def erased_message(count):
    return ngettext("%(count)s enquiry erased.", "%(count)s enquiries erased.", count) % {
        "count": count
    }


def personal_data():
    """The enquiries, for the portal's personal-data tools (``foundation.privacy``)."""
    return PersonalData(
        key="enquiries",
        label=_("enquiries"),
        held=held_about,
        export=export,
        erase=erase,
        purge=purge,
        describe=describe,
        erased_message=erased_message,
    )
