"""The network's figures, checked number by number against a data set built by hand.

The clock stands still on 15 July 2026 in Paris. Five enquiries: four received in 2026 (two in
each of the first two quarters) and one received in December 2025 that settled in January.
"""

import csv
import datetime
import io
import re
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from directory.permissions import give_coordinators, give_structure_editors
from enquiries.models import Enquiry, EnquiryEvent, EnquiryStatus, EntryKind
from figures.network import Figures
from foundation.figures import Period
from foundation.vocabularies import Availability
from listings.models import PremisesListingPage
from promotion.factories import CampaignPageFactory, EventIndexPageFactory, EventPageFactory
from promotion.models import EventRegistration
from search.models import QueryDay
from tests.builders import fresh, module_world, publish
from tests.enquiries.enquiry_world import build_enquiry_world

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NOW = datetime.datetime(2026, 7, 15, 12, 0, tzinfo=PARIS)


def at(month, day, hour=10, year=2026):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=PARIS)


def enquiry(world, received, kind, language, structures, areas=(), campaign="", status="new"):
    made = Enquiry.objects.create(
        source="project",
        language=language,
        name="Personne fictive",
        email="personne@example.org",
        project_kind=kind,
        campaign=campaign,
        consent_version="test",
        consent_at=received,
        created_at=received,
        status=status,
        technical_structure=structures[0],
    )
    made.structures.add(*structures)
    made.wished_communities.add(*areas)
    EnquiryEvent.objects.create(
        enquiry=made, kind=EntryKind.ROUTED, created_at=received, status_to="assigned"
    )
    return made


def entry(made, structure, when, kind=EntryKind.NOTE):
    EnquiryEvent.objects.create(enquiry=made, kind=kind, structure=structure, created_at=when)


def status(made, to, when, reason=""):
    made.status = to
    made.closed_reason = reason
    made.save(update_fields=["status", "closed_reason"])
    EnquiryEvent.objects.create(
        enquiry=made, kind=EntryKind.STATUS, status_to=to, created_at=when, structure=None
    )


def build_figures_world():
    with time_machine.travel(NOW, tick=False):
        world = build_enquiry_world()
        CampaignPageFactory(parent=world.home, key="salon-2026", title="Salon de Lyon 2026")
        w = world
        w.e1 = enquiry(
            w, at(1, 10), "take_over", "nl", [w.cci, w.community], [w.thiers_cc], "salon-2026"
        )
        entry(w.e1, w.community, at(1, 11))
        entry(w.e1, w.cci, at(1, 12))
        entry(w.e1, w.cci, at(1, 20))  # Only the first entry counts.
        status(w.e1, EnquiryStatus.SETTLED, at(5, 2))
        w.e2 = enquiry(w, at(2, 20), "create", "en", [w.cma], [w.ambert_cc])
        entry(w.e2, w.cma, at(2, 24), EntryKind.CALL)
        status(w.e2, EnquiryStatus.CLOSED, at(3, 1), reason="gave_up")
        w.e3 = enquiry(
            w, at(4, 5), "take_over", "fr", [w.cci], [w.thiers_cc, w.ambert_cc], "salon-2026"
        )
        entry(w.e3, w.cci, at(4, 6))
        status(w.e3, EnquiryStatus.IN_PROGRESS, at(4, 6))
        w.e4 = enquiry(w, at(5, 1), "move", "fr", [w.cci], campaign="flyer-x")
        w.e5 = enquiry(w, at(12, 20, year=2025), "take_over", "fr", [w.cma], [w.ambert_cc])
        status(w.e5, EnquiryStatus.SETTLED, at(1, 15))

        # The world's four offers were published today, in the third quarter; the shop is taken
        # and the land expired at its review date.
        PremisesListingPage.objects.filter(pk=w.premises.pk).update(
            availability=Availability.TAKEN, availability_changed_on=NOW.date()
        )
        type(w.land).objects.filter(pk=w.land.pk).update(
            live=False, expired=True, expire_at=at(7, 1)
        )

        calendar = publish(EventIndexPageFactory(parent=w.home))
        w.event = publish(
            EventPageFactory(
                parent=calendar, title="Forum de mars", starts_at=at(3, 14), capacity=3
            )
        )
        for name, people, state in [
            ("a", 2, "confirmed"),
            ("b", 1, "confirmed"),
            ("c", 2, "waiting"),
            ("d", 1, "cancelled"),
        ]:
            EventRegistration.objects.create(
                event=w.event,
                name=name,
                email=f"{name}@example.org",
                people=people,
                status=state,
                language="fr",
                consent_version="test",
                consent_at=NOW,
            )
        for query, language, day, hits, empty in [
            ("boulangerie", "fr", datetime.date(2026, 3, 1), 5, 0),
            ("boulangerie", "fr", datetime.date(2026, 3, 2), 2, 0),
            ("bakery", "en", datetime.date(2026, 3, 2), 3, 3),
            ("gîte", "fr", datetime.date(2025, 6, 1), 9, 9),
        ]:
            QueryDay.objects.create(
                query=query, language=language, date=day, hits=hits, empty_hits=empty
            )
    return world


