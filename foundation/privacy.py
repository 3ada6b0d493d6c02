"""What the portal keeps about a person, asked of each app that keeps some.

Every app whose records name people registers a ``PersonalData`` through the Wagtail hook
``register_personal_data``: the coordinators' *Personal data* screen, its export and its
erasure, and the nightly ``purge_enquiries`` go through them all without knowing any of them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from wagtail import hooks

HOOK = "register_personal_data"


@dataclass(frozen=True)
class PersonalData:
    """One kind of record about people, and what may be done with it."""

    # The key of its part of an export, e.g. "enquiries".
    key: str
    # Its name in the plural, for the reports ("event registrations").
    label: str
    # ``held(email)``: the records about that person still identifying them, a queryset.
    held: Callable
    # ``export(email)``: those records as plain data.
    export: Callable
    # ``erase(email)``: anonymise them; returns how many.
    erase: Callable
    # ``purge(now, days=None)``: anonymise those past their retention period, or ``days``
    # when given; returns how many.
    purge: Callable
    # ``describe(record)``: one line saying which record it is, for the coordinator.
    describe: Callable
    # ``erased_message(count)``: what the coordinator is told once they are erased.
    erased_message: Callable


def kinds():
    """Every kind of personal data the installed apps keep, in the hooks' order."""
    return [register() for register in hooks.get_hooks(HOOK)]


def held_about(email):
    """Per kind, the records still naming the person writing from ``email``."""
    return [(kind, kind.held(email)) for kind in kinds()]


def export(email):
    """Everything held about the person writing from ``email``, as plain data."""
    return {
        "email": email,
        "exported_at": timezone.now().isoformat(),
        **{kind.key: kind.export(email) for kind in kinds()},
    }


@transaction.atomic
def erase(email):
    """Erase, at the person's request, what every app holds about ``email``.

    Returns the number of records erased, by kind: ``{"enquiries": 1, ...}``.
    """
    return {kind.key: kind.erase(email) for kind in kinds()}


def purge(now=None, days=None):
    """Anonymise what passed its retention period; returns the counts by kind.

    ``days`` overrides the retention period of the kinds it names: ``{"enquiries": 30}``.
    """
    now = now or timezone.now()
    days = days or {}
    return {kind.key: kind.purge(now, days=days.get(kind.key)) for kind in kinds()}
