"""Keeping offers current: quick availability changes and the review date of every listing.

A listing is reviewed six months (``LISTING_REVIEW_MONTHS``) after it was last published, and
that date is Wagtail's own scheduled expiry, ``expire_at``. ``LISTING_REMINDER_DAYS`` before it,
the structure's editors get a mail; if nobody confirms, ``publish_scheduled`` unpublishes the
listing on the date and the editors are told. ``manage.py review_listings`` does all three and
runs once a day.

Every change here goes through a revision, so it shows in the page's history and a later
publication of the draft does not undo it.
"""

import datetime
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from directory.models import referent_addresses
from directory.permissions import editors_group_of
from foundation.i18n import in_source_locale, stale_translations
from foundation.models import NotificationKind
from foundation.outbox import compose, send_after_commit
from listings.models import LISTING_PAGE_MODELS, ReviewNotice
from listings.reviews import next_review
from search.documents import reindex_translations


def apply_change(page, user, publish, **fields):
    """Write ``fields`` into a new revision of ``page`` and make them public at once.

    The revision is published when the user may publish and nothing else waits in the draft.
    Otherwise the draft carries the change for whoever publishes it, and the live page takes
    the fields directly: an offer that is taken must not wait for a review to say so.
    """
    had_draft_changes = page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    revision = draft.save_revision(user=user, changed=False, clean=False)
    if publish and page.live and not had_draft_changes:
        revision.publish(user=user)
    elif page.live:
        # Its aliases show the live page: they take the fields too.
        type(page).objects.filter(Q(pk=page.pk) | Q(alias_of=page.pk)).update(**fields)
        reindex_translations(page)
    return type(page).objects.get(pk=page.pk)


@contextmanager
def translations_kept_current(page):
    """A change of shared facts only (availability, review date) keeps translations current.

    Publishing the French page would otherwise flag its translations as out of date
    (``foundation.i18n``), when none of their text changed.
    """
    current = list(
        TranslationSource.objects.filter(object_id=page.translation_key)
        .exclude(pk__in=stale_translations().values("source"))
        .values_list("pk", flat=True)
    )
    yield
    TranslationSource.objects.filter(pk__in=current).update(last_updated_at=timezone.now())


def written_versions(page):
    """``page`` and its translations, without their aliases: those follow their French page."""
    return page.get_translations(inclusive=True).filter(alias_of__isnull=True).specific()


@transaction.atomic
def set_availability(page, availability, on, user):
    """Mark an offer available, under offer or taken since ``on``, in every language."""
    publish = page.permissions_for_user(user).can_publish()
    fields = {"availability": availability, "availability_changed_on": on}
    with translations_kept_current(page):
        for translation_page in written_versions(page):
            apply_change(translation_page, user, publish, **fields)
    log(
        instance=page,
        action="listings.availability",
        user=user,
        data={"availability": availability, "on": on.isoformat()},
    )
    return type(page).objects.get(pk=page.pk)


@transaction.atomic
def confirm_current(page, user):
    """The editor says the offer is still current: its review moves six months on.

    An offer already unpublished by its review date is published again, if the editor may.
    """
    review = next_review()
    publish = page.permissions_for_user(user).can_publish()
    with translations_kept_current(page):
        for translation_page in written_versions(page):
            was_expired = translation_page.expired
            translation_page = apply_change(translation_page, user, publish, expire_at=review)
            if was_expired and publish:
                translation_page.get_latest_revision().publish(user=user)
    log(
        instance=page,
        action="listings.review_confirmed",
        user=user,
        data={"review": review.isoformat()},
    )
    return type(page).objects.get(pk=page.pk)


def editor_addresses(structure):
    """The structure's editors, each with the language the admin speaks to them in."""
    group = editors_group_of(structure)
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(groups=group) if group else users.none()
    addresses = {}
    for user in users.select_related("wagtail_userprofile"):
        profile = getattr(user, "wagtail_userprofile", None)
        language = (profile and profile.preferred_language) or settings.LANGUAGE_CODE
        addresses.setdefault(user.email, language)
    if not addresses:
        addresses = dict.fromkeys(referent_addresses(structure), settings.LANGUAGE_CODE)
    return addresses


def source_listings():
    """Each offer once, in French unless it only exists in another language.

    Its translations share its review date (``listings.signals``) and expire with it.
    """
    listings = Page.objects.type(*LISTING_PAGE_MODELS)
    french = Page.objects.filter(in_source_locale(), translation_key=OuterRef("translation_key"))
    return listings.filter(in_source_locale()) | listings.exclude(in_source_locale()).exclude(
        Exists(french)
    )


def tell_editors(page, kind, subject, template):
    """One mail per editor of the page's structure, recorded so that it is sent only once."""
    notice, created = ReviewNotice.objects.get_or_create(
        page=page, kind=kind, review_at=page.expire_at
    )
    if not created:
        return []
    structure = page.get_parent().specific
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )
    notifications = []
    for address, language in editor_addresses(structure).items():
        with translation.override(language):
            title = str(subject) % {"title": page.title}
        notifications.append(
            compose(
                kind,
                address,
                language,
                title,
                template,
                {"page": page, "structure": structure, "url": url, "review": page.expire_at},
                about=page,
            )
        )
    send_after_commit(notifications)
    return notifications


def remind_reviews(now=None):
    """Mail the editors of every live listing whose review date comes within the notice."""
    now = now or timezone.now()
    soon = now + datetime.timedelta(days=settings.LISTING_REMINDER_DAYS)
    due = source_listings().filter(live=True, expire_at__gt=now, expire_at__lte=soon)
    sent = []
    for page in due.specific().order_by("expire_at", "pk"):
        with transaction.atomic():
            sent += tell_editors(
                page,
                NotificationKind.REVIEW,
                _("To review by its date: %(title)s"),
                "listings/mail/review_reminder.txt",
            )
    return sent


def tell_expired(now=None):
    """Mail the editors of every listing that its review date has unpublished."""
    now = now or timezone.now()
    expired = source_listings().filter(live=False, expired=True, expire_at__lte=now)
    sent = []
    for page in expired.specific().order_by("expire_at", "pk"):
        with transaction.atomic():
            sent += tell_editors(
                page,
                NotificationKind.EXPIRED,
                _("Unpublished at its review date: %(title)s"),
                "listings/mail/listing_expired.txt",
            )
    return sent


def review_listings(now=None):
    """The daily round: unpublish what is due, remind what is coming, tell what expired."""
    now = now or timezone.now()
    call_command("publish_scheduled", verbosity=0)
    reminded = remind_reviews(now)
    expired = tell_expired(now)
    return reminded, expired
