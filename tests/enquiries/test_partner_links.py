"""Hand-overs to partners outside the portal: the link mailed to them, what it shows, their one
answer in the timeline, and who may see and revoke the links."""

import datetime
import hashlib

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.urls import reverse

from enquiries.models import EnquiryEvent, EntryKind, PartnerLink, PartnerLinkUse
from enquiries.privacy import anonymise
from foundation.models import Notification, NotificationKind
from tests.builders import fresh, module_world
from tests.enquiries.link_world import (
    CONFIDENTIAL_TOWN,
    build_link_world,
    link_to,
    refused,
)

pytestmark = pytest.mark.django_db

built_world = module_world(build_link_world)


@pytest.fixture
def world(built_world, settings):
    settings.ENQUIRY_RATE_LIMIT = "1000/h"
    return fresh(built_world)


def hand_over(client, world, user=None, **fields):
    client.force_login(user or world.cci_editor)
    data = {
        "email": "jeanne.martin@banque.example.fr",
        "name": "Jeanne Martin, Banque du Livradois",
        "note": "Project holder looking for a loan of 120 000 euros for the workshop.",
        "language": "fr",
        "days": "30",
        **fields,
    }
    response = client.post(reverse("enquiries:partner_handover", args=[world.enquiry.pk]), data)
    client.logout()
    return response


def partner_mail(world):
    return Notification.objects.filter(recipient="jeanne.martin@banque.example.fr").latest("pk")


def partner_path(world):
    path = link_to(partner_mail(world).body, "partner_link")
    assert path, partner_mail(world).body
    return path


def test_a_hand_over_mails_a_hashed_link_in_the_chosen_language(client, world):
    assert hand_over(client, world, language="nl").status_code == 302
    link = PartnerLink.objects.get()
    assert link.structure == world.cci and link.created_by == world.cci_editor
    assert link.expires_at - link.created_at == datetime.timedelta(days=30)
    mail = partner_mail(world)
    assert mail.kind == NotificationKind.HANDOVER
    path = partner_path(world)
    assert path.startswith("/nl/")
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert link.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in link.token_hash
    event = EnquiryEvent.objects.get(kind=EntryKind.PARTNER_HANDOVER)
    assert event.partner_link == link and event.author == world.cci_editor
    assert not event.visible_to_newcomer


def test_the_partner_sees_only_what_the_hand_over_shares(client, world):
    hand_over(client, world)
    response = client.get(partner_path(world))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "noindex" in response["X-Robots-Tag"]
    page = response.content.decode()
    assert "loan of 120 000 euros" in page
    assert world.enquiry.email not in page and world.enquiry.phone not in page
    assert "Is the workshop still available" not in page  # the newcomer's own words
    assert world.enquiry.listing_label not in page
    assert not CONFIDENTIAL_TOWN.search(page)
    assert not CONFIDENTIAL_TOWN.search(partner_mail(world).body)
    assert list(PartnerLinkUse.objects.values_list("action", flat=True)) == ["opened"]

    hand_over(client, world, share_contact="on", email="agence@immo.example.fr")
    link = PartnerLink.objects.get(email="agence@immo.example.fr")
    mail = Notification.objects.filter(recipient=link.email).latest("pk")
    page = client.get(link_to(mail.body, "partner_link")).content.decode()
    assert world.enquiry.email in page and world.enquiry.phone in page


def test_one_answer_lands_in_the_timeline_under_the_partners_name(client, world):
    hand_over(client, world)
    path = partner_path(world)
    before = Notification.objects.count()
    response = client.post(path, {"answer": "accepted", "note": "Appointment on 3 May."})
    assert response.status_code == 302
    answer = EnquiryEvent.objects.get(kind=EntryKind.PARTNER_ANSWER)
    assert answer.author_name == "Jeanne Martin, Banque du Livradois"
    assert answer.text == "Appointment on 3 May." and answer.structure == world.cci
    link = PartnerLink.objects.get()
    assert link.answer == "accepted" and link.answered_at
    told = Notification.objects.order_by("pk")[before:]
    assert [n.recipient for n in told] == [world.referent.email]

    # The page now says what was answered, and takes no other answer.
    page = BeautifulSoup(client.get(path).content, "html.parser")
    assert "Accepté" in page.select_one(".partner-link__answer").get_text()
    assert page.select_one("form.partner-link__form") is None
    client.post(path, {"answer": "declined", "note": "Changed my mind"})
    assert EnquiryEvent.objects.filter(kind=EntryKind.PARTNER_ANSWER).count() == 1
    assert PartnerLink.objects.get().answer == "accepted"
    uses = list(PartnerLinkUse.objects.values_list("action", flat=True))
    assert uses == ["answered", "opened"]

    client.force_login(world.cci_editor)
    inspect = client.get(reverse("enquiries:inspect", args=[world.enquiry.pk])).content.decode()
    assert "Appointment on 3 May." in inspect and "Jeanne Martin" in inspect


