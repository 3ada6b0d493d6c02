"""The network's own records: enquiries, their timeline, the mail they cause, routing rules."""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.files.storage import storages
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel

from directory.access import structures_of
from directory.permissions import COORDINATE_NETWORK
from foundation.i18n import in_source_locale
from foundation.vocabularies import Sector

# No 0/O or 1/I/L: a reference is read out on the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference():
    return "IV-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


# Routing and access speak of structures in the source language, shared by translations.
source_locale_structures = in_source_locale


class ProjectKind(models.TextChoices):
    TAKE_OVER = "take_over", _("Take over a business")
    CREATE = "create", _("Create a business")
    MOVE = "move", _("Move an existing business")
    REMOTE_WORK = "remote_work", _("Work remotely from here")


class ProjectTimeline(models.TextChoices):
    WITHIN_6_MONTHS = "6_months", _("Within 6 months")
    WITHIN_A_YEAR = "1_year", _("Within a year")
    WITHIN_2_YEARS = "2_years", _("Within two years")
    UNDECIDED = "undecided", _("Not decided yet")


class Need(models.TextChoices):
    PREMISES = "premises", _("Premises")
    LAND = "land", _("Land")
    HOUSING = "housing", _("Housing")
    CHILDCARE = "childcare", _("Childcare")
    SCHOOL = "school", _("A school")
    SPOUSE_EMPLOYMENT = "spouse_employment", _("A job for my partner")
    FINANCING = "financing", _("Financing")
    TRAINING = "training", _("Training")


class EnquirySource(models.TextChoices):
    LISTING = "listing", _("Interest in a listing")
    PROJECT = "project", _("Project presented")


class EnquiryStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("enquiry", "New")
    ASSIGNED = "assigned", pgettext_lazy("enquiry", "Assigned")
    IN_PROGRESS = "in_progress", pgettext_lazy("enquiry", "In progress")
    SETTLED = "settled", pgettext_lazy("enquiry", "Settled")
    CLOSED = "closed", pgettext_lazy("enquiry", "Closed")


OPEN_STATUSES = (EnquiryStatus.NEW, EnquiryStatus.ASSIGNED, EnquiryStatus.IN_PROGRESS)


class ClosedReason(models.TextChoices):
    GAVE_UP = "gave_up", _("Project given up")
    ELSEWHERE = "elsewhere", _("Settled outside the territory")
    NO_ANSWER = "no_answer", _("No answer from the project holder")
    OUT_OF_SCOPE = "out_of_scope", _("Outside the network's scope")
    DUPLICATE = "duplicate", _("Duplicate of another enquiry")
    OTHER = "other", _("Other reason")


class RoutingRole(models.TextChoices):
    TECHNICAL = "technical", _("Technical referent")
    TERRITORIAL = "territorial", _("Territorial referent")


class RoutingRule(models.Model):
    """Which structure follows an enquiry, by sector or by place: data the coordinator edits.

    The most specific rule wins: one naming a sector before one for every sector, one naming
    a community of communes before one for everywhere, then the lowest priority number.
    """

    role = models.CharField(_("role"), max_length=20, choices=RoutingRole.choices)
    sector = models.CharField(
        _("sector"),
        max_length=30,
        choices=Sector.choices,
        blank=True,
        help_text=_("Leave empty for every sector."),
    )
    community = models.ForeignKey(
        "territory.CommunityOfCommunes",
        verbose_name=_("community of communes"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Leave empty for the whole territory."),
    )
    structure = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("structure"),
        on_delete=models.CASCADE,
        related_name="routing_rules",
        limit_choices_to=source_locale_structures,
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), default=100, help_text=_("Among equally specific rules, the lowest wins.")
    )

    panels = [
        FieldPanel("role"),
        FieldPanel("sector"),
        FieldPanel("community"),
        FieldPanel("structure"),
        FieldPanel("priority"),
    ]

    class Meta:
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        ordering = ["role", "priority", "pk"]

    def __str__(self):
        sector = self.get_sector_display() if self.sector else _("every sector")
        place = self.community.name if self.community_id else _("the whole territory")
        return f"{self.get_role_display()}: {sector}, {place} → {self.structure.title}"

    def specificity(self):
        return (not self.sector, self.community_id is None, self.priority, self.pk)


class EnquiryQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every enquiry for coordinators; otherwise those routed or handed to the user's
        structures. The one rule behind every admin view of enquiries."""
        if user.has_perm(COORDINATE_NETWORK):
            return self

        return self.filter(
            models.Exists(
                Enquiry.structures.through.objects.filter(
                    enquiry=models.OuterRef("pk"), structurepage__in=structures_of(user)
                )
            )
        )

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)


class Enquiry(models.Model):
    """One newcomer's request: about a listing, or a whole project, followed until it settles."""

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    source = models.CharField(
        _("source"), max_length=20, choices=EnquirySource.choices, editable=False
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    last_activity_at = models.DateTimeField(
        _("last activity"), default=timezone.now, db_index=True, editable=False
    )
    reminded_at = models.DateTimeField(_("last reminder"), null=True, editable=False)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, editable=False
    )

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), db_index=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    current_place = models.CharField(
        _("where you live now"), max_length=120, blank=True, help_text=_("Town and country.")
    )

    project_kind = models.CharField(
        _("your project"), max_length=20, choices=ProjectKind.choices, blank=True
    )
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices, blank=True)
    description = models.TextField(_("your project in a few words"), max_length=5000, blank=True)
    timeline = models.CharField(
        _("when"), max_length=20, choices=ProjectTimeline.choices, blank=True
    )
    wished_communities = models.ManyToManyField(
        "territory.CommunityOfCommunes",
        verbose_name=_("wished areas"),
        blank=True,
        related_name="+",
    )
    wished_communes = models.ManyToManyField(
        "territory.Commune", verbose_name=_("wished communes"), blank=True, related_name="+"
    )
    needs = models.JSONField(_("needs"), default=list, blank=True)
    household_adults = models.PositiveSmallIntegerField(_("adults"), null=True, blank=True)
    household_children = models.PositiveSmallIntegerField(_("children"), null=True, blank=True)
    partner_occupation = models.CharField(
        _("your partner's occupation"), max_length=120, blank=True
    )

    listing = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("listing"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # The listing's title and reference when the enquiry came: the page may change or go.
    listing_label = models.CharField(_("listing"), max_length=300, blank=True, editable=False)
    campaign = models.CharField(
        _("campaign"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The promotional campaign that brought the newcomer, from the link used."),
    )
    consent_version = models.CharField(_("consent text version"), max_length=20, editable=False)
    consent_at = models.DateTimeField(_("consent given"), editable=False)

    status = models.CharField(
        _("status"), max_length=20, choices=EnquiryStatus.choices, default=EnquiryStatus.NEW
    )
    closed_reason = models.CharField(
        _("reason for closing"), max_length=20, choices=ClosedReason.choices, blank=True
    )
    technical_structure = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("technical referent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_locale_structures,
    )
    territorial_structure = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("territorial referent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_locale_structures,
    )
    # Every structure the enquiry was routed or handed over to: who may read it.
    structures = models.ManyToManyField(
        "directory.StructurePage",
        verbose_name=_("structures following it"),
        blank=True,
        related_name="enquiries",
        editable=False,
    )
    # When it was settled or closed: its settling file expires some time after.
    closed_at = models.DateTimeField(_("closed"), null=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, editable=False)
    # Its mail, kept in the outbox and gone with it.
    notifications = GenericRelation("foundation.Notification", related_query_name="enquiry")

    objects = EnquiryQuerySet.as_manager()

    # What identifies a person, blanked when the enquiry is anonymised; the figures keep the rest.
    personal_fields = (
        "name",
        "email",
        "phone",
        "current_place",
        "description",
        "partner_occupation",
    )

    class Meta:
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "last_activity_at"])]

    def __str__(self):
        # Only the reference: this label is kept in Wagtail's logs, which outlive erasure.
        return self.reference

    def save(self, *args, **kwargs):
        if self.reference:
            return super().save(*args, **kwargs)
        for _attempt in range(5):
            self.reference = new_reference()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if not Enquiry.objects.filter(reference=self.reference).exists():
                    raise
        raise IntegrityError("No free enquiry reference after five draws.")

    @cached_property
    def needs_labels(self):
        return [str(Need(need).label) for need in self.needs if need in Need.values]

    @property
    def is_anonymised(self):
        return self.anonymised_at is not None

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES


class EntryKind(models.TextChoices):
    ROUTED = "routed", _("Routed")
    NOTE = "note", _("Note")
    CALL = "call", _("Call")
    MEETING = "meeting", _("Meeting")
    DOCUMENT = "document", _("Document sent")
    STATUS = "status", _("Status changed")
    HANDOVER = "handover", _("Handed over")
    REMINDER = "reminder", _("Reminder sent")
    PARTNER_HANDOVER = "partner_handover", _("Handed over to a partner outside the portal")
    PARTNER_ANSWER = "partner_answer", _("Partner's answer")
    NEWCOMER_MESSAGE = "newcomer_message", _("Message from the newcomer")
    NEWCOMER_DOCUMENT = "newcomer_document", _("Document from the newcomer")
    PROJECT_UPDATE = "project_update", _("Project updated by the newcomer")


# What a person of the network did: the entries that count as activity on the enquiry.
FOLLOW_UP_KINDS = (
    EntryKind.NOTE,
    EntryKind.CALL,
    EntryKind.MEETING,
    EntryKind.DOCUMENT,
    EntryKind.HANDOVER,
)

# What the newcomer writes into their own file: always visible to them.
NEWCOMER_KINDS = (
    EntryKind.NEWCOMER_MESSAGE,
    EntryKind.NEWCOMER_DOCUMENT,
    EntryKind.PROJECT_UPDATE,
)

# Entries a newcomer is shown as a change of status only, whatever their text says: the
# routing names the network's inner workings, a status note is the network's own.
STATUS_ONLY_KINDS = (EntryKind.ROUTED, EntryKind.STATUS)


class DocumentType(models.TextChoices):
    PDF = "application/pdf", "PDF"
    JPEG = "image/jpeg", "JPEG"
    PNG = "image/png", "PNG"


def private_storage():
    """Where the newcomers' documents are kept: never under a public address
    (``STORAGES["private"]``, see the settings)."""
    return storages["private"]


def document_upload_to(instance, filename):
    # ``filename`` is already random (``foundation.image_files.random_name``).
    return f"enquiry-documents/{filename}"


