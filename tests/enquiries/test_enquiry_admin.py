"""The enquiries inbox in the admin: each structure sees only its own, coordinators see all."""

import io

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse

from directory.permissions import give_coordinators, give_structure_editors
from enquiries.models import Enquiry, EnquiryStatus, EntryKind
from enquiries.viewsets import EnquiryViewSet
from foundation.models import NotificationKind
from tests.builders import fresh, module_world
from tests.enquiries.enquiry_world import build_enquiry_world

pytestmark = pytest.mark.django_db


def build_inbox_world():
    world = build_enquiry_world()
    users = get_user_model().objects
    world.cma_editor = users.create_user("cma", "cma@example.org", "pw")
    world.cma_editor.groups.add(give_structure_editors(world.cma))
    world.cci_editor = users.create_user("cci", "cci@example.org", "pw")
    world.cci_editor.groups.add(give_structure_editors(world.cci))
    world.coordinator = users.create_user("coord", "coord@example.org", "pw")
    world.coordinator.groups.add(give_coordinators(world.home))
    world.cma_enquiry = make(world, "Anna de Vries", world.cma)
    world.cci_enquiry = make(world, "Bert Jansen", world.cci)
    return world


built_world = module_world(build_inbox_world)


@pytest.fixture
def world(built_world):
    return fresh(built_world)


def make(world, name, structure):
    from django.utils import timezone

    enquiry = Enquiry.objects.create(
        source="project",
        language="fr",
        name=name,
        email=f"{name.split()[0].lower()}@example.org",
        project_kind="take_over",
        consent_version="test",
        consent_at=timezone.now(),
        technical_structure=structure,
        status=EnquiryStatus.ASSIGNED,
    )
    enquiry.structures.add(structure)
    return enquiry


def enquiry_urls(pk):
    """Every URL of the enquiries viewset, read from its patterns: none can be forgotten."""
    urls = {}
    for pattern in EnquiryViewSet().get_urlpatterns():
        name = f"enquiries:{pattern.name}"
        try:
            urls[pattern.name] = reverse(name)
        except NoReverseMatch:
            urls[pattern.name] = reverse(name, args=[pk])
    return urls


LISTS = {"index", "index_results"}


def refused(response, client=None):
    """Not found, forbidden, or sent back to the dashboard with Wagtail's refusal.

    Django's locale middleware turns an admin 404 into a redirect to the same path under
    /fr/, where the site's pages answer 404 in turn.
    """
    if response.status_code == 302:
        location = response["Location"]
        if client is not None and location == f"/fr{response.wsgi_request.path}":
            return client.get(location).status_code == 404
        return location == reverse("wagtailadmin_home")
    return response.status_code in (403, 404, 405)


def test_an_editor_never_reaches_another_structures_enquiry(client, world):
    client.force_login(world.cma_editor)
    other = world.cci_enquiry
    urls = enquiry_urls(other.pk)
    assert {"index", "edit", "delete", "history", "usage", "inspect", "follow_up"} <= set(urls)
    for name, url in urls.items():
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            if name in LISTS:
                assert other.reference not in response.content.decode(), (name, method)
                assert "Bert Jansen" not in response.content.decode(), (name, method)
            else:
                assert refused(response, client), (name, method, response.status_code)
    for export in ("csv", "xlsx"):
        response = client.get(urls["index"], {"export": export})
        assert response.status_code == 200
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert other.reference.encode() not in body
    other.refresh_from_db()
    assert other.events.count() == 0
    assert Enquiry.objects.filter(pk=other.pk).exists()