built_world = module_world(build_figures_world)


@pytest.fixture
def world(built_world):
    # Labels in French, as a coordinator reads them, whatever an earlier test left active.
    with time_machine.travel(NOW, tick=False), translation.override("fr"):
        yield fresh(built_world)


def rows(figures, key):
    [table] = [table for table in figures.tables() if table.key == key]
    return [
        [str(value) if isinstance(value, str) else value for value in row] for row in table.rows
    ]


def labelled(figures, key):
    return {str(row[0]): row[1:] if len(row) > 2 else row[1] for row in rows(figures, key)}


def test_the_year_in_figures(world):
    figures = Figures(Period(2026))
    assert [(key, value) for key, _label, value in figures.headline()] == [
        ("received", 4),
        ("premises", 1),
        ("settled", 2),
        ("registered", 3),
    ]
    assert [row[1] for row in rows(figures, "by_month")] == [1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    assert labelled(figures, "by_kind") == {
        "Reprendre une entreprise": 2,
        "Créer une entreprise": 1,
        "Transférer une entreprise existante": 1,
        "Télétravailler depuis le territoire": 0,
    }
    assert labelled(figures, "by_area") == {
        world.thiers_cc.name: 2,
        world.ambert_cc.name: 2,
        "Aucune zone indiquée": 1,
    }
    assert labelled(figures, "by_campaign") == {
        "Salon de Lyon 2026": 2,
        "flyer-x": 1,
        "Sans campagne": 1,
    }
    assert labelled(figures, "by_language") == {"Français": 2, "English": 1, "Nederlands": 1}
    assert labelled(figures, "by_status") == {
        "Nouvelle": 1,
        "Attribuée": 0,
        "En cours": 1,
        "Installation réalisée": 1,
        "Clôturée": 1,
    }
    closed = labelled(figures, "closed")
    assert closed.pop("Projet abandonné") == 1
    assert set(closed.values()) == {0}
    assert labelled(figures, "first_answer") == {
        world.cci.title: [1.5, 2, 1],
        world.cma.title: [4.0, 1, 0],
        world.community.title: [1.0, 1, 0],
    }
    assert labelled(figures, "offers") == {
        "Entreprises à reprendre": [1, 0, 0],
        "Locaux d'activité": [1, 1, 0],
        "Terrains": [1, 0, 1],
        "Logements": [1, 0, 0],
    }
    assert rows(figures, "events") == [["Forum de mars", 3, 2, 1, 3]]
    assert rows(figures, "searches") == [["boulangerie", 7, "fr"], ["bakery", 3, "en"]]
    assert rows(figures, "no_result") == [["bakery", 3, "en"]]


def test_quarters_structures_and_areas_narrow_the_figures(world):
    def headline(figures):
        return {key: value for key, _label, value in figures.headline()}

    first = headline(Figures(Period(2026, 1)))
    assert (first["received"], first["settled"], first["premises"]) == (2, 1, 0)
    second = headline(Figures(Period(2026, 2)))
    assert (second["received"], second["settled"]) == (2, 1)
    third = headline(Figures(Period(2026, 3)))
    assert (third["received"], third["premises"]) == (0, 1)
    assert rows(Figures(Period(2026, 1)), "by_month") == [
        ["janvier 2026", 1],
        ["février 2026", 1],
        ["mars 2026", 0],
    ]

    cma = Figures(Period(2026), structure=world.cma)
    assert headline(cma)["received"] == 1
    assert labelled(cma, "first_answer") == {world.cma.title: [4.0, 1, 0]}
    # The CMA publishes none of the world's offers.
    assert headline(cma)["premises"] == 0
    ambert = Figures(Period(2026), area=world.ambert_cc)
    assert headline(ambert)["received"] == 2
    assert labelled(ambert, "offers")["Terrains"] == [1, 0, 1]
    assert headline(Figures(Period(2025)))["received"] == 1


@pytest.fixture
def coordinator(world):
    user = get_user_model().objects.create_user("coord", "coord@example.org", "pw")
    user.groups.add(give_coordinators(world.home))
    return user


def test_only_coordinators_see_the_figures(client, world, coordinator):
    editor = get_user_model().objects.create_user("cci", "cci@example.org", "pw")
    editor.groups.add(give_structure_editors(world.cci))
    url = reverse("network_figures")
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)
    assert client.get(url, {"export": "xlsx"}).status_code in (302, 403)
    client.force_login(coordinator)
    page = BeautifulSoup(client.get(url, {"year": "2026"}).content, "html.parser")
    values = [
        li.select_one(".figures-headline__value").get_text()
        for li in page.select(".figures-headline li")
    ]
    assert values == ["4", "1", "2", "3"]
    campaign = page.find("section", attrs={"aria-labelledby": "table-by_campaign"})
    assert campaign.find("th", string="Salon de Lyon 2026").find_next("td").get_text() == "2"
    # Each chart says what it shows, and its numbers are in the table beside it.
    chart = campaign.find("svg")
    assert chart["role"] == "img"
    assert chart.find("title").get_text() == "Graphique : Demandes par campagne"
    # The menu shows the view to coordinators.
    assert reverse("network_figures") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_query_string_that_cannot_be_read_is_said_and_the_year_shown(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("network_figures"), {"year": "abc", "quarter": "9"})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert "Ces filtres ne peuvent pas être lus" in page.get_text()
    assert "Le réseau en 2026" in page.get_text()
    response = client.get(reverse("network_figures"), {"export": "csv", "table": "nope"})
    assert response.status_code == 400


