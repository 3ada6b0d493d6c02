"""Events: the calendar, registering, the waiting list, the mails, cancelling, the export."""

import datetime
import io
import re
import threading
from urllib.parse import urlsplit

import pytest
import time_machine
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from directory.permissions import give_coordinators, give_structure_editors
from foundation.models import Notification, NotificationKind
from foundation.privacy import erase, export
from promotion.events import cancel, purge_registrations, register
from promotion.factories import EventIndexPageFactory, EventPageFactory
from promotion.models import EventPage, EventRegistration, EventSeats, RegistrationStatus
from promotion.models.events import seats_left
from tests.builders import (
    build_skeleton,
    build_world,
    fresh,
    module_world,
    publish,
    translate,
    without_pages,
)
from tests.enquiries.enquiry_world import started_token, url_in

pytestmark = pytest.mark.django_db


def open_forms(settings):
    settings.ENQUIRY_MIN_FILL_SECONDS = 0
    settings.ENQUIRY_RATE_LIMIT = "1000/h"
    cache.clear()


def build_events_world(translated=False):
    world = build_world(translated=translated)
    world.calendar = publish(EventIndexPageFactory(parent=world.home))
    world.weekend = publish(
        EventPageFactory(
            parent=world.calendar,
            title="Week-end d'immersion à Thiers",
            capacity=2,
            commune=world.thiers,
            programme=[
                (
                    "step",
                    {"starts_at": datetime.time(9, 30), "title": "Accueil", "text": "Café."},
                ),
                ("step", {"starts_at": datetime.time(11, 0), "title": "Visite des locaux"}),
            ],
        )
    )
    return world


built_world = module_world(build_events_world)


@pytest.fixture
def world(built_world, settings):
    open_forms(settings)
    return fresh(built_world)


@pytest.fixture
def translated_world(settings, db):
    # Few tests need it: built for each of them in place of the module's world, rolled back.
    open_forms(settings)
    without_pages()
    return build_events_world(translated=True)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def registration_data(**fields):
    return {
        "name": "Anna de Vries",
        "email": "anna.devries@example.nl",
        "phone": "",
        "people": "1",
        "project": "Reprendre une boulangerie.",
        "consent": "on",
        "started": started_token(),
        "website": "",
        **fields,
    }


def send(client, event, capture, language="fr", **fields):
    with capture(execute=True):
        return client.post(
            url_in(language, "event_register", event.pk), registration_data(**fields)
        )


def cancel_link(message):
    return re.search(r"https?://\S+/(?:annuler|cancel|annuleren)/\S+/", message.body).group(0)


def test_the_event_page_shows_its_programme_seats_and_form(client, world):
    page = soup(client.get(world.weekend.url))
    steps = [step.get_text(" ", strip=True) for step in page.select(".programme__step")]
    assert steps == ["09:30 Accueil Café.", "11:00 Visite des locaux"]
    assert "2 places restantes" in page.select_one(".facts").get_text()
    form = page.find("form", class_="enquiry-form")
    assert form["action"] == url_in("fr", "event_register", world.weekend.pk)
    for field in form.find_all(["input", "textarea"]):
        if field.get("type") in ("hidden", "submit") or field["name"] == "website":
            continue
        assert form.find("label", attrs={"for": field["id"]}), field["name"]


def test_registering_is_stored_confirmed_and_mailed_with_a_cancellation_link(
    client, world, django_capture_on_commit_callbacks
):
    response = send(client, world.weekend, django_capture_on_commit_callbacks, people="2")
    assert response.status_code == 302
    assert response["Location"] == url_in("fr", "event_registered")
    registration = EventRegistration.objects.get()
    assert (registration.status, registration.people, registration.language) == (
        RegistrationStatus.CONFIRMED,
        2,
        "fr",
    )
    assert registration.event_id == world.weekend.pk
    thanks = soup(client.get(response["Location"])).get_text()
    assert "Votre inscription à Week-end d'immersion à Thiers est confirmée" in thanks
    [message] = mail.outbox
    assert message.to == ["anna.devries@example.nl"]
    assert message.subject == "Votre inscription : Week-end d'immersion à Thiers"
    assert "2 places vous sont réservées" in message.body
    assert cancel_link(message).endswith(f"/fr/inscriptions/annuler/{registration.token}/")
    assert seats_left(world.weekend) == 0


