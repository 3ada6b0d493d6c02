"""The newcomer's settling file: the private link of the acknowledgement, what it shows, what
the newcomer adds to it, and every way a link stops working."""

import datetime
import hashlib
import importlib
import io
import json
from pathlib import Path

import pytest
import time_machine
from bs4 import BeautifulSoup
from PIL import Image

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from directory.permissions import give_structure_editors
from enquiries import follow_up
from enquiries.models import (
    Enquiry,
    EnquiryEvent,
    EnquiryStatus,
    EntryKind,
    Need,
    ProjectTimeline,
    SettlingFileLink,
)
from enquiries.privacy import anonymise
from foundation import privacy
from foundation.models import Notification, NotificationKind
from tests.builders import fresh, module_world
from tests.enquiries.link_world import (
    CONFIDENTIAL_TOWN,
    build_link_world,
    file_path,
    refused,
)

pytestmark = pytest.mark.django_db

built_world = module_world(build_link_world)


@pytest.fixture
def world(built_world, settings):
    settings.ENQUIRY_RATE_LIMIT = "1000/h"
    return fresh(built_world)


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buffer, "PNG")
    return buffer.getvalue()


def add(client, path, message="", document=None):
    data = {"action": "add", "message": message}
    if document is not None:
        data["document"] = document
    return client.post(path, data)


def test_the_acknowledgement_opens_the_file_in_the_newcomers_language(client, world):
    path = file_path(world.enquiry)
    assert path.startswith("/en/")
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert len(token) >= 40
    # Only the hash is kept: the mail holds the one copy of the secret.
    link = SettlingFileLink.objects.get(enquiry=world.enquiry)
    assert link.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert not SettlingFileLink.objects.filter(token_hash=token).exists()

    response = client.get(path)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    # Its address, which holds the secret, goes to no other site.
    assert response["Referrer-Policy"] == "same-origin"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    text = soup.get_text(" ")
    assert world.enquiry.reference in text
    assert "Assigned" in soup.select_one(".settling-file__status").get_text()
    assert "Claire Dumas" in text and "Nadia Besson" in text
    assert world.community_referent.email in text
    # The language switcher leads to the same file in French.
    french = soup.select_one('.language-switcher a[hreflang="fr"]')["href"]
    assert french == f"/fr/dossier-installation/{token}/"
    response = client.get(french)
    assert response.status_code == 200
    timeline = BeautifulSoup(response.content, "html.parser").select_one(
        ".settling-file__timeline"
    )
    assert "Statut : Attribuée" in timeline.get_text()


def test_a_tampered_or_unknown_link_is_a_404_said_in_words(client, world):
    path = file_path(world.enquiry)
    tampered = path[:-2] + ("A" if path[-2] != "A" else "B") + "/"
    for wrong in (tampered, "/en/settling-file/nothing/"):
        response = client.get(wrong)
        assert response.status_code == 404
        assert "Unknown link" in response.content.decode()
        assert "noindex" in response["X-Robots-Tag"]


def test_a_revoked_link_is_gone_and_a_new_one_is_mailed(client, world):
    old = file_path(world.enquiry)
    client.force_login(world.cci_editor)
    url = reverse("enquiries:settling_file", args=[world.enquiry.pk])
    assert client.post(url, {"action": "revoke"}).status_code == 302
    client.logout()
    response = client.get(old)
    assert response.status_code == 410
    assert "withdrawn" in response.content.decode()

    client.force_login(world.coordinator)
    client.post(url, {"action": "resend"})
    client.logout()
    new = file_path(world.enquiry)
    assert new != old
    assert client.get(new).status_code == 200
    assert client.get(old).status_code == 410


def test_an_editor_of_a_structure_not_following_cannot_revoke_or_resend(client, world):
    path = file_path(world.enquiry)
    client.force_login(world.cma_editor)
    url = reverse("enquiries:settling_file", args=[world.enquiry.pk])
    for action in ("revoke", "resend"):
        assert refused(client.post(url, {"action": action}))
    client.logout()
    assert client.get(path).status_code == 200


