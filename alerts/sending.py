"""``send_alerts``: the offers each confirmed alert has not been told of, one mail per alert.

Alerts saving the same search in the same language share one run of it: the search is asked
for the offers published or changed since the earliest of their cutoffs, and each alert's
mail lists those after its own. So 10,000 alerts over a few hundred searches cost a few
hundred searches, not 10,000. An alert with nothing new gets no mail; its cutoff moves on
all the same. Mail is written in batches into the outbox (``foundation.outbox``), with the
cutoffs moved in the same transaction, and leaves through the task queue once each batch
commits: a run stopped half-way leaves the rest for the next one, with nothing sent twice.
"""

import itertools
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from alerts.mails import Links
from alerts.models import Alert
from alerts.queries import AlertSearch, published
from foundation.models import Notification, NotificationKind
from foundation.outbox import compose, portal_settings, send_after_commit
from search.models import LISTING_KINDS, SearchDocument

BATCH = 500
# The offers read per search: every one published or changed in the period (an import of a
# structure's spreadsheet changes hundreds at once), up to this bound. The mails list the
# latest changed and count the others, each alert from its own cutoff.
READ_PER_SEARCH = 10_000


@dataclass
class Outcome:
    alerts: int = 0
    searches: int = 0
    mails: int = 0


def due(frequency):
    """The confirmed alerts of ``frequency``, those sharing a search next to each other."""
    return (
        Alert.objects.filter(frequency=frequency, confirmed_at__isnull=False)
        .only("pk", "email", "language", "query", "source", "token", "confirmed_at", "checked_at")
        .order_by("language", "query", "pk")
    )


def send_alerts(frequency, now=None):
    """Compose the mail of every confirmed alert of ``frequency``; returns an ``Outcome``."""
    now = now or timezone.now()
    outcome = Outcome()
    alerts = due(frequency)
    earliest = alerts.order_by("checked_at").values_list("checked_at", flat=True).first()
    changed = SearchDocument.objects.filter(
        kind__in=LISTING_KINDS, page__translation_key__in=published(earliest, now)
    )
    if not changed.exists():
        # Nothing published or changed since the oldest cutoff: no search to run, no mail.
        outcome.alerts = alerts.update(checked_at=now)
        return outcome
    writer = Writer(now)
    places = AlertSearch.read_places()
    groups = itertools.groupby(alerts.iterator(chunk_size=2000), lambda a: (a.language, a.query))
    for (language, query), members in groups:
        members = list(members)
        outcome.alerts += len(members)
        outcome.searches += 1
        with translation.override(language):
            search = AlertSearch(
                query,
                language=language,
                since=min(a.cutoff for a in members),
                until=now,
                places=places,
            )
            documents = search.changed(READ_PER_SEARCH)
            description = [str(line) for line in search.description()] if documents else []
        for alert in members:
            news = [d for d in documents if d.changed_at > alert.cutoff]
            writer.add(alert, news, description)
    writer.flush()
    outcome.mails = writer.mails
    return outcome


class Writer:
    """Writes the mails and moves the cutoffs, a batch at a time."""

    def __init__(self, now):
        self.now = now
        self.links = Links()
        self.portal = portal_settings()
        self.offer_lists = {}
        self.pending = []
        self.checked = []
        self.mails = 0

    def add(self, alert, documents, description):
        self.checked.append(alert.pk)
        if documents:
            self.pending.append(self.mail(alert, documents, description))
        if len(self.checked) >= BATCH:
            self.flush()

    def offers(self, alert, documents):
        """The list of offers as the mail shows it, written once for the alerts that share it."""
        shown = documents[: settings.ALERT_MAX_OFFERS]
        key = (alert.language, tuple(document.pk for document in shown))
        if key not in self.offer_lists:
            with translation.override(alert.language):
                self.offer_lists[key] = render_to_string(
                    "alerts/mail/offers.txt",
                    {
                        "offers": [
                            (document.card(), document.reader_page.get_full_url())
                            for document in shown
                        ]
                    },
                )
        return self.offer_lists[key]

    def mail(self, alert, documents, description):
        count = len(documents)
        with translation.override(alert.language):
            subject = ngettext(
                "%(count)s new offer for your search",
                "%(count)s new offers for your search",
                count,
            ) % {"count": count}
            if alert.query and description:
                subject = gettext("%(subject)s: %(search)s") % {
                    "subject": subject,
                    "search": description[0],
                }
        return compose(
            NotificationKind.ALERT,
            alert.email,
            alert.language,
            subject,
            "alerts/mail/alert.txt",
            {
                "count": count,
                "more": max(count - settings.ALERT_MAX_OFFERS, 0),
                "offers": self.offers(alert, documents),
                "search": description,
                "results_url": self.links.results(alert),
                "manage_url": self.links.manage(alert),
                "unsubscribe_url": self.links.unsubscribe(alert),
            },
            about=alert,
            headers=self.links.headers(alert),
            portal=self.portal,
            commit=False,
        )

    def flush(self):
        if not self.checked:
            return
        with transaction.atomic():
            # An alert deleted meanwhile (unsubscribed while the run went on) gets no mail;
            # those still here are held until the mails are written, so that one deleted
            # now takes its mail with it.
            alive = set(
                Alert.objects.select_for_update()
                .filter(pk__in=self.checked)
                .values_list("pk", flat=True)
            )
            pending = [mail for mail in self.pending if mail.object_id in alive]
            created = Notification.objects.bulk_create(pending)
            sent = [notification.object_id for notification in created]
            Alert.objects.filter(pk__in=self.checked).update(checked_at=self.now)
            Alert.objects.filter(pk__in=sent).update(last_sent_at=self.now)
            send_after_commit(created)
        self.mails += len(created)
        self.pending, self.checked = [], []