def test_a_note_answer_needs_its_note(client, world):
    hand_over(client, world)
    response = client.post(partner_path(world), {"answer": "note", "note": ""})
    assert response.status_code == 400
    assert not EnquiryEvent.objects.filter(kind=EntryKind.PARTNER_ANSWER).exists()


def test_tampered_expired_and_revoked_links_open_nothing(client, world):
    hand_over(client, world, days="2")
    path = partner_path(world)
    tampered = path[:-2] + ("A" if path[-2] != "A" else "B") + "/"
    assert client.get(tampered).status_code == 404
    link = PartnerLink.objects.get()
    with time_machine.travel(link.expires_at + datetime.timedelta(minutes=1)):
        response = client.get(path)
        assert response.status_code == 410 and "Il a expiré." in response.content.decode()
        response = client.post(path, {"answer": "accepted"})
        assert response.status_code == 410
    assert not EnquiryEvent.objects.filter(kind=EntryKind.PARTNER_ANSWER).exists()

    client.force_login(world.cci_editor)
    revoke = reverse("enquiries:partner_revoke", args=[world.enquiry.pk])
    assert client.post(revoke, {"link": link.pk}).status_code == 302
    client.logout()
    response = client.get(path)
    assert response.status_code == 410 and "Il a été retiré" in response.content.decode()
    assert list(PartnerLinkUse.objects.values_list("action", flat=True)) == ["refused"] * 3


def test_an_editor_cannot_see_or_revoke_another_structures_links(client, world):
    hand_over(client, world)
    link = PartnerLink.objects.get()
    # The CMA follows the enquiry too, but did not hand it over.
    world.enquiry.structures.add(world.cma)
    client.force_login(world.cma_editor)
    inspect = client.get(reverse("enquiries:inspect", args=[world.enquiry.pk]))
    assert inspect.status_code == 200
    soup = BeautifulSoup(inspect.content, "html.parser")
    assert soup.select(f'tr.partner-link[data-link="{link.pk}"]') == []
    revoke = reverse("enquiries:partner_revoke", args=[world.enquiry.pk])
    assert refused(client.post(revoke, {"link": link.pk}))
    link.refresh_from_db()
    assert link.revoked_at is None

    # A structure that does not follow the enquiry cannot hand it over either.
    world.enquiry.structures.remove(world.cma)
    assert refused(hand_over(client, world, user=world.cma_editor))
    assert PartnerLink.objects.count() == 1

    client.force_login(world.coordinator)
    soup = BeautifulSoup(
        client.get(reverse("enquiries:inspect", args=[world.enquiry.pk])).content,
        "html.parser",
    )
    assert soup.select(f'tr.partner-link[data-link="{link.pk}"]')
    client.post(revoke, {"link": link.pk})
    link.refresh_from_db()
    assert link.revoked_by == world.coordinator


def test_a_note_naming_the_confidential_offers_town_is_refused(client, world):
    response = hand_over(client, world, note="The workshop at Celles-sur-Durolle, 63250.")
    assert response.status_code == 400
    assert not PartnerLink.objects.exists()
    assert not Notification.objects.filter(kind=NotificationKind.HANDOVER).exists()


def test_erasure_revokes_the_links_and_blanks_what_they_shared(client, world):
    hand_over(client, world)
    path = partner_path(world)
    anonymise(type(world.enquiry).objects.filter(pk=world.enquiry.pk))
    link = PartnerLink.objects.get()
    assert link.note == "" and link.revoked_at is not None
    assert client.get(path).status_code == 410