def test_the_file_expires_90_days_after_the_enquiry_closes(client, world):
    path = file_path(world.enquiry)
    follow_up.change_status(world.enquiry, EnquiryStatus.CLOSED, world.cci_editor, "gave_up")
    world.enquiry.refresh_from_db()
    closed_at = world.enquiry.closed_at
    assert closed_at is not None
    with time_machine.travel(closed_at + datetime.timedelta(days=89)):
        assert client.get(path).status_code == 200
    with time_machine.travel(closed_at + datetime.timedelta(days=90, minutes=1)):
        response = client.get(path)
        assert response.status_code == 410
        assert "expired" in response.content.decode()
    # Open again: the file is too.
    follow_up.change_status(world.enquiry, EnquiryStatus.IN_PROGRESS, world.cci_editor)
    world.enquiry.refresh_from_db()
    assert world.enquiry.closed_at is None
    with time_machine.travel(closed_at + datetime.timedelta(days=200)):
        assert client.get(path).status_code == 200


def test_an_anonymised_enquiry_has_no_file(client, world):
    path = file_path(world.enquiry)
    anonymise(type(world.enquiry).objects.filter(pk=world.enquiry.pk))
    assert client.get(path).status_code == 410


def test_the_timeline_shows_what_the_structures_mark_visible_and_statuses_only(client, world):
    follow_up.record(world.enquiry, EntryKind.NOTE, world.cci_editor, "Internal: price is firm")
    follow_up.record(
        world.enquiry,
        EntryKind.CALL,
        world.cci_editor,
        "We called you: visit on 12 March.",
        visible_to_newcomer=True,
    )
    text = BeautifulSoup(client.get(file_path(world.enquiry)).content, "html.parser").get_text()
    assert "visit on 12 March" in text
    assert "price is firm" not in text
    # The routing's own words (the structures' roles) stay inside the network.
    assert "Technical referent:" not in text
    assert "In progress" in text

    # The admin shows the entry to the newcomer, or hides it again.
    hidden = EnquiryEvent.objects.get(text="Internal: price is firm")
    client.force_login(world.cci_editor)
    url = reverse("enquiries:timeline_visibility", args=[world.enquiry.pk])
    client.post(url, {"event": hidden.pk, "visible": "1"})
    # And the follow-up form's box writes an entry the newcomer reads; unticked, they do not.
    follow_up_url = reverse("enquiries:follow_up", args=[world.enquiry.pk])
    client.post(follow_up_url, {"kind": "meeting", "text": "Met at the chamber, kept"})
    client.post(
        follow_up_url,
        {"kind": "meeting", "text": "Met at the workshop, shown", "visible_to_newcomer": "on"},
    )
    client.logout()
    page = client.get(file_path(world.enquiry)).content.decode()
    assert "price is firm" in page
    assert "Met at the workshop, shown" in page and "Met at the chamber, kept" not in page


def test_the_file_costs_the_same_queries_for_one_entry_or_many(client, world):
    path = file_path(world.enquiry)
    client.get(path)  # what the site's first page reads once (its root, its settings)

    def queries_after(entries):
        for number in range(entries):
            follow_up.record(
                world.enquiry, EntryKind.CALL, world.cci_editor, f"Call {number}",
                visible_to_newcomer=True,
            )  # fmt: skip
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    assert queries_after(1) == queries_after(5)


def test_a_structure_shares_its_own_entries_not_another_structures(client, world):
    follow_up.record(world.enquiry, EntryKind.NOTE, world.cci_editor, "Internal: price is firm")
    note = EnquiryEvent.objects.get(text="Internal: price is firm")
    community_editor = get_user_model().objects.create_user("cc", "cc@example.org", "pw")
    community_editor.groups.add(give_structure_editors(world.community))
    url = reverse("enquiries:timeline_visibility", args=[world.enquiry.pk])
    # The community follows the enquiry too, but the chamber's note is not its to share.
    client.force_login(community_editor)
    assert refused(client.post(url, {"event": note.pk, "visible": "1"}))
    assert "price is firm" not in client.get(file_path(world.enquiry)).content.decode()
    # The network's coordinator may.
    client.force_login(world.coordinator)
    assert client.post(url, {"event": note.pk, "visible": "1"}).status_code == 302
    assert "price is firm" in client.get(file_path(world.enquiry)).content.decode()


