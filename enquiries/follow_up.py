"""What happens to an enquiry: received and routed, followed up, handed over, reminded, erased.

Views call these functions inside a transaction; each writes the enquiry, its timeline and the
notifications it causes together, and the mail leaves after commit.
"""

import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from directory.access import structures_of
from directory.models import StructurePage, referent_addresses
from directory.permissions import COORDINATE_NETWORK
from enquiries import notifications
from enquiries.models import (
    FOLLOW_UP_KINDS,
    NEWCOMER_KINDS,
    OPEN_STATUSES,
    STATUS_ONLY_KINDS,
    Enquiry,
    EnquiryEvent,
    EnquiryStatus,
    EntryKind,
    PartnerLink,
    PartnerLinkUse,
    SettlingFileLink,
)
from enquiries.routing import route
from foundation import outbox
from foundation.models import NotificationKind
from listings.confidentiality import PlaceNames


def confidential_place_named(enquiry, text):
    """Whether ``text`` names the commune of the confidential offer the enquiry is about:
    what leaves the network (a settling file, a partner's page and mail) must not."""
    listing = enquiry.listing.specific if enquiry.listing_id else None
    if not getattr(listing, "confidential", False) or listing.commune_id is None:
        return False
    return PlaceNames(listing.commune).found_in(text)


def acting_structure(enquiry, user):
    """The structure a person acts for on this enquiry: one of theirs that follows it."""
    if user is None:
        return None
    return structures_of(user).filter(enquiries=enquiry).order_by("title").first()


@transaction.atomic
def receive(enquiry, listing=None):
    """Route a newly saved enquiry, record it, and store the mail it causes.

    The newcomer writes in their language; what the network reads (the timeline, the mail to
    the structures) is written in the network's, whatever the language of the request.
    """
    with translation.override(settings.LANGUAGE_CODE):
        return _receive(enquiry, listing)


def _receive(enquiry, listing):
    technical, territorial = route(enquiry, listing)
    enquiry.technical_structure = technical
    enquiry.territorial_structure = territorial
    followers = [s for s in dict.fromkeys((technical, territorial)) if s is not None]
    if followers:
        enquiry.status = EnquiryStatus.ASSIGNED
    enquiry.save(update_fields=["technical_structure", "territorial_structure", "status"])
    enquiry.structures.add(*followers)
    EnquiryEvent.objects.create(
        enquiry=enquiry,
        kind=EntryKind.ROUTED,
        created_at=enquiry.created_at,
        status_to=enquiry.status,
        text=routing_text(technical, territorial),
        # The newcomer's file opens with it, as its status only.
        visible_to_newcomer=True,
    )
    _link, token = issue_file_link(enquiry)
    stored = [
        notifications.acknowledge(
            enquiry, technical, territorial, notifications.file_url(enquiry, token)
        )
    ]
    for structure in followers:
        stored += notifications.tell_structure(
            NotificationKind.REFERRAL,
            enquiry,
            structure,
            "enquiries/mail/referral.txt",
            _("New enquiry %(reference)s for your structure"),
            roles=roles_of(enquiry, structure),
        )
    outbox.send_after_commit(stored)
    return enquiry


def routing_text(technical, territorial):
    return "\n".join(
        f"{label}: {structure.title if structure else '—'}"
        for label, structure in (
            (_("Technical referent"), technical),
            (_("Territorial referent"), territorial),
        )
    )


def roles_of(enquiry, structure):
    roles = []
    if enquiry.technical_structure_id == structure.pk:
        roles.append(str(_("technical referent")))
    if enquiry.territorial_structure_id == structure.pk:
        roles.append(str(_("territorial referent")))
    return roles


def touch(enquiry, when):
    enquiry.last_activity_at = when
    Enquiry.objects.filter(pk=enquiry.pk).update(last_activity_at=when)