def test_when_full_people_join_the_waiting_list_and_move_up_when_a_seat_is_freed(
    client, translated_world, django_capture_on_commit_callbacks
):
    world = translated_world
    capture = django_capture_on_commit_callbacks
    send(client, world.weekend, capture, email="first@example.org", people="2")
    page = soup(client.get(world.weekend.url))
    assert "Complet" in page.select_one(".facts").get_text()
    assert page.find("button", string="Rejoindre la liste d'attente")

    # Registered from the English page: same event, same seats; mails in English.
    translate(world.calendar, world.locales["en"], title="Events")
    english = translate(world.weekend, world.locales["en"], title="Immersion weekend in Thiers")
    send(client, english, capture, language="en", email="tom@example.co.uk", name="Tom Baker")
    tom = EventRegistration.objects.get(email="tom@example.co.uk")
    assert tom.status == RegistrationStatus.WAITING
    assert tom.event_id == world.weekend.pk
    assert mail.outbox[-1].subject == "On the waiting list: Immersion weekend in Thiers"
    thanks = soup(client.get(url_in("en", "event_registered"))).get_text()
    assert "you are on the waiting list" in thanks

    # The first cancels through the mail's link: a GET only asks.
    link = cancel_link(mail.outbox[0])
    path = urlsplit(link).path
    assert client.get(path).status_code == 200
    assert EventRegistration.objects.get(email="first@example.org").status == "confirmed"
    with capture(execute=True):
        assert client.post(path).status_code == 200
    assert EventRegistration.objects.get(email="first@example.org").status == "cancelled"
    tom.refresh_from_db()
    assert tom.status == RegistrationStatus.CONFIRMED
    assert mail.outbox[-1].to == ["tom@example.co.uk"]
    assert mail.outbox[-1].subject == "A seat for you: Immersion weekend in Thiers"
    assert seats_left(world.weekend) == 1
    # Cancelling twice changes nothing.
    with capture(execute=True):
        client.post(path)
    assert seats_left(world.weekend) == 1


def test_a_waiting_family_too_large_for_the_seat_freed_keeps_its_place(world):
    event = world.weekend
    one = register(event, new_registration("one@example.org", 1))
    register(event, new_registration("two@example.org", 1))
    family = register(event, new_registration("family@example.org", 3))
    single = register(event, new_registration("single@example.org", 1))
    assert family.status == single.status == RegistrationStatus.WAITING
    cancel(one)
    family.refresh_from_db()
    single.refresh_from_db()
    assert (family.status, single.status) == ("waiting", "confirmed")


def test_more_seats_published_give_them_to_those_waiting(world):
    register(world.weekend, new_registration("one@example.org", 2))
    waiting = register(world.weekend, new_registration("two@example.org", 1))
    assert waiting.status == RegistrationStatus.WAITING
    event = EventPage.objects.get(pk=world.weekend.pk)
    event.capacity = 3
    publish(event)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert seats_left(world.weekend) == 0


def new_registration(email, people):
    return EventRegistration(
        name=email.split("@")[0],
        email=email,
        people=people,
        language="fr",
        consent_version="test",
        consent_at=timezone.now(),
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's shared in-memory test database refuses concurrent writers; CI runs this "
    "on PostgreSQL",
)
def test_concurrent_registrations_never_give_more_seats_than_there_are():
    world = build_skeleton()
    calendar = EventIndexPageFactory(parent=world.home)
    event = EventPageFactory(parent=calendar, capacity=5)
    people = 12
    barrier = threading.Barrier(people)
    errors = []

    def register_one(number):
        try:
            barrier.wait(timeout=10)
            register(event, new_registration(f"person{number}@example.org", 1))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register_one, args=(n,)) for n in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    statuses = list(EventRegistration.objects.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == 5
    assert statuses.count(RegistrationStatus.WAITING) == 7
    assert EventSeats.objects.get(event=event).taken == 5


def test_one_address_registers_once_and_keeps_what_it_typed(
    client, world, django_capture_on_commit_callbacks
):
    send(client, world.weekend, django_capture_on_commit_callbacks)
    response = send(
        client, world.weekend, django_capture_on_commit_callbacks, email="Anna.DeVries@example.nl"
    )
    assert response.status_code == 400
    page = soup(response)
    assert "déjà inscrite" in page.select_one(".form-error[id$='email-error']").get_text()
    assert page.find("textarea", attrs={"name": "project"}).get_text(strip=True) == (
        "Reprendre une boulangerie."
    )
    assert EventRegistration.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"people": "0"}, "people", "supérieure ou égale à 1"),
        ({"people": "7"}, "people", "inférieure ou égale à 6"),
        ({"email": "pas-une-adresse"}, "email", "adresse e-mail valide"),
        ({"name": "<b>Anna</b>"}, "name", "sans balises HTML"),
        ({"consent": ""}, "consent", "Cochez cette case"),
    ],
)
def test_bad_input_is_refused_in_french_with_nothing_lost(
    client, world, django_capture_on_commit_callbacks, fields, field, message
):
    response = send(client, world.weekend, django_capture_on_commit_callbacks, **fields)
    assert response.status_code == 400
    error = soup(response).select_one(f"#id_{field}-error")
    assert message in error.get_text()
    assert soup(response).find("input", attrs={"name": "phone"}) is not None
    assert EventRegistration.objects.count() == 0