def test_a_message_lands_in_the_timeline_and_the_referents_are_told(client, world):
    path = file_path(world.enquiry)
    before = Notification.objects.count()
    last_activity = Enquiry.objects.get(pk=world.enquiry.pk).last_activity_at
    response = add(client, path, "We have the bank agreement in principle.")
    assert response.status_code == 302
    # The network's last activity stays: its reminders still come if nobody answers.
    assert Enquiry.objects.get(pk=world.enquiry.pk).last_activity_at == last_activity
    event = EnquiryEvent.objects.get(kind=EntryKind.NEWCOMER_MESSAGE)
    assert event.visible_to_newcomer and event.enquiry_id == world.enquiry.pk
    told = Notification.objects.order_by("pk")[before:]
    assert sorted(n.recipient for n in told) == sorted(
        [world.referent.email, world.community_referent.email]
    )
    assert all(n.kind == NotificationKind.REFERRAL for n in told)
    assert all("bank agreement" in n.body for n in told)
    assert "bank agreement" in client.get(path).content.decode()
    # The referent reads it in the enquiry's file in the admin.
    client.force_login(world.cci_editor)
    inspect = client.get(reverse("enquiries:inspect", args=[world.enquiry.pk]))
    assert "bank agreement" in inspect.content.decode()


def test_documents_are_checked_by_content_and_size_and_kept_private(client, world, settings):
    path = file_path(world.enquiry)
    fake = SimpleUploadedFile("devis.pdf", b"MZ not a pdf at all", "application/pdf")
    response = add(client, path, "My quote", fake)
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert "PDF, JPEG or PNG" in soup.select_one("#form-problem").get_text()
    assert soup.select_one('textarea[name="message"]').get_text().strip() == "My quote"

    limit = settings.SETTLING_FILE_MAX_BYTES
    settings.SETTLING_FILE_MAX_BYTES = 100
    big = SimpleUploadedFile("plan.png", png_bytes() + b"\0" * 200, "image/png")
    response = add(client, path, "My plan", big)
    assert response.status_code == 400
    assert "too large" in response.content.decode()
    settings.SETTLING_FILE_MAX_BYTES = limit

    # A few kilobytes that would unfold into 49 million pixels: refused before decoding.
    buffer = io.BytesIO()
    Image.new("1", (7000, 7000)).save(buffer, "PNG")
    bomb = SimpleUploadedFile("scan.png", buffer.getvalue(), "image/png")
    response = add(client, path, "My scan", bomb)
    assert response.status_code == 400
    assert "40 million pixels at most" in response.content.decode()

    # A picture, named as a PDF: what counts is its content.
    picture = SimpleUploadedFile("celles-sur-durolle.pdf", png_bytes(), "application/pdf")
    assert add(client, path, "", picture).status_code == 302
    event = EnquiryEvent.objects.get(kind=EntryKind.NEWCOMER_DOCUMENT)
    assert event.document_type == "image/png"
    stored = Path(event.document.path)
    assert stored.suffix == ".png" and "celles" not in stored.name
    assert str(stored).startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))

    document_url = reverse("settling_file_document", args=[path.split("/")[-2], event.pk])
    response = client.get(document_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")

    admin_url = reverse("enquiry_document", args=[event.pk])
    client.force_login(world.cci_editor)
    assert client.get(admin_url).status_code == 200
    client.force_login(world.cma_editor)
    assert refused(client.get(admin_url))

    # Exported with the person's data, and gone with their erasure.
    exported = privacy.export(world.enquiry.email)["enquiries"][0]
    [entry] = [e for e in exported["timeline_entries"] if "document" in e]
    assert entry["document"]["type"] == "image/png"
    json.dumps(exported)


def test_erasure_deletes_the_documents(client, world, django_capture_on_commit_callbacks):
    path = file_path(world.enquiry)
    add(client, path, "", SimpleUploadedFile("a.png", png_bytes(), "image/png"))
    stored = Path(EnquiryEvent.objects.get(kind=EntryKind.NEWCOMER_DOCUMENT).document.path)
    assert stored.exists()
    with django_capture_on_commit_callbacks(execute=True):
        privacy.erase(world.enquiry.email)
    assert not stored.exists()
    assert EnquiryEvent.objects.get(kind=EntryKind.NEWCOMER_DOCUMENT).document == ""


def test_the_project_update_goes_into_the_timeline(client, world):
    path = file_path(world.enquiry)
    response = client.post(
        path,
        {
            "action": "project",
            "description": world.enquiry.description,
            "timeline": "6_months",
            "needs": ["housing"],
        },
    )
    assert response.status_code == 302
    world.enquiry.refresh_from_db()
    assert world.enquiry.timeline == "6_months" and world.enquiry.needs == ["housing"]
    event = EnquiryEvent.objects.get(kind=EntryKind.PROJECT_UPDATE)
    # In the network's language, as the rest of the timeline.
    with translation.override("fr"):
        expected = [str(ProjectTimeline.WITHIN_6_MONTHS.label), str(Need.HOUSING.label)]
    assert all(label in event.text for label in expected), event.text
    assert "description" not in event.text.lower()


def test_posts_are_rate_limited_and_keep_what_was_typed(client, world, settings):
    settings.ENQUIRY_RATE_LIMIT = "1/h"
    path = file_path(world.enquiry)
    assert add(client, path, "First").status_code == 302
    response = add(client, path, "Second, kept")
    assert response.status_code == 429
    assert "Second, kept" in response.content.decode()
    assert EnquiryEvent.objects.filter(kind=EntryKind.NEWCOMER_MESSAGE).count() == 1


def test_the_confidential_offers_town_never_shows(client, world):
    acknowledgement = Notification.objects.get(
        enquiry=world.enquiry, kind=NotificationKind.ACKNOWLEDGEMENT
    )
    assert not CONFIDENTIAL_TOWN.search(acknowledgement.body)
    page = client.get(file_path(world.enquiry)).content.decode()
    assert world.enquiry.reference in page
    assert not CONFIDENTIAL_TOWN.search(page)

    # A note naming the town cannot be shown to the newcomer.
    client.force_login(world.cci_editor)
    response = client.post(
        reverse("enquiries:follow_up", args=[world.enquiry.pk]),
        {"kind": "call", "text": "Visit at Celles-sur-Durolle", "visible_to_newcomer": "on"},
    )
    assert response.status_code == 400
    assert not EnquiryEvent.objects.filter(text__contains="Durolle").exists()
    follow_up.record(
        world.enquiry, EntryKind.NOTE, world.cci_editor, "Seller in Celles s/ Durolle"
    )
    note = EnquiryEvent.objects.get(text="Seller in Celles s/ Durolle")
    client.post(
        reverse("enquiries:timeline_visibility", args=[world.enquiry.pk]),
        {"event": note.pk, "visible": "1"},
    )
    note.refresh_from_db()
    assert not note.visible_to_newcomer


def test_a_deleted_enquiry_takes_its_documents_with_it(
    client, world, django_capture_on_commit_callbacks
):
    add(client, file_path(world.enquiry), "", SimpleUploadedFile("a.png", png_bytes()))
    stored = Path(EnquiryEvent.objects.get(kind=EntryKind.NEWCOMER_DOCUMENT).document.path)
    with django_capture_on_commit_callbacks(execute=True):
        type(world.enquiry).objects.filter(pk=world.enquiry.pk).delete()
    assert not stored.exists()


def test_the_migration_records_when_enquiries_already_closed_did(world):
    migration = importlib.import_module(
        "enquiries.migrations.0002_settling_file_and_partner_links"
    )
    follow_up.change_status(world.enquiry, EnquiryStatus.SETTLED, world.cci_editor)
    settled = EnquiryEvent.objects.get(kind=EntryKind.STATUS, status_to=EnquiryStatus.SETTLED)
    # Some later activity: the change of status is what tells when it closed.
    type(world.enquiry).objects.filter(pk=world.enquiry.pk).update(
        closed_at=None, last_activity_at=settled.created_at + datetime.timedelta(days=3)
    )
    migration.record_closing_times(django_apps, None)
    world.enquiry.refresh_from_db()
    assert world.enquiry.closed_at == settled.created_at