@transaction.atomic
def record(enquiry, kind, user, text="", to_structure=None, visible_to_newcomer=False):
    """A note, call, meeting, document or hand-over by a person of the network; shown in the
    newcomer's settling file when ``visible_to_newcomer``."""
    if kind not in FOLLOW_UP_KINDS:
        raise ValueError(f"Not a follow-up entry: {kind}")
    event = EnquiryEvent.objects.create(
        enquiry=enquiry,
        kind=kind,
        author=user,
        structure=acting_structure(enquiry, user),
        to_structure=to_structure if kind == EntryKind.HANDOVER else None,
        text=text,
        visible_to_newcomer=visible_to_newcomer,
    )
    touch(enquiry, event.created_at)
    if kind == EntryKind.HANDOVER and to_structure is not None:
        enquiry.structures.add(to_structure)
        outbox.send_after_commit(
            notifications.tell_structure(
                NotificationKind.HANDOVER,
                enquiry,
                to_structure,
                "enquiries/mail/handover.txt",
                _("Enquiry %(reference)s handed over to your structure"),
                event=event,
            )
        )
    if enquiry.status == EnquiryStatus.ASSIGNED:
        change_status(enquiry, EnquiryStatus.IN_PROGRESS, user)
    return event


@transaction.atomic
def change_status(enquiry, status, user, closed_reason="", text="", visible_to_newcomer=True):
    """Move an enquiry along new → assigned → in progress → settled or closed.

    The moment it leaves the open statuses is kept: the newcomer's settling file expires some
    time after. The newcomer sees the change in their file, as a status only.
    """
    previous = (
        Enquiry.objects.select_for_update().values_list("status", flat=True).get(pk=enquiry.pk)
    )
    if previous == status and not text:
        return None
    enquiry.status = status
    enquiry.closed_reason = closed_reason if status == EnquiryStatus.CLOSED else ""
    if status in OPEN_STATUSES:
        enquiry.closed_at = None
    elif previous in OPEN_STATUSES or enquiry.closed_at is None:
        enquiry.closed_at = timezone.now()
    enquiry.save(update_fields=["status", "closed_reason", "closed_at"])
    event = EnquiryEvent.objects.create(
        visible_to_newcomer=visible_to_newcomer,
        enquiry=enquiry,
        kind=EntryKind.STATUS,
        author=user,
        structure=acting_structure(enquiry, user),
        status_from=previous,
        status_to=status,
        text=text or (enquiry.get_closed_reason_display() if enquiry.closed_reason else ""),
    )
    touch(enquiry, event.created_at)
    return event


@transaction.atomic
def reroute(enquiry, technical, territorial, user):
    """The coordinator gives the enquiry other referents; the new ones are told."""
    before = set(enquiry.structures.values_list("pk", flat=True))
    enquiry.technical_structure = technical
    enquiry.territorial_structure = territorial
    enquiry.save(update_fields=["technical_structure", "territorial_structure"])
    followers = [s for s in dict.fromkeys((technical, territorial)) if s is not None]
    enquiry.structures.add(*followers)
    event = EnquiryEvent.objects.create(
        enquiry=enquiry,
        kind=EntryKind.ROUTED,
        author=user,
        text=routing_text(technical, territorial),
    )
    touch(enquiry, event.created_at)
    stored = []
    for structure in followers:
        if structure.pk not in before:
            stored += notifications.tell_structure(
                NotificationKind.REFERRAL,
                enquiry,
                structure,
                "enquiries/mail/referral.txt",
                _("New enquiry %(reference)s for your structure"),
                roles=roles_of(enquiry, structure),
            )
    outbox.send_after_commit(stored)
    if enquiry.status == EnquiryStatus.NEW and followers:
        change_status(enquiry, EnquiryStatus.ASSIGNED, user)
    return event


