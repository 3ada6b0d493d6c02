"""When an offer is due for review: six months after it is saved, by default."""

import calendar

from django.conf import settings
from django.utils import timezone


def add_months(moment, months):
    """The same day ``months`` later, or the month's last day when it is shorter."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def next_review(now=None):
    # In local time: the review falls at the same hour of the day, summer time or not.
    return add_months(timezone.localtime(now or timezone.now()), settings.LISTING_REVIEW_MONTHS)
