"""An enquiry over time: routing rules, follow-up, reminders, digests, retention and erasure."""

import datetime
import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from enquiries import follow_up
from enquiries.models import (
    Enquiry,
    EnquiryEvent,
    EnquiryStatus,
    EntryKind,
    RoutingRole,
    RoutingRule,
)
from enquiries.routing import route
from foundation import privacy
from foundation.models import Notification, NotificationKind
from foundation.vocabularies import Sector
from tests.builders import fresh, module_world
from tests.enquiries.enquiry_world import build_enquiry_world

pytestmark = pytest.mark.django_db


built_world = module_world(build_enquiry_world)


@pytest.fixture
def world(built_world):
    return fresh(built_world)


def make_enquiry(world, when=None, **fields):
    when = when or timezone.now()
    enquiry = Enquiry.objects.create(
        source="project",
        language="nl",
        name="Anna de Vries",
        email="anna.devries@example.nl",
        phone="+31 6 12 34 56 78",
        current_place="Utrecht",
        project_kind="take_over",
        sector=Sector.CRAFTS,
        description="Reprendre une boulangerie.",
        consent_version="test",
        consent_at=when,
        created_at=when,
        last_activity_at=when,
        **fields,
    )
    enquiry.wished_communities.add(world.thiers_cc)
    follow_up.receive(enquiry)
    Enquiry.objects.filter(pk=enquiry.pk).update(last_activity_at=when)
    enquiry.refresh_from_db()
    mail.outbox.clear()
    return enquiry


def run(command, *args):
    output = io.StringIO()
    call_command(command, *args, stdout=output)
    return output.getvalue().strip()


def test_the_most_specific_rule_wins(world):
    assert route(_wishing_thiers(world, Sector.COMMERCE)) == (world.cci, world.community)
    RoutingRule.objects.create(
        role=RoutingRole.TECHNICAL,
        sector=Sector.COMMERCE,
        community=world.thiers_cc,
        structure=world.park,
    )
    assert route(_wishing_thiers(world, Sector.COMMERCE))[0] == world.park
    # A sector with no rule of its own falls back to the rule for every sector.
    assert route(_wishing_thiers(world, Sector.HEALTH))[0] == world.park


def _wishing_thiers(world, sector):
    enquiry = Enquiry.objects.create(
        source="project",
        language="fr",
        name="x",
        email="x@example.org",
        sector=sector,
        consent_version="t",
        consent_at=timezone.now(),
    )
    enquiry.wished_communities.add(world.thiers_cc)
    return enquiry


def test_a_note_moves_an_assigned_enquiry_in_progress_and_counts_as_news(world):
    enquiry = make_enquiry(world, when=timezone.now() - datetime.timedelta(days=3))
    follow_up.record(enquiry, EntryKind.CALL, None, "Appelée, rendez-vous le 12.")
    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.IN_PROGRESS
    assert timezone.now() - enquiry.last_activity_at < datetime.timedelta(minutes=1)
    assert list(enquiry.events.values_list("kind", flat=True)) == [
        EntryKind.ROUTED,
        EntryKind.CALL,
        EntryKind.STATUS,
    ]


def test_a_hand_over_lets_the_next_structure_follow_and_tells_it(
    world, django_capture_on_commit_callbacks
):
    enquiry = make_enquiry(world)
    with django_capture_on_commit_callbacks(execute=True):
        follow_up.record(
            enquiry, EntryKind.HANDOVER, None, "Besoin d'un prêt d'honneur.", world.cci
        )
    assert world.cci in enquiry.structures.all()
    assert [m.to for m in mail.outbox] == [[world.referent.email]]
    assert "Besoin d'un prêt d'honneur." in mail.outbox[0].body
    assert enquiry.reference in mail.outbox[0].subject


