"""The mail outbox: every mail is stored with the change that causes it, then sent and retried."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement to the newcomer")
    REFERRAL = "referral", _("New enquiry for a referent")
    HANDOVER = "handover", _("Hand-over to a structure")
    REMINDER = "reminder", _("Reminder of a waiting enquiry")
    DIGEST = "digest", _("Weekly digest")
    REVIEW = "review", _("Listing to review")
    EXPIRED = "expired", _("Listing unpublished at its review date")
    REGISTRATION = "registration", _("Event registration")
    ALERT_CONFIRMATION = "alert_confirmation", _("Confirmation of a search alert")
    ALERT = "alert", _("New offers of a search alert")


class NotificationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")


class Notification(models.Model):
    """A mail, stored with the change that causes it and sent after commit until delivered."""

    # What the mail is about, when it is about something: an enquiry, a registration, an
    # offer. Each app links its own records, which keep their mail with a GenericRelation.
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    recipient = models.EmailField(_("recipient"))
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    # Headers of the mail besides its subject and addresses, e.g. List-Unsubscribe (RFC 8058).
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=NotificationStatus.choices,
        default=NotificationStatus.PENDING,
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["content_type", "object_id"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"
