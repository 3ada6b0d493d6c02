"""The newcomer's side: present a project or answer a listing, get a reference and a mail."""

import datetime
import re

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.core import mail
from django.utils import timezone, translation

from enquiries.forms import CONSENT_VERSION
from enquiries.models import Enquiry, EnquiryStatus, EntryKind
from foundation.models import Notification, NotificationKind, NotificationStatus
from foundation.vocabularies import Availability
from tests.builders import form_ready, module_world
from tests.enquiries.enquiry_world import (
    build_enquiry_world,
    interest_data,
    project_data,
    url_in,
)

pytestmark = pytest.mark.django_db


built_world = module_world(build_enquiry_world)


@pytest.fixture
def world(built_world, settings):
    return form_ready(built_world, settings)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def post(client, url, data, capture):
    with capture(execute=True):
        return client.post(url, data)


@pytest.mark.parametrize(
    ("language", "path"),
    [
        ("fr", "/fr/presenter-mon-projet/"),
        ("en", "/en/present-my-project/"),
        ("nl", "/nl/mijn-project-voorstellen/"),
    ],
)
def test_the_project_page_has_its_address_in_each_language(client, world, language, path):
    assert url_in(language, "present_project") == path
    page = soup(client.get(path))
    assert page.html["lang"] == language
    form = page.find("form", class_="enquiry-form")
    assert form["action"] == path
    assert form.find("input", attrs={"name": "consent", "type": "checkbox"})
    # The privacy notice stands at the form, before the consent it explains.
    notice = form.find("section", class_="privacy-notice")
    assert notice is not None
    assert len(notice.find_all("dt")) == 6
    # Every visible field has a label.
    for field in form.find_all(["input", "select", "textarea"]):
        if field.get("type") in ("hidden", "submit") or field["name"] == "website":
            continue
        assert form.find("label", attrs={"for": field["id"]}), field["name"]


