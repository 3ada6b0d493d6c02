"""Saved searches: double opt-in, the daily and weekly mail of new offers, one-click
unsubscribe, the page of one's alerts, and the personal-data tools."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from alerts.forms import AlertForm
from alerts.models import Alert
from alerts.queries import QueryError, normalise
from alerts.sending import send_alerts
from foundation import privacy
from foundation.models import Notification, NotificationKind
from foundation.outbox import deliver
from foundation.scheduling import scheduled_jobs
from foundation.vocabularies import PriceKind
from listings.factories import LandListingPageFactory, PremisesListingPageFactory
from listings.models import LandKind
from tests.builders import build_world, form_ready, module_world, publish

pytestmark = pytest.mark.django_db

THIERS_CC = "200070712"
built_world = module_world(build_world)


@pytest.fixture
def world(built_world, settings):
    return form_ready(built_world, settings)


def url_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def form_data(query, **fields):
    form = AlertForm(query=query)
    return {
        "alert-query": query,
        "alert-source": "search",
        "alert-started": form.initial["started"],
        "alert-website": "",
        "alert-email": "anna.devries@example.nl",
        "alert-frequency": "daily",
        "alert-consent": "on",
        **{f"alert-{name}": value for name, value in fields.items()},
    }


def subscribe(client, query, language="en", capture=None, **fields):
    with translation.override(language):
        data = form_data(query, **fields)
    return client.post(url_in(language, "alert_subscribe"), data)


def confirmed(query="", language="en", frequency="daily", email="anna.devries@example.nl"):
    now = timezone.now()
    return Alert.objects.create(
        email=email,
        language=language,
        query=query,
        frequency=frequency,
        consent_version="v1",
        confirmed_at=now,
        checked_at=now,
    )


def new_premises(world, title="Atelier-boutique en centre-ville", commune=None, **fields):
    return publish(
        PremisesListingPageFactory(
            parent=world.cci,
            title=title,
            commune=commune or world.thiers,
            price=900,
            price_kind=PriceKind.MONTHLY_RENT,
            surface=120,
            **fields,
        )
    )


def mails_of(alert):
    return list(Notification.objects.filter(alert=alert, kind=NotificationKind.ALERT))


def test_a_saved_search_is_stored_unconfirmed_and_only_a_confirmation_is_mailed(
    client, world, django_capture_on_commit_callbacks
):
    query = f"?q=Boutique++PLACE&type=premises&area={THIERS_CC}&sort=newest&page=2&view=map"
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, query)
    assert response.status_code == 302
    assert response["Location"] == url_in("en", "alert_sent")
    alert = Alert.objects.get()
    # The search's own form read it: the words and facets, in one order; not the page or view.
    assert alert.query == f"q=boutique+place&type=premises&area={THIERS_CC}"
    assert (alert.language, alert.frequency, alert.confirmed_at) == ("en", "daily", None)
    assert [m.to for m in mail.outbox] == [["anna.devries@example.nl"]]
    body = mail.outbox[0].body
    confirm_url = url_in("en", "alert_confirm", alert.pk, alert.token)
    assert confirm_url in body
    assert "Words: “boutique place”" in body and "CC Thiers Dore et Montagne" in body
    # Nothing else is sent before it is confirmed.
    assert send_alerts("daily").mails == 0


def test_the_same_search_saved_in_another_order_is_the_same_alert(world):
    assert normalise(f"area={THIERS_CC}&type=land&type=premises&q=Atelier", "fr") == normalise(
        f"type=premises&q=atelier&type=land&area={THIERS_CC}", "fr"
    )


@pytest.mark.parametrize(
    "query, message",
    [
        ("type=castle", "“castle” is not a choice of “Type”"),
        ("price_min=5000&price_max=100", "The highest price must not be below the lowest."),
        ("type=service", "An alert tells of new offers"),
    ],
)
def test_a_query_string_that_cannot_be_saved_gets_a_clear_error(client, world, query, message):
    with pytest.raises(QueryError):
        normalise(query, "en")
    response = subscribe(client, query)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Alert.objects.exists()


def test_a_robot_is_answered_as_a_person_and_nothing_is_stored(client, world):
    response = subscribe(client, "q=atelier", website="http://spam.example")
    assert response.status_code == 302
    assert not Alert.objects.exists() and not Notification.objects.exists()


def test_consent_is_required_and_the_form_is_rate_limited(client, world, settings):
    data = form_data("q=atelier")
    del data["alert-consent"]
    response = client.post(url_in("en", "alert_subscribe"), data)
    assert response.status_code == 400 and not Alert.objects.exists()
    settings.ENQUIRY_RATE_LIMIT = "1/h"
    assert subscribe(client, "q=atelier").status_code == 302
    response = subscribe(client, "q=boutique")
    assert response.status_code == 429
    assert Alert.objects.count() == 1


def test_the_same_search_again_or_one_too_many_is_told_by_mail_not_on_the_page(
    client, world, settings, django_capture_on_commit_callbacks
):
    settings.ALERTS_PER_EMAIL = 2
    first = confirmed("q=atelier")
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(client, "q=atelier").status_code == 302
    assert Alert.objects.count() == 1
    assert "You asked again for an alert you have already" in mail.outbox[-1].body
    # Asked again and again within the hour: one mail, not a flood of them.
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(client, "q=atelier").status_code == 302
    assert len(mail.outbox) == 1
    Notification.objects.update(created_at=timezone.now() - datetime.timedelta(hours=2))
    confirmed("q=maison")
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(client, "q=terres").status_code == 302
    assert Alert.objects.count() == 2
    assert "the most it may keep" in mail.outbox[-1].body
    assert url_in("en", "alert_manage", first.pk, first.token) in mail.outbox[-1].body


def test_the_confirmation_link_asks_before_confirming(client, world):
    assert subscribe(client, "q=atelier").status_code == 302
    alert = Alert.objects.get()
    url = url_in("en", "alert_confirm", alert.pk, alert.token)
    page = client.get(url)
    assert page.status_code == 200
    assert '<meta name="robots" content="noindex">' in page.content.decode()
    assert Alert.objects.get().confirmed_at is None  # a mail scanner following it confirms nothing
    assert client.post(url).status_code == 200
    alert = Alert.objects.get()
    assert alert.confirmed_at is not None and alert.checked_at == alert.confirmed_at
    assert client.get(url_in("en", "alert_confirm", alert.pk, "x" * 43)).status_code == 404


def test_the_mail_lists_only_offers_new_or_changed_since_the_last_one(world):
    alert = confirmed(f"q=atelier&type=premises&area={THIERS_CC}")
    weekly = confirmed(f"q=atelier&type=premises&area={THIERS_CC}", frequency="weekly")
    later = confirmed(f"q=atelier&type=premises&area={THIERS_CC}", email="b@example.org")
    matching = new_premises(world)
    new_premises(world, title="Atelier à Ambert", commune=world.ambert)  # another area
    publish(
        LandListingPageFactory(
            parent=world.cma,
            title="Atelier agricole",
            commune=world.thiers,
            kind=LandKind.AGRICULTURAL,
        )
    )  # another type
    Alert.objects.filter(pk=later.pk).update(checked_at=timezone.now())

    outcome = send_alerts("daily")
    assert (outcome.alerts, outcome.searches, outcome.mails) == (2, 1, 1)
    [notification] = mails_of(alert)
    assert notification.recipient == alert.email
    assert notification.subject == "1 new offer for your search: Words: “atelier”"
    assert matching.title in notification.body
    assert notification.body.count("\n* ") == 1
    assert "Atelier à Ambert" not in notification.body and "agricole" not in notification.body
    assert "http://localhost/fr/" in notification.body  # not translated: its French page
    assert not mails_of(weekly) and not mails_of(later)
    unsubscribe = "http://localhost" + url_in("en", "alert_unsubscribe", alert.pk, alert.token)
    assert notification.headers == {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    assert unsubscribe in notification.body
    assert "http://localhost" + url_in("en", "alert_manage", alert.pk, alert.token) in (
        notification.body
    )
    assert Alert.objects.get(pk=alert.pk).last_sent_at is not None

    # Told once: the next run finds nothing new, until the offer changes again.
    assert send_alerts("daily").mails == 0
    publish(matching)
    assert send_alerts("daily").mails == 2  # the later alert's too, now
    assert send_alerts("weekly").mails == 1


def test_the_mail_is_in_the_subscribers_language_with_the_offers_translation(world):
    alert = confirmed("type=premises", language="nl")
    # The French offer changed (its price, say): its Dutch translation shows it too.
    publish(world.premises)
    send_alerts("daily")
    [notification] = mails_of(alert)
    assert "Winkel aan het dorpsplein" in notification.body
    assert "http://localhost/nl/" in notification.body


def test_no_alert_mail_ever_names_a_confidential_offers_commune(world):
    alerts = [confirmed("", language=language) for language in ("fr", "en", "nl")]
    alerts.append(confirmed("q=coutellerie", language="fr"))
    publish(world.business)
    for language in ("en", "nl"):
        publish(world.translations[language]["business"])
    send_alerts("daily")
    notifications = Notification.objects.filter(kind=NotificationKind.ALERT)
    assert notifications.count() == 4
    for notification in notifications:
        text = f"{notification.subject}\n{notification.body}".lower()
        assert "atelier de coutellerie" in text or "cutlery" in text or "messenmakerij" in text
        assert "cc thiers dore et montagne" in text  # the area, where the commune would be
        for leak in ("celles", "durolle", "63250", "63066"):
            assert leak not in text, (notification.subject, leak)


def test_matching_costs_the_same_queries_for_five_alerts_or_fifty(world):
    new_premises(world)

    def run(count):
        Alert.objects.all().delete()
        for number in range(count):
            for query in ("type=premises", "q=atelier"):
                confirmed(query, email=f"person{number}@example.org")
        Alert.objects.update(checked_at=timezone.now() - datetime.timedelta(minutes=1))
        with CaptureQueriesContext(connection) as queries:
            outcome = send_alerts("daily")
        assert outcome.mails == 2 * count
        return len(queries)

    run(2)  # what a process reads once (content types, the site) is read
    assert run(5) == run(50)


def test_one_click_unsubscribes_without_a_csrf_token_and_a_get_only_asks(world):
    alert = confirmed("q=atelier")
    new_premises(world)
    send_alerts("daily")
    client = Client(enforce_csrf_checks=True)
    url = url_in("en", "alert_unsubscribe", alert.pk, alert.token)
    page = client.get(url)
    assert page.status_code == 200 and Alert.objects.filter(pk=alert.pk).exists()
    assert "Unsubscribe from this alert" in page.content.decode()
    assert client.post(url_in("en", "alert_unsubscribe", alert.pk, "wrong")).status_code == 404
    response = client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    assert not Alert.objects.filter(pk=alert.pk).exists()
    assert not Notification.objects.filter(kind=NotificationKind.ALERT).exists()
    # Asked again (a mail program retrying), it answers the same.
    assert client.post(url).status_code == 200


def test_the_manage_page_lists_the_addresses_alerts_changes_and_deletes_them(client, world):
    first = confirmed("q=atelier")
    second = confirmed(f"area={THIERS_CC}")
    other = confirmed("q=maison", email="someone.else@example.org")
    url = url_in("en", "alert_manage", first.pk, first.token)
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    soup = BeautifulSoup(response.content, "html.parser")
    headings = [h.get_text() for h in soup.select(".alert-item h2")]
    assert headings == ["Words: “atelier”", "Area: CC Thiers Dore et Montagne"]
    assert "maison" not in response.content.decode()

    client.post(url, {"alert": second.pk, "action": "frequency", "frequency": "weekly"})
    assert Alert.objects.get(pk=second.pk).frequency == "weekly"
    # Another address's alert cannot be changed from this page.
    client.post(url, {"alert": other.pk, "action": "delete"})
    assert Alert.objects.filter(pk=other.pk).exists()
    # Deleting the alert of the link goes on under the other one's.
    response = client.post(url, {"alert": first.pk, "action": "delete"})
    assert response["Location"] == url_in("en", "alert_manage", second.pk, second.token)
    response = client.post(response["Location"], {"alert": second.pk, "action": "delete"})
    assert response["Location"] == url_in("en", "alert_sent_none")
    assert list(Alert.objects.all()) == [other]
    assert client.get(url).status_code == 404


def test_the_form_is_on_the_search_and_the_offers_index_with_their_query(client, world):
    for url, source in [
        (url_in("en", "search") + "?q=atelier&type=premises", "search"),
        (world.translations["en"]["listing_index"].url + "?type=premises", "listings"),
    ]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        form = soup.select_one("form.alert-form")
        assert form["action"] == url_in("en", "alert_subscribe")
        assert form.select_one('[name="alert-query"]')["value"] == url.split("?")[1]
        assert form.select_one('[name="alert-source"]')["value"] == source
        assert form.select_one('[name="alert-consent"]') is not None


def test_unconfirmed_alerts_are_purged_after_seven_days_and_joined_to_the_personal_data(
    world,
):
    now = timezone.now()
    old = Alert.objects.create(
        email="old@example.org", language="en", query="q=atelier", consent_version="v",
        created_at=now - datetime.timedelta(days=8),
    )  # fmt: skip
    recent = Alert.objects.create(
        email="old@example.org", language="en", query="q=maison", consent_version="v",
        created_at=now - datetime.timedelta(days=6),
    )  # fmt: skip
    kept = confirmed("q=terres", email="old@example.org")  # English, as the others
    Alert.objects.filter(pk=kept.pk).update(created_at=now - datetime.timedelta(days=30))

    def mail(alert, kind, days, status):
        return Notification.objects.create(
            about=alert, kind=kind, recipient=alert.email, subject="s", body="b",
            status=status, created_at=now - datetime.timedelta(days=days),
        )  # fmt: skip

    mail(old, NotificationKind.ALERT_CONFIRMATION, 8, "sent")
    mail(kept, NotificationKind.ALERT, 31, "pending")  # refused for a month: never sent
    last = mail(kept, NotificationKind.ALERT, 1, "sent")
    assert privacy.purge(now)["search_alerts"] == 1
    assert set(Alert.objects.values_list("pk", flat=True)) == {recent.pk, kept.pk}
    assert not Alert.objects.filter(pk=old.pk).exists()
    assert list(Notification.objects.values_list("pk", flat=True)) == [last.pk]

    exported = privacy.export("OLD@example.org")["search_alerts"]
    assert sorted(item["search"] for item in exported) == ["q=maison", "q=terres"]
    held = {kind.key: list(records) for kind, records in privacy.held_about("old@example.org")}
    assert len(held["search_alerts"]) == 2
    assert privacy.erase("old@example.org")["search_alerts"] == 2
    assert not Alert.objects.exists() and not Notification.objects.exists()


def test_send_alerts_is_scheduled_daily_and_weekly():
    names = {job.name: job.crontab for job in scheduled_jobs()}
    assert names["send_alerts --frequency daily"] == "0 7 * * *"
    assert names["send_alerts --frequency weekly"].endswith("mon")


def test_the_delivered_alert_carries_the_one_click_headers(world):
    alert = confirmed("q=atelier")
    new_premises(world)
    send_alerts("daily")
    [notification] = mails_of(alert)
    assert deliver(notification.pk)
    message = mail.outbox[-1].message()
    assert re.fullmatch(
        r"<http://localhost/en/alerts/\d+/[\w-]+/unsubscribe/>", message["List-Unsubscribe"]
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