class EnquiryEvent(models.Model):
    """One line of an enquiry's timeline: who did what, when (the digital "fiche navette")."""

    enquiry = models.ForeignKey(
        Enquiry, verbose_name=_("enquiry"), on_delete=models.CASCADE, related_name="events"
    )
    created_at = models.DateTimeField(_("date"), default=timezone.now)
    kind = models.CharField(_("kind"), max_length=20, choices=EntryKind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    structure = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("structure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    to_structure = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("handed over to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status_from = models.CharField(
        _("from status"), max_length=20, choices=EnquiryStatus.choices, blank=True
    )
    status_to = models.CharField(
        _("to status"), max_length=20, choices=EnquiryStatus.choices, blank=True
    )
    text = models.TextField(_("note"), max_length=5000, blank=True)
    visible_to_newcomer = models.BooleanField(
        _("visible to the newcomer"),
        default=False,
        help_text=_("Shown in the newcomer's settling file, reached from their mail."),
    )
    # Who wrote it when nobody of the network did: the partner who answered a hand-over.
    author_name = models.CharField(_("written by"), max_length=200, blank=True)
    document = models.FileField(
        _("document"),
        upload_to=document_upload_to,
        storage=private_storage,
        blank=True,
        max_length=200,
    )
    document_type = models.CharField(
        _("document type"), max_length=30, choices=DocumentType.choices, blank=True
    )
    document_size = models.PositiveIntegerField(_("document size"), null=True, blank=True)
    partner_link = models.ForeignKey(
        "enquiries.PartnerLink",
        verbose_name=_("partner link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )

    class Meta:
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.enquiry} · {self.get_kind_display()}"


def new_token():
    """A link's secret: 256 random bits, written into the mail only, stored hashed."""
    return secrets.token_urlsafe(32)


def hash_token(token):
    return hashlib.sha256(str(token).encode()).hexdigest()


class LinkQuerySet(models.QuerySet):
    def for_token(self, token):
        """The link whose secret is ``token``, or None, looked up by the secret's hash (all that
        is stored): how long the lookup takes tells of the hash, never of the secret."""
        if not token or len(token) > 100:
            return None
        return self.filter(token_hash=hash_token(token)).first()


class SecretLink(models.Model):
    """A link mailed to someone without an account: only its secret's hash is kept."""

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = LinkQuerySet.as_manager()

    class Meta:
        abstract = True

    def set_token(self):
        """A new secret for this link; returns it, to be mailed once and never kept."""
        token = new_token()
        self.token_hash = hash_token(token)
        return token

    @property
    def is_revoked(self):
        return self.revoked_at is not None


class SettlingFileLink(SecretLink):
    """The newcomer's private link to their settling file. One works at a time: issuing a new
    one revokes the others. It expires some days after the enquiry is settled or closed."""

    enquiry = models.ForeignKey(
        Enquiry,
        verbose_name=_("enquiry"),
        on_delete=models.CASCADE,
        related_name="file_links",
    )

    class Meta:
        verbose_name = _("settling file link")
        verbose_name_plural = _("settling file links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.enquiry} · {self.created_at:%Y-%m-%d}"

    @property
    def expires_at(self):
        closed_at = self.enquiry.closed_at
        if self.enquiry.is_open or closed_at is None:
            return None
        return closed_at + datetime.timedelta(days=settings.SETTLING_FILE_DAYS_AFTER_CLOSING)

    def refusal(self, now=None):
        """Why the link no longer opens the file ("revoked", "expired", "erased"), or ""."""
        now = now or timezone.now()
        if self.enquiry.is_anonymised:
            return "erased"
        if self.is_revoked:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return ""


class PartnerAnswer(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    NOTE = "note", _("A note only")


class PartnerLink(SecretLink):
    """A hand-over to a partner outside the portal (a bank, an estate agent, a town hall): the
    link mailed to them opens what the hand-over shares, and takes one answer."""

    enquiry = models.ForeignKey(
        Enquiry,
        verbose_name=_("enquiry"),
        on_delete=models.CASCADE,
        related_name="partner_links",
    )
    # The structure that handed over: its people (and the coordinators) see and revoke it.
    structure = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("structure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("partner's email"))
    name = models.CharField(_("partner's name and organisation"), max_length=200)
    language = models.CharField(
        _("language of the mail"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    note = models.TextField(_("note for the partner"), max_length=5000)
    share_contact = models.BooleanField(_("share the newcomer's contact details"), default=False)
    expires_at = models.DateTimeField(_("expires"))
    answer = models.CharField(
        _("answer"), max_length=20, choices=PartnerAnswer.choices, blank=True
    )
    answer_note = models.TextField(_("partner's note"), max_length=5000, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("partner link")
        verbose_name_plural = _("partner links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.enquiry} → {self.name}"

    def refusal(self, now=None):
        now = now or timezone.now()
        if self.enquiry.is_anonymised:
            return "erased"
        if self.is_revoked:
            return "revoked"
        if self.expires_at <= now:
            return "expired"
        return ""


class PartnerLinkUse(models.Model):
    """Each use of a partner's link, kept as the partner's trace: opened, answered, refused."""

    class Action(models.TextChoices):
        OPENED = "opened", _("Opened")
        ANSWERED = "answered", _("Answered")
        REFUSED = "refused", _("Refused (expired or revoked)")

    link = models.ForeignKey(
        PartnerLink, verbose_name=_("link"), on_delete=models.CASCADE, related_name="uses"
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    action = models.CharField(_("what"), max_length=20, choices=Action.choices)

    class Meta:
        verbose_name = _("use of a partner link")
        verbose_name_plural = _("uses of partner links")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.link} · {self.get_action_display()} · {self.at:%Y-%m-%d %H:%M}"
