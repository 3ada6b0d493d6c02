"""A newcomer's saved search: the new offers matching it, mailed daily or weekly, no account."""

import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from foundation.models import Notification


class Frequency(models.TextChoices):
    DAILY = "daily", _("Every day")
    WEEKLY = "weekly", _("Every week")


class Source(models.TextChoices):
    """Where the search was saved from: its mail links back there."""

    SEARCH = "search", _("The search")
    LISTINGS = "listings", _("The offers")


def new_token():
    return secrets.token_urlsafe(32)


class Alert(models.Model):
    """One saved search of one email address, sent nothing until the address confirms it.

    ``query`` is the search's query string, words and facets, as ``alerts.queries.normalise``
    wrote it after the search's own form read it. ``checked_at`` ends the period the last
    run of ``send_alerts`` looked at: the next mail lists what was published or changed after.
    The token is in every link of its mails; it is compared in constant time.
    """

    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    query = models.CharField(_("search"), max_length=1000, blank=True)
    source = models.CharField(
        _("saved from"), max_length=10, choices=Source.choices, default=Source.SEARCH
    )
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    token = models.CharField(max_length=64, default=new_token, editable=False)
    consent_version = models.CharField(_("consent version"), max_length=20)
    consent_at = models.DateTimeField(_("consent given"), default=timezone.now)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    checked_at = models.DateTimeField(_("offers checked until"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last mail"), null=True, blank=True)
    # Its mails: deleted with it, so that no address outlives the alert in the outbox.
    notifications = GenericRelation(Notification, related_query_name="alert")

    class Meta:
        verbose_name = _("search alert")
        verbose_name_plural = _("search alerts")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["frequency", "confirmed_at"]),
            models.Index(fields=["email"]),
            models.Index(fields=["confirmed_at", "created_at"]),
        ]

    def __str__(self):
        return f"{self.email} · {self.query or '*'}"

    def has_token(self, token):
        return secrets.compare_digest(self.token.encode(), str(token).encode())

    @property
    def confirmed(self):
        return self.confirmed_at is not None

    @property
    def cutoff(self):
        return self.checked_at or self.confirmed_at or self.created_at