def test_every_table_is_exported_in_csv_and_xlsx_and_reads_back(client, world, coordinator):
    client.force_login(coordinator)
    url = reverse("network_figures")
    query = {"year": "2026", "quarter": "1"}
    response = client.get(url, {**query, "export": "csv", "table": "by_kind"})
    assert response["Content-Disposition"] == (
        'attachment; filename="network-figures-2026-q1-by_kind.csv"'
    )
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert table == [
        ["Projet", "Demandes"],
        ["Reprendre une entreprise", "1"],
        ["Créer une entreprise", "1"],
        ["Transférer une entreprise existante", "0"],
        ["Télétravailler depuis le territoire", "0"],
    ]
    response = client.get(url, {**query, "export": "xlsx", "table": "first_answer"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert list(sheet.iter_rows(values_only=True)) == [
        ("Structure", "Médiane, en jours", "Répondu", "Pas encore répondu"),
        (world.cci.title, 2.0, 1, 0),
        (world.cma.title, 4.0, 1, 0),
        (world.community.title, 1.0, 1, 0),
    ]
    workbook = load_workbook(io.BytesIO(client.get(url, {**query, "export": "xlsx"}).content))
    assert len(workbook.sheetnames) == 12
    events = workbook[workbook.sheetnames[9]]
    assert list(events.iter_rows(values_only=True))[1] == ("Forum de mars", 3, 2, 1, 3)
    every = client.get(url, {**query, "export": "csv"}).content.decode("utf-8-sig")
    assert "Inscriptions aux événements" in every and "Forum de mars,3,2,1,3" in every


def test_the_home_page_shows_the_key_figures_the_park_chose(client, world, coordinator):
    home = world.home
    home.key_figures = ["received", "settled"]
    home.key_figures_year = 2026
    publish(home)
    page = BeautifulSoup(client.get(home.url).content, "html.parser")
    block = page.select_one(".key-figures")
    assert block.find("h2").get_text() == "Le réseau en 2026"
    figures = [item.get_text(" ", strip=True) for item in block.select(".key-figures__item")]
    assert figures == ["4 Porteurs de projet rencontrés", "2 Installations"]

    # Without a year: the last complete one.
    home.key_figures_year = None
    publish(home)
    block = BeautifulSoup(client.get(home.url).content, "html.parser").select_one(".key-figures")
    assert block.find("h2").get_text() == "Le réseau en 2025"
    assert block.select_one(".key-figures__value").get_text() == "1"

    # A year without any is no headline: the block is not shown.
    home.key_figures_year = 2019
    publish(home)
    page = BeautifulSoup(client.get(home.url).content, "html.parser")
    assert page.select_one(".key-figures") is None

    # The park picks them in the home page's form, as boxes to tick.
    client.force_login(coordinator)
    form = BeautifulSoup(
        client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content, "html.parser"
    )
    boxes = form.select("input[name=key_figures][type=checkbox]")
    assert [box["value"] for box in boxes] == ["received", "premises", "settled", "registered"]

    home.key_figures = []
    publish(home)
    assert (
        BeautifulSoup(client.get(home.url).content, "html.parser").select_one(".key-figures")
        is None
    )


def test_periods_follow_the_territorys_clock_whatever_the_coordinators(client, world):
    # Half past midnight on New Year's Day in Paris is still 31 December in London.
    new_year = enquiry(
        world, datetime.datetime(2027, 1, 1, 0, 30, tzinfo=PARIS), "create", "fr", [world.cci]
    )
    assert Figures(Period(2027, 1)).figure("received") == 1
    assert Figures(Period(2026, 4)).figure("received") == 0
    with timezone.override(zoneinfo.ZoneInfo("Europe/London")):
        assert Figures(Period(2027)).figure("received") == 1
        assert rows(Figures(Period(2027, 1)), "by_month")[0][1] == 1
    new_year.refresh_from_db()
    assert new_year.created_at.astimezone(datetime.UTC).date() == datetime.date(2026, 12, 31)


def test_the_charts_write_their_numbers_as_svg_reads_them(client, world, coordinator):
    client.force_login(coordinator)
    page = BeautifulSoup(
        client.get(reverse("network_figures"), {"year": "2026"}).content, "html.parser"
    )
    widths = [rect["width"] for rect in page.select("svg.figures-chart rect")]
    assert widths and all(re.fullmatch(r"\d+(\.\d+)?%", width) for width in widths), widths
    # The CCI's median of 1.5 days beside the CMA's 4 days, on a page in French.
    assert "18.75%" in widths


def test_a_search_typed_as_a_formula_stays_text_in_the_exports(client, world, coordinator):
    QueryDay.objects.create(
        query='=HYPERLINK("http://evil.example")', language="fr", date=at(3, 3).date(), hits=99
    )
    client.force_login(coordinator)
    url = reverse("network_figures")
    query = {"year": "2026", "table": "searches"}
    text = client.get(url, {**query, "export": "csv"}).content.decode("utf-8-sig")
    assert '"\'=HYPERLINK(""http://evil.example"")",99,fr' in text
    sheet = load_workbook(io.BytesIO(client.get(url, {**query, "export": "xlsx"}).content)).active
    cell = sheet["A2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://evil.example")', "s")