def test_a_robot_is_thanked_and_not_registered(client, world, django_capture_on_commit_callbacks):
    response = send(
        client, world.weekend, django_capture_on_commit_callbacks, website="http://spam"
    )
    assert response.status_code == 302
    assert EventRegistration.objects.count() == 0
    assert mail.outbox == []


def test_past_events_leave_the_upcoming_list_and_keep_their_page(
    client, world, django_capture_on_commit_callbacks
):
    past = publish(
        EventPageFactory(
            parent=world.calendar,
            title="Forum de la reprise 2025",
            starts_at=timezone.now() - datetime.timedelta(days=30),
            ends_at=timezone.now() - datetime.timedelta(days=29),
        )
    )
    calendar = soup(client.get(world.calendar.url))
    upcoming = [a.get_text(strip=True) for a in calendar.select("#upcoming-title ~ div a")]
    assert upcoming == [world.weekend.title]
    assert [a.get_text(strip=True) for a in calendar.select(".past-events a")] == [past.title]

    page = soup(client.get(past.url))
    assert "Cet événement a eu lieu" in page.get_text()
    assert page.find("form", class_="enquiry-form") is None
    response = send(client, past, django_capture_on_commit_callbacks)
    assert response.status_code == 409
    assert EventRegistration.objects.count() == 0


def test_registrations_close_at_their_date(client, world, django_capture_on_commit_callbacks):
    event = EventPage.objects.get(pk=world.weekend.pk)
    event.registration_closes_at = timezone.now() + datetime.timedelta(days=1)
    event = publish(event)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=2), tick=False):
        assert "Les inscriptions sont closes" in soup(client.get(event.url)).get_text()
        response = send(client, event, django_capture_on_commit_callbacks)
    assert response.status_code == 409
    assert "Les inscriptions sont closes" in soup(response).get_text()


def test_the_coordinator_exports_the_registrations_and_structures_cannot_see_them(client, world):
    register(world.weekend, new_registration("anna@example.org", 2))
    register(world.weekend, new_registration("bert@example.org", 1))
    users = get_user_model().objects
    editor = users.create_user("cci", "cci@example.org", "pw")
    editor.groups.add(give_structure_editors(world.cci))
    coordinator = users.create_user("coord", "coord@example.org", "pw")
    coordinator.groups.add(give_coordinators(world.home))

    url = reverse("registrations:index")
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)
    assert client.get(url, {"export": "csv"}).status_code in (302, 403)

    client.force_login(coordinator)
    assert client.get(url).status_code == 200
    csv = b"".join(client.get(url, {"export": "csv"}).streaming_content).decode("utf-8")
    assert "anna@example.org" in csv and "bert@example.org" in csv
    xlsx = client.get(url, {"export": "xlsx", "event": world.weekend.pk})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert sorted((row[1], row[4], row[6]) for row in rows) == [
        ("anna", 2, "Confirmée"),
        ("bert", 1, "Sur liste d'attente"),
    ]
    # Nobody adds or edits a registration by hand.
    registration = EventRegistration.objects.first()
    assert client.get(reverse("registrations:edit", args=[registration.pk])).status_code in (
        302,
        403,
    )


def test_registrations_are_anonymised_a_year_after_the_event_and_erased_on_request(world):
    anna = register(world.weekend, new_registration("anna@example.org", 1))
    assert [r["name"] for r in export("anna@example.org")["event_registrations"]] == ["anna"]
    Notification.objects.filter(kind=NotificationKind.REGISTRATION).update(status="sent")
    assert purge_registrations() == 0
    later = world.weekend.ends_at + datetime.timedelta(days=366)
    assert purge_registrations(now=later) == 1
    anna.refresh_from_db()
    assert (anna.name, anna.email, anna.people) == ("", "", 1)
    assert not Notification.objects.filter(recipient="anna@example.org").exists()
    assert purge_registrations(now=later) == 0

    bert = register(world.weekend, new_registration("bert@example.org", 1))
    erase("bert@example.org")
    bert.refresh_from_db()
    assert bert.email == "" and bert.anonymised_at is not None


