"""The mail of search alerts: the confirmation, the notice, the new offers; and their links."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page, Site

from alerts.models import Source
from alerts.queries import describe
from foundation.models import NotificationKind
from foundation.outbox import compose
from listings.models import ListingIndexPage

ONE_CLICK = "List-Unsubscribe=One-Click"


def site_root():
    """The public site's address, for links in mail (written outside any request)."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


class Links:
    """The addresses an alert's mail links to, in the alert's language."""

    def __init__(self, root=None):
        self.root = root if root is not None else site_root()
        self.indexes = {}

    def of(self, alert, name):
        with translation.override(alert.language):
            return self.root + reverse(name, args=[alert.pk, alert.token])

    def confirm(self, alert):
        return self.of(alert, "alert_confirm")

    def manage(self, alert):
        return self.of(alert, "alert_manage")

    def unsubscribe(self, alert):
        return self.of(alert, "alert_unsubscribe")

    def results(self, alert):
        """The search or the offers' index, in the alert's language, with its words and facets."""
        if alert.source == Source.LISTINGS:
            base = self.listing_index(alert.language)
        else:
            with translation.override(alert.language):
                base = self.root + reverse("search")
        return f"{base}?{alert.query}" if alert.query else base

    def listing_index(self, language):
        if language not in self.indexes:
            pages = Page.objects.live().type(ListingIndexPage)
            index = pages.filter(locale__language_code=language).first() or pages.first()
            url = index.get_full_url() if index else None
            with translation.override(language):
                self.indexes[language] = url or self.root + reverse("search")
        return self.indexes[language]

    def headers(self, alert):
        """RFC 2369 and RFC 8058: one click in the mail program unsubscribes, by a POST."""
        return {
            "List-Unsubscribe": f"<{self.unsubscribe(alert)}>",
            "List-Unsubscribe-Post": ONE_CLICK,
        }


def confirmation(alert, links=None):
    """Nothing is sent to an address before it says yes: this mail asks."""
    links = links or Links()
    with translation.override(alert.language):
        subject = gettext("Confirm your alert of new offers")
    return compose(
        NotificationKind.ALERT_CONFIRMATION,
        alert.email,
        alert.language,
        subject,
        "alerts/mail/confirmation.txt",
        {
            "alert": alert,
            "search": describe(alert.query, alert.language),
            "confirm_url": links.confirm(alert),
            "manage_url": links.manage(alert),
            "days": settings.ALERT_CONFIRMATION_DAYS,
        },
        about=alert,
    )


def notice(alert, reason, links=None):
    """The address asked again for an alert it has, or for more than it may have: it is told
    by mail, never on the page, which anyone may have typed the address into."""
    links = links or Links()
    with translation.override(alert.language):
        subject = gettext("Your alerts of new offers")
    return compose(
        NotificationKind.ALERT_CONFIRMATION,
        alert.email,
        alert.language,
        subject,
        "alerts/mail/notice.txt",
        {
            "alert": alert,
            "reason": reason,
            "search": describe(alert.query, alert.language),
            "confirm_url": links.confirm(alert),
            "manage_url": links.manage(alert),
            "limit": settings.ALERTS_PER_EMAIL,
        },
        about=alert,
    )
