import json
import re
from io import StringIO

import pytest

from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from territory.models import Commune, CommunityOfCommunes
from territory.wagtail_hooks import CommuneViewSet

pytestmark = pytest.mark.django_db


def import_territory(*args):
    call_command("import_territory", *args, verbosity=0)


def counts():
    return Commune.objects.count(), CommunityOfCommunes.objects.count()


def test_shipped_extract_gives_the_demo_territory():
    import_territory()
    assert counts() == (113, 3)
    thiers = Commune.objects.get(insee_code="63430")
    assert thiers.name == "Thiers"
    assert thiers.department_code == "63"
    assert "63300" in thiers.postcodes
    assert thiers.community.name == "CC Thiers Dore et Montagne"
    # Every commune of the extract belongs to one of the three communities.
    assert not Commune.objects.filter(community__isnull=True).exists()


def test_second_run_updates_and_never_duplicates():
    import_territory()
    Commune.objects.filter(insee_code="63430").update(name="Renamed by hand", population=1)
    import_territory()
    assert counts() == (113, 3)
    thiers = Commune.objects.get(insee_code="63430")
    assert thiers.name == "Thiers"
    assert thiers.population > 1


def test_reports_what_it_imported():
    out = StringIO()
    call_command("import_territory", stdout=out)
    assert re.search(r"\b113\b\D+\b3\b", out.getvalue())


def test_one_community_only():
    import_territory("--epci", "200070761")
    communes, communities = counts()
    assert communities == 1
    assert communes > 50
    assert not Commune.objects.exclude(community__siren="200070761").exists()
    assert Commune.objects.filter(insee_code="63003", name="Ambert").exists()


def test_unknown_community_code_is_refused_clearly():
    with pytest.raises(CommandError) as caught:
        import_territory("--epci", "200070761", "999999999")
    message = str(caught.value)
    assert "999999999" in message
    assert "200070761" not in message
    assert "epci.json" in message
    assert counts() == (0, 0)


def test_unknown_department_is_refused_clearly():
    with pytest.raises(CommandError) as caught:
        import_territory("--department", "2A")
    assert "2A" in str(caught.value)
    assert counts() == (0, 0)


def test_missing_source_folder(tmp_path):
    with pytest.raises(CommandError) as caught:
        import_territory("--source", str(tmp_path / "nowhere"))
    assert "nowhere" in str(caught.value)
    assert "communes.json" in str(caught.value)