def test_a_project_is_stored_routed_and_acknowledged(
    client, world, django_capture_on_commit_callbacks
):
    response = post(
        client,
        url_in("en", "present_project"),
        project_data(world),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert response["Location"] == url_in("en", "enquiry_thanks")

    enquiry = Enquiry.objects.get()
    assert enquiry.name == "Anna de Vries"
    assert enquiry.language == "en"
    assert enquiry.needs == ["housing", "school"]
    assert list(enquiry.wished_communities.all()) == [world.thiers_cc]
    assert enquiry.consent_version == CONSENT_VERSION
    assert enquiry.consent_at is not None
    assert re.fullmatch(r"IV-[2-9A-HJKMNP-Z]{6}", enquiry.reference)
    # Crafts go to the chamber of trades; Thiers' community of communes is the territory.
    assert enquiry.technical_structure == world.cma
    assert enquiry.territorial_structure == world.community
    assert set(enquiry.structures.all()) == {world.cma, world.community}
    assert enquiry.status == EnquiryStatus.ASSIGNED
    assert list(enquiry.events.values_list("kind", flat=True)) == [EntryKind.ROUTED]

    assert sorted(message.to[0] for message in mail.outbox) == [
        "anna.devries@example.nl",
        "nadia.besson@tdm.example.org",
        "paul.girard@cma.example.org",
    ]
    acknowledgement = next(m for m in mail.outbox if m.to == ["anna.devries@example.nl"])
    assert enquiry.reference in acknowledgement.subject
    assert "Hello Anna de Vries" in acknowledgement.body
    assert "Chambre de métiers d'Ambert: Paul Girard" in acknowledgement.body
    assert "within 5 working days" in acknowledgement.body
    referral = next(m for m in mail.outbox if m.to == ["paul.girard@cma.example.org"])
    # Referents work in French, with a link to the enquiry in the admin.
    assert "Nouvelle demande" in referral.subject
    assert f"http://testserver/admin/network/enquiries/inspect/{enquiry.pk}/" in referral.body
    assert set(Notification.objects.values_list("status", flat=True)) == {NotificationStatus.SENT}


def test_the_confirmation_gives_the_reference_and_who_will_call(
    client, world, django_capture_on_commit_callbacks
):
    post(
        client,
        url_in("fr", "present_project"),
        project_data(world),
        django_capture_on_commit_callbacks,
    )
    enquiry = Enquiry.objects.get()
    page = soup(client.get(url_in("fr", "enquiry_thanks")))
    assert page.find("strong", class_="reference").get_text() == enquiry.reference
    assert [a.get_text() for a in page.select(".structure-list a")] == [
        "Chambre de métiers d'Ambert",
        "Communauté de communes Thiers Dore et Montagne",
    ]


def test_the_acknowledgement_speaks_the_newcomers_language(
    client, world, django_capture_on_commit_callbacks
):
    post(
        client,
        url_in("nl", "present_project"),
        project_data(world),
        django_capture_on_commit_callbacks,
    )
    acknowledgement = next(m for m in mail.outbox if m.to == ["anna.devries@example.nl"])
    assert acknowledgement.subject.startswith("Uw aanvraag")
    assert "Hallo Anna de Vries" in acknowledgement.body


def test_what_the_network_reads_of_a_dutch_enquiry_is_in_french(
    client, world, django_capture_on_commit_callbacks
):
    data = {**project_data(world), "description": "Wij willen een bakkerij overnemen."}
    post(client, url_in("nl", "present_project"), data, django_capture_on_commit_callbacks)
    enquiry = Enquiry.objects.get(email="anna.devries@example.nl")
    routed = enquiry.events.get(kind=EntryKind.ROUTED)
    assert routed.text.startswith("Référent technique : ") or routed.text.startswith(
        "Référent technique: "
    )
    assert "Technisch" not in routed.text
    referral = next(m for m in mail.outbox if m.to != ["anna.devries@example.nl"])
    assert referral.subject.startswith("Nouvelle demande")
    assert "Écrit en : Nederlands" in referral.body or "Écrit en: Nederlands" in referral.body
    # The newcomer's own words stay as typed, marked with their language.
    assert enquiry.description == "Wij willen een bakkerij overnemen."
    assert enquiry.language == "nl"


def test_interest_in_a_listing_goes_to_its_structure(
    client, world, django_capture_on_commit_callbacks
):
    listing_page = soup(client.get(world.premises.url))
    form = listing_page.find("section", class_="interest").find("form")
    assert form["action"] == url_in("fr", "listing_enquiry", world.premises.pk)

    response = post(client, form["action"], interest_data(), django_capture_on_commit_callbacks)
    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert enquiry.listing.pk == world.premises.pk
    assert enquiry.listing_label == f"Boutique sur la place ({world.premises.reference})"
    assert enquiry.technical_structure == world.cci
    assert enquiry.territorial_structure == world.community
    assert "claire" in " ".join(m.to[0] for m in mail.outbox).lower() or any(
        m.to == [world.referent.email] for m in mail.outbox
    )


def test_a_taken_listing_takes_no_more_enquiries(client, world):
    world.premises.availability = Availability.TAKEN
    world.premises.save_revision().publish()
    assert client.get(url_in("fr", "listing_enquiry", world.premises.pk)).status_code == 404
    assert (
        client.post(
            url_in("fr", "listing_enquiry", world.premises.pk), interest_data()
        ).status_code
        == 404
    )
    assert client.get(url_in("fr", "listing_enquiry", 999_999)).status_code == 404
    assert not Enquiry.objects.exists()


@pytest.mark.parametrize(
    "trap",
    [
        {"website": "http://cheap-pills.example"},
        {"started": "forged"},
        {"started": ""},
    ],
)
def test_robots_get_a_thank_you_and_nothing_is_stored(client, world, trap):
    response = client.post(url_in("en", "present_project"), project_data(world, **trap))
    assert response.status_code == 302
    assert not Enquiry.objects.exists()
    assert not mail.outbox
    page = soup(client.get(response["Location"]))
    assert page.find("strong", class_="reference") is None


def test_a_form_is_taken_once(client, world, django_capture_on_commit_callbacks):
    """A form sent again with its token (a replay, or "back" and send) makes no second
    enquiry: it is shown again, filled in, with a fresh token to send it once more."""
    data = project_data(world)
    url = url_in("en", "present_project")
    first = post(client, url, data, django_capture_on_commit_callbacks)
    again = post(client, url, data, django_capture_on_commit_callbacks)
    assert (first.status_code, again.status_code) == (302, 400)
    assert "This form was sent already" in again.content.decode()
    assert Enquiry.objects.count() == 1
    assert len([m for m in mail.outbox if m.to == ["anna.devries@example.nl"]]) == 1
    form = soup(again).find("form", class_="enquiry-form")
    assert form.find("input", attrs={"name": "name"})["value"] == "Anna de Vries"
    renewed = form.find("input", attrs={"name": "started"})["value"]
    once_more = post(client, url, {**data, "started": renewed}, django_capture_on_commit_callbacks)
    assert once_more.status_code == 302
    assert Enquiry.objects.count() == 2


def test_a_form_left_open_for_days_is_shown_again_with_what_was_typed(client, world):
    with time_machine.travel(timezone.now() - datetime.timedelta(days=2)):
        data = project_data(world, description="Une boulangerie, avec mon mari.")
    response = client.post(url_in("fr", "present_project"), data)
    assert response.status_code == 400
    page = soup(response)
    assert "plus d’un jour" in page.text or "plus d'un jour" in page.text
    form = page.find("form", class_="enquiry-form")
    assert form.find("textarea", attrs={"name": "description"}).text.strip() == (
        "Une boulangerie, avec mon mari."
    )
    renewed = form.find("input", attrs={"name": "started"})["value"]
    assert renewed != data["started"]
    assert not Enquiry.objects.exists()
    response = client.post(url_in("fr", "present_project"), {**data, "started": renewed})
    assert response.status_code == 302
    assert Enquiry.objects.count() == 1


def test_a_form_sent_faster_than_a_person_reads_is_dropped(client, world, settings):
    settings.ENQUIRY_MIN_FILL_SECONDS = 60
    response = client.post(url_in("en", "present_project"), project_data(world))
    assert response.status_code == 302
    assert not Enquiry.objects.exists()


def test_too_many_enquiries_from_one_client_answer_429_and_keep_the_text(
    client, world, settings, django_capture_on_commit_callbacks
):
    settings.ENQUIRY_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert (
            post(
                client,
                url_in("fr", "present_project"),
                project_data(world),
                django_capture_on_commit_callbacks,
            ).status_code
            == 302
        )
    response = client.post(
        url_in("fr", "present_project"), project_data(world, name="Troisième Essai")
    )
    assert response.status_code == 429
    page = soup(response)
    assert "Trop de demandes" in page.find(id="form-problem").get_text()
    assert page.find("input", attrs={"name": "name"})["value"] == "Troisième Essai"
    assert Enquiry.objects.count() == 2


def test_behind_the_proxy_each_client_has_a_rate_limit_of_its_own(
    client, world, settings, django_capture_on_commit_callbacks
):
    # Every request comes from the proxy's address; the proxy names the client in X-Real-IP.
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.ENQUIRY_RATE_LIMIT = "2/h"

    def send(address):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                url_in("fr", "present_project"),
                project_data(world),
                REMOTE_ADDR="10.0.0.2",
                HTTP_X_REAL_IP=address,
            ).status_code

    assert [send("203.0.113.7") for _ in range(3)] == [302, 302, 429]
    # Another newcomer behind the same proxy is not blocked by the first one.
    assert send("198.51.100.23") == 302
    assert Enquiry.objects.count() == 3


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "anna@", "Saisissez une adresse e-mail valide."),
        ("phone", "call me maybe", "Saisissez un numéro de téléphone"),
        ("name", "<b>Anna</b>", "sans balises HTML"),
        ("name", "Anna\r\nBcc: tous@example.org", "sur une seule ligne"),
        ("current_place", "Utrecht\u202e sab-syaP", "sur une seule ligne"),
        ("description", "x" * 5001, "au plus 5000 caractères"),
        ("project_kind", "castle", "Sélectionnez un choix valide"),
        ("needs", ["housing", "yacht"], "Sélectionnez un choix valide"),
        ("household_children", "-1", "supérieure ou égale à 0"),
        ("household_children", "99", "inférieure ou égale à 20"),
        ("consent", "", "Cochez cette case"),
    ],
)
def test_bad_input_is_refused_in_the_readers_language_and_nothing_is_lost(
    client, world, field, value, message
):
    data = project_data(world, **{field: value})
    if field == "consent":
        del data["consent"]
    response = client.post(url_in("fr", "present_project"), data)
    assert response.status_code == 400
    page = soup(response)
    error = page.find(id=f"id_{field}-error")
    assert error is not None, field
    assert message in error.get_text()
    assert page.find(id="form-problem").find("a", href=re.compile(f"#id_{field}"))
    if page.find("input", attrs={"name": field}) and field not in ("needs", "project_kind"):
        assert page.find("input", attrs={"name": field})["aria-invalid"] == "true"
    # What was typed is still there, the refused value included.
    typed = value if field == "current_place" else "Utrecht, Pays-Bas"
    assert page.find("input", attrs={"name": "current_place"})["value"] == typed
    assert b"<b>Anna</b>" not in response.content
    assert not Enquiry.objects.exists()


