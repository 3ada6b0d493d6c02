import secrets

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from foundation.i18n import in_locale_or_source, source_of
from foundation.models import BasePage
from promotion.blocks import ProgrammeBlock


class EventIndexPage(BasePage):
    """The park's calendar: what is coming, then what has been."""

    cache_shows = ("events",)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["promotion.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("calendar of events")
        verbose_name_plural = _("calendars of events")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["upcoming"] = upcoming_events(self.locale, now)
        context["past"] = (
            in_locale_or_source(EventPage.objects.live().public(), self.locale)
            .filter(ends_at__lt=now)
            .select_related("commune")
            .order_by("-starts_at", "-pk")[:12]
        )
        return context


class EventKind(models.TextChoices):
    FAIR = "fair", _("Fair")
    FORUM = "forum", _("Forum")
    IMMERSION = "immersion", _("Immersion weekend")
    INFORMATION = "information", _("Information session")


class EventPage(BasePage):
    """A fair, a forum or an immersion weekend, with its programme and its registrations.

    Registrations and seats are counted on the French page, whatever the language of the
    form: the English and Dutch pages are the same event.
    """

    cache_kind = "events"

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place_name = models.CharField(
        _("place"), max_length=200, help_text=_("e.g. Salle des fêtes, or the fair's hall.")
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    commune = models.ForeignKey(
        "territory.Commune",
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("When the event is held in the territory."),
    )
    image = models.ForeignKey(
        "foundation.PortalImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = RichTextField(_("presentation"), blank=True)
    programme = StreamField(ProgrammeBlock(), verbose_name=_("programme"), blank=True)
    registration_open = models.BooleanField(
        _("takes registrations"),
        default=True,
        help_text=_("Untick for an event open to everyone without registering."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no limit. Once full, people join the waiting list."),
    )
    registration_closes_at = models.DateTimeField(
        _("registrations close"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the event starts."),
    )

    parent_page_types = ["promotion.EventIndexPage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [FieldPanel("place_name"), FieldPanel("address"), FieldPanel("commune")],
            heading=_("Where"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldPanel("registration_open"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes_at")]),
            ],
            heading=_("Registrations"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("place_name"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("starts_at", overridable=False),
        SynchronizedField("ends_at", overridable=False),
        SynchronizedField("address"),
        SynchronizedField("commune", overridable=False),
        SynchronizedField("registration_open", overridable=False),
        SynchronizedField("capacity", overridable=False),
        SynchronizedField("registration_closes_at", overridable=False),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The event cannot end before it starts.")
        taken = EventSeats.objects.filter(event__translation_key=self.translation_key).first()
        if self.capacity is not None and taken and self.capacity < taken.taken:
            errors["capacity"] = ngettext(
                "%(taken)s seat is already given: the event cannot have fewer.",
                "%(taken)s seats are already given: the event cannot have fewer.",
                taken.taken,
            ) % {"taken": taken.taken}
        if errors:
            raise ValidationError(errors)

    # In the search until it ends: the nightly refresh of the search takes it out then.
    search_changes_with_time = True

    def search_document(self):
        """What the public search knows of an event to come, or ``None`` once it is over."""
        source = source_of(self)
        if source.is_past():
            return None
        commune = source.commune
        return {
            "kind": "event",
            "texts": [
                self.summary,
                self.get_kind_display(),
                self.place_name,
                commune.name if commune else "",
                date_format(timezone.localtime(source.starts_at), "DATE_FORMAT"),
                strip_tags(self.body or ""),
            ],
            "commune": commune,
            "community": commune.community if commune else None,
            "image": self.image,
        }

    @property
    def registrations_close_at(self):
        return self.registration_closes_at or self.starts_at

    def is_past(self, now=None):
        return self.ends_at < (now or timezone.now())

    def takes_registrations(self, now=None):
        return self.registration_open and (now or timezone.now()) < self.registrations_close_at

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Registrations and seats are counted on the French page, and its dates hold.
        source = source_of(self)
        now = timezone.now()
        left = seats_left(source) if source.registration_open else None
        context.update(
            {
                "past": source.is_past(now),
                "source": source,
                # The form itself comes from the ``registration_form`` template tag.
                "takes_registrations": source.takes_registrations(now),
                "seats_left": left,
                "full": left == 0,
            }
        )
        return context


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", pgettext_lazy("registration", "Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration", "Cancelled")


def new_token():
    return secrets.token_urlsafe(24)


class EventRegistration(models.Model):
    """One person (and those coming with them) registered for an event."""

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    people = models.PositiveSmallIntegerField(
        _("people"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(6)],
        help_text=_("Yourself included."),
    )
    project = models.TextField(_("project"), max_length=1000, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    language = models.CharField(_("language"), max_length=10)
    campaign = models.CharField(_("campaign"), max_length=100, blank=True, db_index=True)
    consent_version = models.CharField(_("consent version"), max_length=20)
    consent_at = models.DateTimeField(_("consent given"))
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("seat given"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)
    # Its mail, kept in the outbox and gone with it.
    notifications = GenericRelation("foundation.Notification", related_query_name="registration")

    # Who registered, blanked when anonymised; the counts, dates and campaigns stay.
    personal_fields = ("name", "email", "phone", "project")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled") & Q(anonymised_at__isnull=True),
                name="one_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} · {self.event}"


class EventSeats(models.Model):
    """The seats taken at an event, counted by one conditional update so that none is sold twice.

    Kept apart from the page, whose revisions would write an old count back when published.
    """

    event = models.OneToOneField(
        EventPage, on_delete=models.CASCADE, primary_key=True, related_name="seats"
    )
    taken = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("seats taken")
        verbose_name_plural = _("seats taken")


def seats_taken(event):
    """Seats given at ``event``, counted on its French page."""
    seats = EventSeats.objects.filter(event=source_of(event)).first()
    return seats.taken if seats else 0


def seats_left(event):
    """Seats still free, or ``None`` when the event has no limit."""
    event = source_of(event)
    if event.capacity is None:
        return None
    return max(event.capacity - seats_taken(event), 0)


def upcoming_events(locale, now=None):
    now = now or timezone.now()
    return (
        in_locale_or_source(EventPage.objects.live().public(), locale)
        .filter(ends_at__gte=now)
        .select_related("commune", "image")
        .order_by("starts_at", "pk")
    )