def remind_waiting(now=None):
    """Remind the referents of every open enquiry with no new timeline entry for a while.

    An enquiry is reminded once per quiet period: again only after as many days without
    news. Safe to run as often as one likes. Returns the number of enquiries reminded.
    """
    now = now or timezone.now()
    quiet = datetime.timedelta(days=settings.ENQUIRY_REMINDER_DAYS)
    waiting = (
        Enquiry.objects.open()
        .filter(last_activity_at__lte=now - quiet, anonymised_at__isnull=True)
        .filter(Q(reminded_at__isnull=True) | Q(reminded_at__lte=now - quiet))
        .select_related("technical_structure", "territorial_structure")
    )
    count = 0
    for enquiry in waiting:
        with transaction.atomic():
            days = (now - enquiry.last_activity_at).days
            stored = []
            followers = (enquiry.technical_structure, enquiry.territorial_structure)
            for structure in dict.fromkeys(followers):
                if structure is not None:
                    stored += notifications.tell_structure(
                        NotificationKind.REMINDER,
                        enquiry,
                        structure,
                        "enquiries/mail/reminder.txt",
                        _("Enquiry %(reference)s is waiting for news"),
                        days=days,
                    )
            EnquiryEvent.objects.create(
                enquiry=enquiry, kind=EntryKind.REMINDER, created_at=now, text=str(days)
            )
            Enquiry.objects.filter(pk=enquiry.pk).update(reminded_at=now)
            outbox.send_after_commit(stored)
            count += 1
    return count


def send_digests(now=None):
    """One mail per structure listing the open enquiries it follows. Returns the count sent."""
    now = now or timezone.now()
    count = 0
    structures = StructurePage.objects.filter(
        enquiries__status__in=OPEN_STATUSES, enquiries__anonymised_at__isnull=True
    ).distinct()
    for structure in structures:
        waiting = list(
            structure.enquiries.open()
            .filter(anonymised_at__isnull=True)
            .order_by("last_activity_at")
        )
        for enquiry in waiting:
            enquiry.url = notifications.admin_url(enquiry)
            enquiry.quiet_days = (now - enquiry.last_activity_at).days
        with translation.override(settings.LANGUAGE_CODE):
            subject = ngettext(
                "%(count)s enquiry followed by %(structure)s",
                "%(count)s enquiries followed by %(structure)s",
                len(waiting),
            ) % {"count": len(waiting), "structure": structure.short_name}
        with transaction.atomic():
            stored = [
                outbox.compose(
                    NotificationKind.DIGEST,
                    address,
                    settings.LANGUAGE_CODE,
                    subject,
                    "enquiries/mail/digest.txt",
                    {"structure": structure, "enquiries": waiting},
                    about=structure,
                )
                for address in referent_addresses(structure)
            ]
            outbox.send_after_commit(stored)
        count += len(stored)
    return count


# The newcomer's settling file.


def issue_file_link(enquiry, user=None):
    """A new private link to the enquiry's settling file; the others stop working.

    Returns ``(link, token)``: the token goes into the mail and is not kept.
    """
    now = timezone.now()
    enquiry.file_links.filter(revoked_at__isnull=True).update(revoked_at=now, revoked_by=user)
    link = SettlingFileLink(enquiry=enquiry, created_by=user, created_at=now)
    token = link.set_token()
    link.save()
    return link, token


@transaction.atomic
def resend_file_link(enquiry, user):
    """A new link mailed to the newcomer, in their language; the old one no longer opens."""
    if enquiry.is_anonymised:
        raise ValueError("An anonymised enquiry has no settling file.")
    _link, token = issue_file_link(enquiry, user)
    outbox.send_after_commit(
        [notifications.send_file_link(enquiry, notifications.file_url(enquiry, token))]
    )


@transaction.atomic
def revoke_file_links(enquiry, user):
    """The newcomer's link stops working (a mail forwarded by mistake): returns how many."""
    return enquiry.file_links.filter(revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_by=user
    )


@transaction.atomic
def newcomer_adds(enquiry, kind, text="", document=None):
    """The newcomer writes into their file: a message, a document, their project updated.

    ``document`` is ``(content, content_type, filename)`` already checked. The referents of
    every structure following the enquiry are told.
    """
    if kind not in NEWCOMER_KINDS:
        raise ValueError(f"Not a newcomer's entry: {kind}")
    event = EnquiryEvent(enquiry=enquiry, kind=kind, text=text, visible_to_newcomer=True)
    if document is not None:
        content, content_type, filename = document
        event.document_type = content_type
        event.document_size = len(content)
        event.document.save(filename, ContentFile(content), save=False)
    event.save()
    # Not the network's activity: the referents are told at once, and a newcomer asking "any
    # news?" every week must not hold back the reminders of an enquiry nobody follows up.
    stored = []
    with translation.override(settings.LANGUAGE_CODE):
        for structure in enquiry.structures.order_by("title"):
            stored += notifications.tell_structure(
                NotificationKind.REFERRAL,
                enquiry,
                structure,
                "enquiries/mail/newcomer_added.txt",
                _("Enquiry %(reference)s: the newcomer added to their file"),
                event=event,
            )
    outbox.send_after_commit(stored)
    return event