def test_quiet_enquiries_remind_their_referents_once_a_week(
    world, settings, django_capture_on_commit_callbacks
):
    settings.ENQUIRY_REMINDER_DAYS = 7
    quiet = make_enquiry(world, when=timezone.now() - datetime.timedelta(days=8))
    make_enquiry(world, when=timezone.now() - datetime.timedelta(days=2))
    closed = make_enquiry(world, when=timezone.now() - datetime.timedelta(days=30))
    follow_up.change_status(closed, EnquiryStatus.CLOSED, None, "gave_up")
    Enquiry.objects.filter(pk=closed.pk).update(
        last_activity_at=timezone.now() - datetime.timedelta(days=30)
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert run("send_reminders") == "1 enquiries without news for 7 days reminded"
    assert sorted(m.to[0] for m in mail.outbox) == [
        "nadia.besson@tdm.example.org",
        "paul.girard@cma.example.org",
    ]
    assert all(quiet.reference in m.body and "8 jours" in m.body for m in mail.outbox)
    assert quiet.events.filter(kind=EntryKind.REMINDER).count() == 1
    # Run again the same day: nobody is reminded twice.
    assert run("send_reminders") == "0 enquiries without news for 7 days reminded"
    # A reminder is not news: a week later the quiet enquiry is reminded again.
    later = timezone.now() + datetime.timedelta(days=7, minutes=1)
    assert follow_up.remind_waiting(now=later) == 2


def test_the_weekly_digest_lists_what_each_structure_follows(
    world, django_capture_on_commit_callbacks
):
    first = make_enquiry(world)
    second = make_enquiry(world)
    with django_capture_on_commit_callbacks(execute=True):
        assert run("send_reminders", "--digest") == "2 digests stored and queued"
    assert sorted(m.to[0] for m in mail.outbox) == [
        "nadia.besson@tdm.example.org",
        "paul.girard@cma.example.org",
    ]
    for message in mail.outbox:
        assert first.reference in message.body
        assert second.reference in message.body
        assert message.subject.startswith("2 demandes")
    assert Notification.objects.filter(kind=NotificationKind.DIGEST).count() == 2


def test_purge_anonymises_enquiries_idle_for_three_years_and_keeps_the_figures(world, settings):
    settings.ENQUIRY_RETENTION_DAYS = 3 * 365
    old = make_enquiry(world, when=timezone.now() - datetime.timedelta(days=3 * 365 + 1))
    follow_up.record(old, EntryKind.NOTE, None, "Anna rappelle lundi.")
    Enquiry.objects.filter(pk=old.pk).update(
        last_activity_at=timezone.now() - datetime.timedelta(days=3 * 365 + 1)
    )
    recent = make_enquiry(world, when=timezone.now() - datetime.timedelta(days=3 * 365 - 1))

    assert run("purge_enquiries") == (
        "1 enquiries anonymised\n0 event registrations anonymised\n0 search alerts anonymised"
    )
    old.refresh_from_db()
    assert (old.name, old.email, old.phone, old.description) == ("", "", "", "")
    assert old.anonymised_at is not None
    assert (old.sector, old.project_kind, old.status) == (
        Sector.CRAFTS,
        "take_over",
        EnquiryStatus.IN_PROGRESS,
    )
    assert list(old.wished_communities.all()) == [world.thiers_cc]
    assert set(EnquiryEvent.objects.filter(enquiry=old).values_list("text", flat=True)) == {""}
    assert set(old.notifications.values_list("body", "recipient")) == {("", "")}
    recent.refresh_from_db()
    assert recent.email == "anna.devries@example.nl"
    # Every night: nothing more to do.
    assert run("purge_enquiries") == (
        "0 enquiries anonymised\n0 event registrations anonymised\n0 search alerts anonymised"
    )


def test_everything_held_about_an_email_is_exported_then_erased(world):
    enquiry = make_enquiry(world)
    follow_up.record(enquiry, EntryKind.NOTE, None, "Premier contact par téléphone.")
    other = make_enquiry(world)
    Enquiry.objects.filter(pk=other.pk).update(email="someone.else@example.org")

    exported = privacy.export("ANNA.devries@example.nl ")
    assert [item["reference"] for item in exported["enquiries"]] == [enquiry.reference]
    item = exported["enquiries"][0]
    assert item["name"] == "Anna de Vries"
    assert item["wished_areas"] == [world.thiers_cc.name]
    assert "Premier contact par téléphone." in [e["text"] for e in item["timeline_entries"]]
    assert {mail_["to"] for mail_ in item["mails"]} >= {"anna.devries@example.nl"}

    assert privacy.erase("anna.devries@example.nl")["enquiries"] == 1
    assert privacy.export("anna.devries@example.nl")["enquiries"] == []
    assert Enquiry.objects.filter(email="someone.else@example.org").count() == 1