def test_the_home_page_announces_the_next_three_events(client, world):
    for days in (60, 10, 90, 20):
        publish(
            EventPageFactory(
                parent=world.calendar,
                title=f"Dans {days} jours",
                starts_at=timezone.now() + datetime.timedelta(days=days),
            )
        )
    publish(
        EventPageFactory(
            parent=world.calendar,
            title="Déjà passé",
            starts_at=timezone.now() - datetime.timedelta(days=3),
            ends_at=timezone.now() - datetime.timedelta(days=2),
        )
    )
    page = soup(client.get(world.home.url))
    titles = [a.get_text(strip=True) for a in page.select(".event-card .card__title a")]
    assert titles == ["Dans 10 jours", "Dans 20 jours", world.weekend.title]
    assert page.find("a", href=world.calendar.url, string="Tous les événements")


def test_too_many_forms_from_one_address_answer_429_with_what_was_typed(
    client, world, settings, django_capture_on_commit_callbacks
):
    settings.ENQUIRY_RATE_LIMIT = "1/h"
    cache.clear()
    capture = django_capture_on_commit_callbacks
    assert send(client, world.weekend, capture, email="one@example.org").status_code == 302
    response = send(
        client, world.weekend, capture, email="two@example.org", project="Une ferme en bio."
    )
    assert response.status_code == 429
    page = soup(response)
    assert "Trop de formulaires" in page.select_one("[role=alert]").get_text()
    assert page.find("textarea", attrs={"name": "project"}).get_text(strip=True) == (
        "Une ferme en bio."
    )
    assert EventRegistration.objects.count() == 1


def test_a_registration_moved_up_meanwhile_gives_its_seats_back_when_cancelled(world):
    first = register(world.weekend, new_registration("one@example.org", 2))
    waiting = register(world.weekend, new_registration("two@example.org", 1))
    stale = EventRegistration.objects.get(pk=waiting.pk)
    cancel(first)  # "two" moves up: the copy read before still says "waiting".
    assert stale.status == RegistrationStatus.WAITING
    assert cancel(stale)
    assert seats_left(world.weekend) == 2
    assert not cancel(stale)
    assert seats_left(world.weekend) == 2


def test_an_address_registers_once_whatever_its_case(world):
    form_data = registration_data(email="Anna.DeVries@Example.NL")
    from promotion.forms import RegistrationForm

    form = RegistrationForm(form_data)
    assert form.is_valid(), form.errors
    assert form.registration().email == "anna.devries@example.nl"


def test_erasing_a_person_frees_their_seats_for_those_waiting(world):
    anna = register(world.weekend, new_registration("anna@example.org", 2))
    tom = register(world.weekend, new_registration("tom@example.org", 1))
    assert tom.status == RegistrationStatus.WAITING
    erase("anna@example.org")
    anna.refresh_from_db()
    tom.refresh_from_db()
    assert (anna.status, anna.email, anna.name) == ("cancelled", "", "")
    assert tom.status == RegistrationStatus.CONFIRMED
    assert seats_left(world.weekend) == 1
    # Nothing is left to send to her, and her cancellation link leads nowhere.
    assert not Notification.objects.filter(registration=anna).exclude(body="").exists()
    assert not Notification.objects.filter(recipient="anna@example.org").exists()
    assert not EventRegistration.objects.filter(email="anna@example.org").exists()


def test_an_event_cannot_have_fewer_seats_than_it_gave(world):
    register(world.weekend, new_registration("anna@example.org", 2))
    event = EventPage.objects.get(pk=world.weekend.pk)
    event.capacity = 1
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "2 places sont déjà attribuées" in " ".join(error.value.message_dict["capacity"])
    event.capacity = 2
    event.full_clean()


def test_a_translation_follows_the_french_pages_dates_and_seats(
    client, translated_world, django_capture_on_commit_callbacks
):
    world = translated_world
    translate(world.calendar, world.locales["en"], title="Events")
    english = translate(world.weekend, world.locales["en"], title="Immersion weekend")
    # Registrations closed on the French page only: the English copy was not updated.
    EventPage.objects.filter(pk=world.weekend.pk).update(registration_open=False)
    page = soup(client.get(english.url))
    assert page.find("form", class_="enquiry-form") is None
    response = send(client, english, django_capture_on_commit_callbacks, language="en")
    assert response.status_code == 409
    assert EventRegistration.objects.count() == 0