def test_an_editor_follows_up_its_own_enquiry(client, world):
    client.force_login(world.cma_editor)
    own = world.cma_enquiry
    urls = enquiry_urls(own.pk)
    for name in ("index", "inspect", "edit", "history"):
        response = client.get(urls[name])
        assert response.status_code == 200, name
    assert own.reference in client.get(urls["index"]).content.decode()
    assert "Anna de Vries" in client.get(urls["inspect"]).content.decode()
    # No one creates or deletes enquiries by hand but the coordinators.
    assert refused(client.get(urls["add"]))
    assert refused(client.post(urls["delete"]))
    assert Enquiry.objects.filter(pk=own.pk).exists()

    response = client.post(
        urls["follow_up"], {"kind": EntryKind.CALL, "text": "Appelée ce matin."}
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == EnquiryStatus.IN_PROGRESS
    call = own.events.get(kind=EntryKind.CALL)
    assert (call.author, call.structure, call.text) == (
        world.cma_editor,
        world.cma,
        "Appelée ce matin.",
    )


def test_a_hand_over_opens_the_enquiry_to_the_next_structure(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.cma_editor)
    url = enquiry_urls(world.cma_enquiry.pk)["follow_up"]
    response = client.post(url, {"kind": EntryKind.HANDOVER, "text": "À vous."})
    assert response.status_code == 400
    assert "Choisissez la structure à qui vous passez le relais." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {"kind": EntryKind.HANDOVER, "text": "Prêt d'honneur ?", "to_structure": world.cci.pk},
        )
    assert response.status_code == 302
    assert world.cma_enquiry.notifications.filter(kind=NotificationKind.HANDOVER).count() == 1
    client.force_login(world.cci_editor)
    inspect = client.get(enquiry_urls(world.cma_enquiry.pk)["inspect"])
    assert inspect.status_code == 200
    assert "Prêt d&#x27;honneur ?" in inspect.content.decode()


def test_closing_needs_a_reason_and_editors_cannot_reroute(client, world):
    client.force_login(world.cma_editor)
    own = world.cma_enquiry
    url = enquiry_urls(own.pk)["edit"]
    response = client.post(url, {"status": EnquiryStatus.CLOSED, "closed_reason": ""})
    assert response.status_code == 200
    assert "Indiquez pourquoi la demande est close." in response.content.decode()
    response = client.post(
        url,
        {
            "status": EnquiryStatus.CLOSED,
            "closed_reason": "gave_up",
            "technical_structure": world.cci.pk,
        },
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert (own.status, own.closed_reason) == (EnquiryStatus.CLOSED, "gave_up")
    assert own.technical_structure == world.cma
    change = own.events.get(kind=EntryKind.STATUS)
    assert (change.status_from, change.status_to) == (EnquiryStatus.ASSIGNED, EnquiryStatus.CLOSED)


def test_the_coordinator_sees_every_enquiry_and_reroutes(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.coordinator)
    index = client.get(reverse("enquiries:index")).content.decode()
    assert world.cma_enquiry.reference in index and world.cci_enquiry.reference in index
    filtered = client.get(reverse("enquiries:index"), {"structure": world.cci.pk})
    assert world.cma_enquiry.reference not in filtered.content.decode()
    assert world.cci_enquiry.reference in filtered.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("enquiries:edit", args=[world.cma_enquiry.pk]),
            {
                "status": EnquiryStatus.ASSIGNED,
                "closed_reason": "",
                "technical_structure": world.cci.pk,
                "territorial_structure": world.community.pk,
            },
        )
    assert response.status_code == 302
    enquiry = Enquiry.objects.get(pk=world.cma_enquiry.pk)
    assert (enquiry.technical_structure, enquiry.territorial_structure) == (
        world.cci,
        world.community,
    )
    assert set(enquiry.structures.all()) == {world.cma, world.cci, world.community}
    told = set(enquiry.notifications.values_list("recipient", flat=True))
    assert told == {world.referent.email, world.community_referent.email}