# Hand-overs to partners outside the portal.


@transaction.atomic
def hand_over_to_partner(enquiry, user, email, name, note, share_contact, language, days):
    """A link mailed to a partner without an account, showing what the hand-over shares.

    Returns ``(link, token)``.
    """
    now = timezone.now()
    link = PartnerLink(
        enquiry=enquiry,
        structure=acting_structure(enquiry, user),
        created_by=user,
        created_at=now,
        email=email,
        name=name,
        note=note,
        share_contact=share_contact,
        language=language,
        expires_at=now + datetime.timedelta(days=days),
    )
    token = link.set_token()
    link.save()
    with translation.override(settings.LANGUAGE_CODE):
        event = EnquiryEvent.objects.create(
            enquiry=enquiry,
            kind=EntryKind.PARTNER_HANDOVER,
            author=user,
            structure=link.structure,
            author_name=name,
            partner_link=link,
            text=note,
        )
    touch(enquiry, event.created_at)
    outbox.send_after_commit(
        [notifications.tell_partner(link, notifications.partner_url(link, token))]
    )
    if enquiry.status == EnquiryStatus.ASSIGNED:
        change_status(enquiry, EnquiryStatus.IN_PROGRESS, user)
    return link, token


def partner_links_of(user, enquiry):
    """The partner links of ``enquiry`` that ``user`` may see and revoke: every one for the
    coordinators, those handed over by one of their structures for the others."""
    links = enquiry.partner_links.all()
    if user.has_perm(COORDINATE_NETWORK):
        return links
    return links.filter(structure__in=structures_of(user))


def shareable_entries(enquiry, user):
    """The entries of ``enquiry``'s timeline ``user`` may show to the newcomer, or hide: those
    written by their own structure (a coordinator: any); never the newcomer's own, which they
    always see. Another structure's notes are not theirs to share."""
    entries = enquiry.events.exclude(kind__in=NEWCOMER_KINDS)
    if user.has_perm(COORDINATE_NETWORK):
        return entries
    return entries.filter(
        Q(structure__in=structures_of(user))
        | Q(author=user)
        | Q(structure__isnull=True, kind__in=STATUS_ONLY_KINDS)
    )


@transaction.atomic
def revoke_partner_link(link, user):
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.revoked_by = user
        link.save(update_fields=["revoked_at", "revoked_by"])
    return link


def log_partner_use(link, action):
    return PartnerLinkUse.objects.create(link=link, action=action)


@transaction.atomic
def partner_answers(link, answer, note):
    """The partner's one answer: on the link, in the timeline under their name, told to the
    structure that handed over (every following structure if it is gone). None when the link
    was answered meanwhile (the form sent twice at once): the first answer stands."""
    if not PartnerLink.objects.select_for_update().filter(pk=link.pk, answered_at=None).exists():
        return None
    now = timezone.now()
    link.answer = answer
    link.answer_note = note
    link.answered_at = now
    link.save(update_fields=["answer", "answer_note", "answered_at"])
    log_partner_use(link, PartnerLinkUse.Action.ANSWERED)
    enquiry = link.enquiry
    event = EnquiryEvent.objects.create(
        enquiry=enquiry,
        kind=EntryKind.PARTNER_ANSWER,
        created_at=now,
        structure=link.structure,
        author_name=link.name,
        partner_link=link,
        text=note,
    )
    touch(enquiry, now)
    structures = [link.structure] if link.structure else list(enquiry.structures.all())
    stored = []
    with translation.override(settings.LANGUAGE_CODE):
        for structure in structures:
            stored += notifications.tell_structure(
                NotificationKind.HANDOVER,
                enquiry,
                structure,
                "enquiries/mail/partner_answered.txt",
                _("Enquiry %(reference)s: the partner answered"),
                event=event,
                link=link,
            )
    outbox.send_after_commit(stored)
    return event