def test_missing_file_in_source(tmp_path):
    (tmp_path / "communes.json").write_text("[]", encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        import_territory("--source", str(tmp_path))
    assert "epci.json" in str(caught.value)


def test_invalid_json_is_refused(tmp_path):
    (tmp_path / "communes.json").write_text('[{"code": "63430", "nom": "Thiers"', "utf-8")
    (tmp_path / "epci.json").write_text("[]", encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        import_territory("--source", str(tmp_path), "--department", "63")
    assert "communes.json" in str(caught.value)
    assert "JSON" in str(caught.value)
    assert counts() == (0, 0)


def test_json_that_is_not_a_list_of_divisions_is_refused(tmp_path):
    (tmp_path / "communes.json").write_text('{"communes": []}', encoding="utf-8")
    (tmp_path / "epci.json").write_text("[]", encoding="utf-8")
    with pytest.raises(CommandError, match="communes.json"):
        import_territory("--source", str(tmp_path), "--department", "63")


def write_source(folder):
    commune = {"type": "commune-actuelle", "departement": "43", "codesPostaux": ["43500"]}
    communes = [
        {**commune, "code": "43051", "nom": "Craponne-sur-Arzon", "population": 2000},
        {**commune, "code": "43071", "nom": "Chomelix", "population": 470},
        {**commune, "code": "43210", "nom": "Saint-Jean-d'Aubrigoux"},
        {**commune, "code": "63003", "nom": "Ambert", "departement": "63"},
        {
            "code": "43999",
            "nom": "Ancienne commune",
            "type": "commune-deleguee",
            "departement": "43",
        },
    ]
    communities = [
        {
            "code": "200073005",
            "nom": "CC des Portes d'Auvergne",
            "type": "CC",
            "membres": [{"code": "43051"}, {"code": "43071"}],
        },
        {
            "code": "200070761",
            "nom": "CC Ambert Livradois Forez",
            "type": "CC",
            "membres": [{"code": "63003"}],
        },
    ]
    (folder / "communes.json").write_text(json.dumps(communes), encoding="utf-8")
    (folder / "epci.json").write_text(json.dumps(communities), encoding="utf-8")


def test_department_from_a_small_source(tmp_path):
    write_source(tmp_path)
    import_territory("--source", str(tmp_path), "--department", "43")
    names = set(Commune.objects.values_list("name", flat=True))
    assert names == {"Craponne-sur-Arzon", "Chomelix", "Saint-Jean-d'Aubrigoux"}
    assert list(CommunityOfCommunes.objects.values_list("name", flat=True)) == [
        "CC des Portes d'Auvergne"
    ]
    assert Commune.objects.get(insee_code="43051").community.siren == "200073005"
    assert Commune.objects.get(insee_code="43210").community is None
    import_territory("--source", str(tmp_path), "--department", "43")
    assert counts() == (3, 1)


def test_save_extract_writes_a_source_that_imports_the_same(tmp_path):
    write_source(tmp_path)
    extract = tmp_path / "extract"
    import_territory(
        "--source", str(tmp_path), "--department", "43", "--save-extract", str(extract)
    )
    saved = json.loads((extract / "communes.json").read_text(encoding="utf-8"))
    assert [record["code"] for record in saved] == ["43051", "43071", "43210"]
    Commune.objects.all().delete()
    CommunityOfCommunes.objects.all().delete()
    import_territory("--source", str(extract), "--department", "43")
    assert counts() == (3, 1)


# Commune centres ----------------------------------------------------------------------------


def test_shipped_extract_places_the_communes_geonames_knows():
    out = StringIO()
    call_command("import_territory", stdout=out)
    placed = Commune.objects.filter(latitude__isnull=False)
    assert placed.count() == 41
    ambert = Commune.objects.get(insee_code="63003")
    assert ambert.centre == pytest.approx((45.549, 3.742), abs=0.01)
    # "Saint-Romain" is also another name of Saint-Romain-le-Puy, 30 km away in the Loire:
    # the commune stays unplaced rather than being put there.
    assert Commune.objects.get(name="Saint-Romain").centre is None
    # The report names the communes an editor has to place by hand.
    report = out.getvalue()
    assert "72 communes" in report
    assert "Valcivières" in report
    assert "Ambert," not in report


def test_a_centre_placed_by_hand_stays():
    import_territory()
    Commune.objects.filter(name="Valcivières").update(latitude=45.6, longitude=3.8)
    # An editor moved Ambert's point to the town hall: the next import keeps it.
    Commune.objects.filter(name="Ambert").update(latitude=45.5495, longitude=3.7425)
    import_territory()
    assert Commune.objects.get(name="Valcivières").centre == (45.6, 3.8)
    assert Commune.objects.get(name="Ambert").centre == (45.5495, 3.7425)


def test_malformed_centres_are_refused_clearly(tmp_path):
    write_source(tmp_path)
    (tmp_path / "centres.json").write_text('{"43051": [45.3, 3.8]}', encoding="utf-8")
    with pytest.raises(CommandError, match="centres.json"):
        import_territory("--source", str(tmp_path), "--department", "43")
    assert counts() == (0, 0)


def write_geonames(path, places):
    base = {"countrycode": "FR", "admin1code": "84", "alternatenames": []}
    path.write_text(
        json.dumps({str(index): {**base, **place} for index, place in enumerate(places)}),
        encoding="utf-8",
    )


def test_centres_from_geonames_are_matched_by_name_in_the_region(tmp_path):
    write_source(tmp_path)
    geonames = tmp_path / "cities500.json"
    write_geonames(
        geonames,
        [
            # Spelt without accent or hyphen: still Craponne-sur-Arzon.
            {"geonameid": 1, "name": "Craponne sur Arzon", "latitude": 45.33, "longitude": 3.85},
            {"geonameid": 2, "name": "Chomelix", "latitude": 45.26, "longitude": 3.82},
            # A namesake of Chomelix far away, and one in another country: never taken.
            {"geonameid": 3, "name": "Chomelix", "latitude": 46.9, "longitude": 5.9},
            {
                "geonameid": 4,
                "name": "Chomelix",
                "latitude": 45.3,
                "longitude": 3.8,
                "countrycode": "BE",
            },
            # Only an alternate name: not enough.
            {
                "geonameid": 5,
                "name": "Saint-Jean-en-Forez",
                "latitude": 45.3,
                "longitude": 3.9,
                "alternatenames": ["Saint-Jean-d'Aubrigoux"],
            },
        ],
    )
    extract = tmp_path / "extract"
    out = StringIO()
    # In French, the default language, whatever an earlier test's request left active.
    with translation.override("fr"):
        call_command(
            "import_territory",
            "--source",
            str(tmp_path),
            "--department",
            "43",
            "--geonames",
            str(geonames),
            "--save-extract",
            str(extract),
            stdout=out,
        )
    assert Commune.objects.get(insee_code="43051").centre == (45.33, 3.85)
    assert Commune.objects.get(insee_code="43071").centre == (45.26, 3.82)
    assert Commune.objects.get(insee_code="43210").centre is None
    assert "1 commune n'a pas de centre connu" in out.getvalue()
    assert "Saint-Jean-d'Aubrigoux" in out.getvalue()
    saved = json.loads((extract / "centres.json").read_text(encoding="utf-8"))
    assert saved == {
        "43051": {"latitude": 45.33, "longitude": 3.85, "geonameid": 1},
        "43071": {"latitude": 45.26, "longitude": 3.82, "geonameid": 2},
    }


def test_missing_geonames_file_is_refused_clearly(tmp_path):
    with pytest.raises(CommandError, match="cities500.json"):
        import_territory("--geonames", str(tmp_path / "cities500.json"))
    assert counts() == (0, 0)


def test_a_file_that_is_not_geonames_places_is_refused_clearly(tmp_path):
    geonames = tmp_path / "cities500.json"
    geonames.write_text('["Ambert", "Thiers"]', encoding="utf-8")
    with pytest.raises(CommandError, match="cities500.json"):
        import_territory("--geonames", str(geonames))
    assert counts() == (0, 0)


def test_a_commune_without_a_centre_is_placed_by_hand_on_a_map(client, django_user_model):
    import_territory()
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    commune = Commune.objects.get(name="Valcivières")
    url = reverse(CommuneViewSet().get_url_name("edit"), args=[commune.pk])
    page = client.get(url).content.decode()
    assert "data-map-picker" in page
    data = {
        "insee_code": commune.insee_code,
        "name": commune.name,
        "postcodes": json.dumps(commune.postcodes),
        "department_code": commune.department_code,
        "population": commune.population,
        "community": commune.community_id,
        "latitude": "45.58",
    }
    # Half a point is refused, with a clear word; both numbers place the commune.
    response = client.post(url, {**data, "longitude": ""})
    assert "Indiquez à la fois la latitude et la longitude" in response.content.decode()
    response = client.post(url, {**data, "longitude": "3.83"})
    assert response.status_code == 302
    assert Commune.objects.get(pk=commune.pk).centre == (45.58, 3.83)