def test_the_export_lists_the_enquiries_in_csv_and_xlsx(client, world):
    client.force_login(world.coordinator)
    csv = client.get(reverse("enquiries:index"), {"export": "csv"})
    text = b"".join(csv.streaming_content).decode("utf-8")
    assert world.cma_enquiry.reference in text and "Bert Jansen" in text
    xlsx = client.get(reverse("enquiries:index"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    references = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(references) == sorted([world.cma_enquiry.reference, world.cci_enquiry.reference])


def test_only_coordinators_edit_the_routing_rules(client, world):
    client.force_login(world.cma_editor)
    assert client.get(reverse("routing_rules:index")).status_code in (302, 403)
    client.force_login(world.coordinator)
    assert client.get(reverse("routing_rules:index")).status_code == 200


def test_the_coordinator_exports_and_erases_what_is_held_about_a_person(client, world):
    url = reverse("network_personal_data")
    client.force_login(world.cma_editor)
    assert refused(client.get(url))
    assert refused(client.post(url, {"email": "anna@example.org", "confirm": "erase"}))

    client.force_login(world.coordinator)
    page = client.get(url, {"email": "anna@example.org"}).content.decode()
    assert world.cma_enquiry.reference in page
    assert world.cci_enquiry.reference not in page
    export = client.get(url, {"email": "anna@example.org", "export": "json"})
    assert export["Content-Disposition"] == 'attachment; filename="personal-data.json"'
    assert [e["name"] for e in export.json()["enquiries"]] == ["Anna de Vries"]

    # Without the confirmation nothing is erased.
    client.post(url, {"email": "anna@example.org"})
    assert Enquiry.objects.get(pk=world.cma_enquiry.pk).name == "Anna de Vries"
    response = client.post(url, {"email": "anna@example.org", "confirm": "erase"}, follow=True)
    assert "1 demande effacée." in response.content.decode()
    erased = Enquiry.objects.get(pk=world.cma_enquiry.pk)
    assert (erased.name, erased.email) == ("", "")
    assert erased.anonymised_at is not None
    assert Enquiry.objects.get(pk=world.cci_enquiry.pk).name == "Bert Jansen"


def test_the_inbox_opens_the_enquiry_as_a_file_with_its_actions(client, world):
    client.force_login(world.cma_editor)
    own = world.cma_enquiry
    urls = enquiry_urls(own.pk)
    index = BeautifulSoup(client.get(urls["index"]).content, "html.parser")
    link = index.find("a", string=lambda text: text and text.strip() == own.reference)
    assert link["href"] == urls["inspect"]

    page = BeautifulSoup(client.get(urls["inspect"]).content, "html.parser")
    text = page.get_text(" ", strip=True)
    # The person, the project, the referents, the timeline and the actions, on one page.
    assert "Anna de Vries" in text and "anna@example.org" in text
    assert "Reprendre" in text  # the project's kind
    assert "Paul Girard" in text and "paul.girard@cma.example.org" in text
    assert page.select_one("ol.timeline") is not None
    status_form = page.find("form", action=urls["edit"])
    assert status_form.find("select", attrs={"name": "status"}) is not None
    # An editor does not reroute: the coordinators' fields are not in the editor's form.
    assert status_form.find(attrs={"name": "technical_structure"}) is None
    assert page.find("form", action=urls["follow_up"]) is not None

    # Saving the status from the file comes back to the file.
    response = client.post(urls["edit"], {"status": EnquiryStatus.IN_PROGRESS})
    assert response["Location"] == urls["inspect"]
    # A refused change shows the file again, with the error beside the field.
    response = client.post(urls["edit"], {"status": EnquiryStatus.CLOSED})
    assert "Indiquez pourquoi la demande est close." in response.content.decode()
    assert "Anna de Vries" in response.content.decode()


def test_one_persons_enquiries_meet_in_one_file_as_far_as_each_may_see(client, world):
    # Anna sends a second project the same minute, routed to the chamber of commerce; then a
    # third, to the chamber of trades again, spelling her address in capitals.
    to_cci = make(world, "Anna de Vries", world.cci)
    to_cma = make(world, "Anna de Vries", world.cma)
    Enquiry.objects.filter(pk=to_cma.pk).update(email="ANNA@example.org")
    first = enquiry_urls(world.cma_enquiry.pk)["inspect"]

    client.force_login(world.cma_editor)
    linked = client.get(first).content.decode()
    assert to_cma.reference in linked
    assert to_cci.reference not in linked

    client.force_login(world.coordinator)
    linked = client.get(first).content.decode()
    assert to_cma.reference in linked and to_cci.reference in linked
    assert world.cci_enquiry.reference not in linked