def test_a_campaign_link_is_remembered_with_the_enquiry(
    client, world, django_capture_on_commit_callbacks
):
    page = soup(client.get(url_in("fr", "present_project"), {"utm_campaign": "salon-2027"}))
    assert page.find("input", attrs={"name": "campaign"})["value"] == "salon-2027"
    post(
        client,
        url_in("fr", "present_project"),
        project_data(world, campaign="salon-2027"),
        django_capture_on_commit_callbacks,
    )
    assert Enquiry.objects.get().campaign == "salon-2027"
    page = soup(client.get(url_in("fr", "present_project"), {"campaign": "<script>"}))
    assert page.find("input", attrs={"name": "campaign"}).get("value", "") == ""


def test_without_a_rule_the_enquiry_waits_for_the_coordinator(
    client, world, django_capture_on_commit_callbacks
):
    from enquiries.models import RoutingRule

    RoutingRule.objects.all().delete()
    post(
        client,
        url_in("en", "present_project"),
        project_data(world),
        django_capture_on_commit_callbacks,
    )
    enquiry = Enquiry.objects.get()
    assert enquiry.status == EnquiryStatus.NEW
    assert enquiry.technical_structure is None
    assert [n.kind for n in Notification.objects.all()] == [NotificationKind.ACKNOWLEDGEMENT]
    assert "coordinator will contact you" in mail.outbox[0].body


def test_the_project_page_costs_a_fixed_number_of_queries(
    client, world, django_assert_num_queries
):
    url = url_in("fr", "present_project")
    client.get(url)
    with translation.override("fr"), django_assert_num_queries(7):
        assert client.get(url).status_code == 200
